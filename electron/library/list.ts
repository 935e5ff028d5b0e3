// Pages of the library list: filters and sort in SQLite over the narrow report rows, summaries only for the page.
import { statement, type Db } from './open.ts';
import { summaryColumns, toSummary, type SummaryRow } from './reports.ts';
import type { ReportSummary } from '../../shared/api.ts';
import type { ReportFilters, ReportPage, ReportSortKey } from '../../shared/api-parts/library.ts';

export interface ListRequest {
  offset: number;
  limit: number;
  sort: { by: ReportSortKey; direction: 'asc' | 'desc' };
  filters: ReportFilters;
}

/** WHERE clause and parameters of the list filters, on reports aliased r. */
export function filterClause(filters: ReportFilters): { sql: string; params: unknown[] } {
  const clauses: Array<[string, unknown]> = [];
  if (filters.level === 'unknown') clauses.push(['r.level IS NULL', undefined]);
  else if (filters.level) clauses.push(['r.level = ?', filters.level]);
  if (filters.year !== undefined) clauses.push(['r.year = ?', filters.year]);
  if (filters.docType) clauses.push(['r.doc_type = ?', filters.docType]);
  return { sql: clauses.map(([sql]) => sql).join(' AND '), params: clauses.filter(([sql]) => sql.includes('?')).map(([, value]) => value) };
}

/**
 * Each sort in its ascending form; descending is its exact reverse, so one index (migration 8) serves both.
 * Region order is the GB/T 2260 code order (province → city → county, as yearbooks list them); uncoded names last.
 */
const ascending: Record<ListRequest['sort']['by'], Array<[string, 'ASC' | 'DESC']>> = {
  region: [['r.region_code IS NULL', 'ASC'], ['r.region_code', 'ASC'], ['r.region', 'ASC'], ['r.year', 'DESC'], ['r.id', 'ASC']],
  year: [['r.year IS NULL', 'ASC'], ['r.year', 'ASC'], ['r.region_code IS NULL', 'ASC'], ['r.region_code', 'ASC'], ['r.region', 'ASC'], ['r.id', 'ASC']],
  type: [['r.doc_type', 'ASC'], ['r.region_code IS NULL', 'ASC'], ['r.region_code', 'ASC'], ['r.region', 'ASC'], ['r.year', 'DESC'], ['r.id', 'ASC']],
  figures: [['r.figure_count', 'ASC'], ['r.id', 'ASC']],
  imported: [['r.id', 'ASC']],
};

/** The ORDER BY of a sort (exported for the test that checks an index serves it). */
export const orderByFor = (by: ListRequest['sort']['by'], direction: 'asc' | 'desc' = 'asc') => orderBy({ by, direction });

function orderBy({ by, direction }: ListRequest['sort']): string {
  const flip = (d: 'ASC' | 'DESC') => (direction === 'asc' ? d : d === 'ASC' ? 'DESC' : 'ASC');
  return ascending[by].map(([term, d]) => `${term} ${flip(d)}`).join(', ');
}

export function listPage(db: Db, request: ListRequest): ReportPage {
  const filter = filterClause(request.filters);
  const where = filter.sql ? `WHERE ${filter.sql}` : '';
  const total = (statement(db, `SELECT count(*) AS n FROM reports r ${where}`).get(...filter.params) as { n: number }).n;
  const ids = statement(db, `SELECT r.id FROM reports r ${where} ORDER BY ${orderBy(request.sort)} LIMIT ? OFFSET ?`)
    .pluck()
    .all(...filter.params, request.limit, request.offset) as number[];
  return { total, rows: summariesInOrder(db, ids) };
}

/** Summaries of these reports, in the order given (the page's order was settled on light rows). */
export function summariesInOrder(db: Db, ids: readonly number[]): ReportSummary[] {
  if (ids.length === 0) return [];
  const rows = statement(db, `SELECT ${summaryColumns} FROM reports r WHERE r.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, toSummary(row)]));
  return ids.map((id) => byId.get(id)).filter((s): s is ReportSummary => s !== undefined);
}

export function libraryYears(db: Db): number[] {
  return statement(db, 'SELECT DISTINCT year FROM reports WHERE year IS NOT NULL ORDER BY year DESC').pluck().all() as number[];
}
