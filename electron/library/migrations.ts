// Ordered schema migrations. Never edit a shipped entry: append a new one.
import type { Db } from './open.ts';
import { scaleMigrations } from './migrations-scale.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** A step SQL cannot do (compressing, folding), run after `sql` in the same transaction. */
  run?: (db: Db) => void;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'reports, corrections and figures',
    sql: `
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        format TEXT NOT NULL,
        original BLOB NOT NULL,
        byte_size INTEGER NOT NULL,
        bytes_sha256 TEXT NOT NULL,
        content_sha256 TEXT NOT NULL UNIQUE,
        encoding TEXT NOT NULL,
        encoding_override TEXT,
        decode_warning TEXT,
        text TEXT NOT NULL,
        junk TEXT NOT NULL,
        detected TEXT NOT NULL,
        title TEXT,
        region TEXT,
        region_code TEXT,
        parents TEXT NOT NULL,
        level TEXT,
        year INTEGER,
        published TEXT,
        issuer TEXT,
        doc_type TEXT NOT NULL,
        preferred INTEGER NOT NULL DEFAULT 1,
        extractor_version TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX reports_slot ON reports(region_code, year, doc_type);

      CREATE TABLE report_corrections (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (field IN ('region', 'year', 'docType')),
        value TEXT NOT NULL,
        corrected_at TEXT NOT NULL,
        PRIMARY KEY (report_id, field)
      ) STRICT;

      CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL NOT NULL,
        lo REAL NOT NULL,
        hi REAL NOT NULL,
        unit TEXT NOT NULL,
        qualifier TEXT,
        kind TEXT NOT NULL,
        direction TEXT,
        indicator TEXT NOT NULL,
        indicator_id TEXT,
        sentence_start INTEGER NOT NULL,
        sentence_end INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX figures_report ON figures(report_id, start);
      CREATE INDEX figures_indicator ON figures(indicator_id, report_id);
    `,
  },
  {
    version: 2,
    name: 'figure reviews: the user confirms, corrects, rejects or adds figures; replayed after every extraction',
    sql: `
      ALTER TABLE figures ADD COLUMN review TEXT CHECK (review IN ('confirmed', 'corrected', 'rejected', 'added'));
      CREATE TABLE figure_reviews (
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('confirmed', 'corrected', 'rejected', 'added')),
        value REAL,
        lo REAL,
        hi REAL,
        unit TEXT,
        kind TEXT,
        indicator TEXT,
        indicator_id TEXT,
        reviewed_at TEXT NOT NULL,
        PRIMARY KEY (report_id, start, end)
      ) STRICT;
    `,
  },
  {
    version: 3,
    name: 'trend indexes: reports by region key and year; unmatched figures by their label',
    sql: `
      CREATE INDEX reports_region_year ON reports(coalesce(region_code, region), year);
      CREATE INDEX figures_label ON figures(indicator, report_id) WHERE indicator_id IS NULL;
    `,
  },
  {
    version: 4,
    name: 'figure measure (level, growth, adjusted growth, share, change, rank) and status (actual, target, estimate, threshold)',
    sql: `
      ALTER TABLE figures ADD COLUMN measure TEXT NOT NULL DEFAULT 'level'
        CHECK (measure IN ('level', 'growth', 'adjusted-growth', 'share', 'change', 'rank'));
      ALTER TABLE figures ADD COLUMN status TEXT NOT NULL DEFAULT 'actual'
        CHECK (status IN ('actual', 'target', 'estimate', 'threshold'));
    `,
  },
  ...scaleMigrations,
];

export const latestVersion = migrations[migrations.length - 1]!.version;
