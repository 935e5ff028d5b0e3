// Migrations 5–9: the library at national scale. Narrow report rows (text and original bytes apart), the preferred
// copy of each (region, year, type) slot derived by the database on every write, full-text search, list indexes.
import type { Migration } from './migrations.ts';
import { originalToStore, packText, searchDocumentsOf, unpackText, type Compression } from './stored-text.ts';

const slotOf = (row: 'NEW' | 'OLD' | 'o') => ({
  key: `coalesce(${row}.region_code, ${row}.region)`,
  year: `${row}.year`,
  type: `${row}.doc_type`,
});

/**
 * Re-derives which report of one slot counts in trends: the user's choice for the slot while it is still in it,
 * else the best copy (decoded without warning, then the fuller text, then the first imported).
 */
function rederiveSlot(slot: { key: string; year: string; type: string }): string {
  const inSlot = (r: string) => `coalesce(${r}.region_code, ${r}.region) IS ${slot.key} AND ${r}.year IS ${slot.year} AND ${r}.doc_type IS ${slot.type}`;
  const pick = `(SELECT o.id FROM reports o WHERE ${inSlot('o')}
      ORDER BY o.id IS (SELECT c.report_id FROM slot_choices c WHERE c.slot = json_array(${slot.key}, ${slot.year}, ${slot.type})) DESC,
        o.decode_warning IS NULL DESC, o.text_length DESC, o.id LIMIT 1)`;
  return `UPDATE reports SET preferred = (id IS ${pick}) WHERE ${inSlot('reports')} AND preferred IS NOT (id IS ${pick});`;
}

const chosenSlot = {
  key: '(SELECT coalesce(region_code, region) FROM reports WHERE id = NEW.report_id)',
  year: '(SELECT year FROM reports WHERE id = NEW.report_id)',
  type: '(SELECT doc_type FROM reports WHERE id = NEW.report_id)',
};

