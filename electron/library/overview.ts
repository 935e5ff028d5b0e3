// The library at a glance for home, counted by SQLite over every report (a national library holds 20,000).
import { reasonsOf, type LibraryOverview } from '../../shared/api-parts/library.ts';
import { statement, type Db } from './open.ts';
import { summaryColumns, toSummary, type SummaryRow } from './reports.ts';

const LEVELS = ['province', 'city', 'district', 'county', 'township', 'unknown'];

/** Reports whose details need a look: the conditions of reasonsOf, in SQL. */
const NEEDS_LOOK = `
  (r.region IS NULL OR r.year IS NULL OR r.decode_warning IS NOT NULL
   OR (json_array_length(r.detected, '$.regionCandidates') > 0
       AND NOT EXISTS (SELECT 1 FROM report_corrections c WHERE c.report_id = r.id AND c.field = 'region'))
   OR EXISTS (SELECT 1 FROM reports o INDEXED BY reports_slot
     WHERE coalesce(o.region_code, o.region) IS coalesce(r.region_code, r.region) AND o.year IS r.year
       AND o.doc_type = r.doc_type AND o.id <> r.id))`;

export function libraryOverview(db: Db, latest = 6, looks = 12): LibraryOverview {
  const counts = <K>(sql: string) => (statement(db, sql).raw().all() as Array<[K, number]>);
  const byLevel = counts<string>(`SELECT coalesce(level, 'unknown'), count(*) FROM reports GROUP BY 1`)
    .sort((a, b) => LEVELS.indexOf(a[0]) - LEVELS.indexOf(b[0]));
  const summaries = (sql: string, limit: number) => (statement(db, sql).all(limit) as SummaryRow[]).map(toSummary);
  const needsLook = summaries(`SELECT ${summaryColumns} FROM reports r WHERE ${NEEDS_LOOK} ORDER BY r.id DESC LIMIT ?`, looks);
  const totals = statement(db, 'SELECT count(*) AS total, coalesce(sum(figure_count), 0) AS figures FROM reports').get() as { total: number; figures: number };
  return {
    ...totals,
    byLevel,
    byYear: counts<number>('SELECT year, count(*) FROM reports WHERE year IS NOT NULL GROUP BY year ORDER BY year DESC'),
    byType: counts<string>('SELECT doc_type, count(*) FROM reports GROUP BY doc_type ORDER BY 2 DESC, 1'),
    latest: summaries(`SELECT ${summaryColumns} FROM reports r ORDER BY r.id DESC LIMIT ?`, latest),
    needsLook: needsLook.map((report) => ({ report, reasons: reasonsOf(report) })),
    needsLookTotal: (statement(db, `SELECT count(*) FROM reports r WHERE ${NEEDS_LOOK}`).pluck().get() as number),
  };
}