export const scaleMigrations: Migration[] = [
  {
    version: 5,
    name: 'narrow report rows: text (deflated) and original bytes in their own tables; the original only when it is not the text',
    sql: `
      CREATE TABLE report_texts (
        report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
        packed BLOB NOT NULL,
        junk TEXT NOT NULL
      ) STRICT;
      CREATE TABLE report_originals (
        report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
        compression TEXT NOT NULL CHECK (compression IN ('none', 'deflate')),
        bytes BLOB NOT NULL
      ) STRICT;
      ALTER TABLE reports ADD COLUMN text_length INTEGER NOT NULL DEFAULT 0;
    `,
    run: (db) => {
      const next = db.prepare('SELECT id, text, junk, original FROM reports WHERE id > ? ORDER BY id LIMIT 200');
      const text = db.prepare('INSERT INTO report_texts (report_id, packed, junk) VALUES (?, ?, ?)');
      const original = db.prepare('INSERT INTO report_originals (report_id, compression, bytes) VALUES (?, ?, ?)');
      const length = db.prepare('UPDATE reports SET text_length = ? WHERE id = ?');
      type Old = { id: number; text: string; junk: string; original: Buffer };
      for (let after = 0, rows; (rows = next.all(after) as Old[]).length > 0; after = rows.at(-1)!.id) {
        for (const row of rows) {
          text.run(row.id, packText(row.text), row.junk);
          const stored = originalToStore(row.original, row.text);
          if (stored) original.run(row.id, stored.compression satisfies Compression, stored.bytes);
          length.run(row.text.length, row.id);
        }
      }
      db.exec('ALTER TABLE reports DROP COLUMN original; ALTER TABLE reports DROP COLUMN text; ALTER TABLE reports DROP COLUMN junk;');
    },
  },
  {
    version: 6,
    name: 'derived preferred copy: the user choice per slot, else the best; figure counts kept by triggers',
    sql: `
      CREATE TABLE slot_choices (
        slot TEXT PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        chosen_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX slot_choices_report ON slot_choices(report_id);
      -- keep what the user may have chosen before: the preferred one of every slot with several copies
      INSERT INTO slot_choices (slot, report_id, chosen_at)
        SELECT json_array(coalesce(r.region_code, r.region), r.year, r.doc_type), max(r.id), strftime('%Y-%m-%dT%H:%M:%fZ')
        FROM reports r WHERE r.preferred = 1 AND r.id IN (
          SELECT id FROM reports o WHERE EXISTS (SELECT 1 FROM reports p WHERE p.id <> o.id AND p.year IS o.year
            AND p.doc_type = o.doc_type AND coalesce(p.region_code, p.region) IS coalesce(o.region_code, o.region)))
        GROUP BY 1;
      -- the slot index serves the trend queries' region and year lookups too
      DROP INDEX reports_slot;
      DROP INDEX reports_region_year;
      CREATE INDEX reports_slot ON reports(coalesce(region_code, region), year, doc_type);
      UPDATE reports SET preferred = (id IN (SELECT id FROM (SELECT o.id, row_number() OVER (
          PARTITION BY coalesce(o.region_code, o.region), o.year, o.doc_type
          ORDER BY o.id IS (SELECT c.report_id FROM slot_choices c WHERE c.slot = json_array(coalesce(o.region_code, o.region), o.year, o.doc_type)) DESC,
            o.decode_warning IS NULL DESC, o.text_length DESC, o.id) AS n FROM reports o) WHERE n = 1));
      CREATE TRIGGER reports_slot_insert AFTER INSERT ON reports BEGIN ${rederiveSlot(slotOf('NEW'))} END;
      CREATE TRIGGER reports_slot_delete AFTER DELETE ON reports BEGIN ${rederiveSlot(slotOf('OLD'))} END;
      CREATE TRIGGER reports_slot_update AFTER UPDATE OF region, region_code, year, doc_type, decode_warning, text_length ON reports
        BEGIN ${rederiveSlot(slotOf('OLD'))} ${rederiveSlot(slotOf('NEW'))} END;
      CREATE TRIGGER slot_choice_insert AFTER INSERT ON slot_choices BEGIN ${rederiveSlot(chosenSlot)} END;
      CREATE TRIGGER slot_choice_update AFTER UPDATE ON slot_choices BEGIN ${rederiveSlot(chosenSlot)} END;

      ALTER TABLE reports ADD COLUMN figure_count INTEGER NOT NULL DEFAULT 0;
      UPDATE reports SET figure_count = (SELECT count(*) FROM figures f WHERE f.report_id = reports.id AND f.review IS NOT 'rejected');
      CREATE TRIGGER figures_count_insert AFTER INSERT ON figures WHEN NEW.review IS NOT 'rejected'
        BEGIN UPDATE reports SET figure_count = figure_count + 1 WHERE id = NEW.report_id; END;
      CREATE TRIGGER figures_count_delete AFTER DELETE ON figures WHEN OLD.review IS NOT 'rejected'
        BEGIN UPDATE reports SET figure_count = figure_count - 1 WHERE id = OLD.report_id; END;
      CREATE TRIGGER figures_count_review AFTER UPDATE OF review ON figures WHEN (OLD.review IS 'rejected') <> (NEW.review IS 'rejected')
        BEGIN UPDATE reports SET figure_count = figure_count + iif(NEW.review IS 'rejected', -1, 1) WHERE id = NEW.report_id; END;
    `,
  },
  {
    version: 7,
    name: 'full-text search: every position of the folded text as a two-character token, and its distinct characters',
    sql: `
      CREATE VIRTUAL TABLE report_search USING fts5(document, content='', contentless_delete=1, tokenize='ascii', detail=full);
      CREATE VIRTUAL TABLE report_units USING fts5(document, content='', contentless_delete=1, tokenize='ascii', detail=none);
      CREATE TRIGGER report_search_delete AFTER DELETE ON reports BEGIN
        DELETE FROM report_search WHERE rowid = OLD.id;
        DELETE FROM report_units WHERE rowid = OLD.id;
      END;
    `,
    run: (db) => {
      const insert = db.prepare('INSERT INTO report_search (rowid, document) VALUES (?, ?)');
      const insertUnits = db.prepare('INSERT INTO report_units (rowid, document) VALUES (?, ?)');
      const next = db.prepare('SELECT report_id AS id, packed FROM report_texts WHERE report_id > ? ORDER BY report_id LIMIT 200');
      for (let after = 0, rows; (rows = next.all(after) as Array<{ id: number; packed: Buffer }>).length > 0; after = rows.at(-1)!.id) {
        for (const row of rows) {
          const documents = searchDocumentsOf(unpackText(row.packed));
          insert.run(row.id, documents.positions);
          insertUnits.run(row.id, documents.units);
        }
      }
    },
  },
  {
    version: 8,
    name: 'list and import indexes: sorts of the library list, duplicates by file hash',
    sql: `
      CREATE INDEX reports_bytes ON reports(bytes_sha256);
      -- the list's sorts (library/list.ts), scanned forwards or backwards
      CREATE INDEX reports_by_region ON reports(region_code IS NULL, region_code, region, year DESC, id);
      CREATE INDEX reports_by_year ON reports(year IS NULL, year, region_code IS NULL, region_code, region, id);
      CREATE INDEX reports_by_type ON reports(doc_type, region_code IS NULL, region_code, region, year DESC, id);
    `,
  },
  {
    version: 9,
    name: 'figure counts set once per written report (library/figures.ts recountFigures), not by a trigger per figure row',
    sql: `
      DROP TRIGGER figures_count_insert;
      DROP TRIGGER figures_count_delete;
      DROP TRIGGER figures_count_review;
      UPDATE reports SET figure_count = (SELECT count(*) FROM figures f WHERE f.report_id = reports.id AND f.review IS NOT 'rejected');
    `,
  },
];
