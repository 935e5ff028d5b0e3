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
  if (filters.level) clauses.push(['r.level = ?', filters.level]);
  if (filters.year !== undefined) clauses.push(['r.year = ?', filters.year]);
  if (filters.docType) clauses.push(['r.doc_type = ?', filters.docType]);
  return { sql: clauses.map(([sql]) => sql).join(' AND '), params: clauses.map(([, value]) => value) };
}

/** Region order is the GB/T 2260 code order (province → city → county, as yearbooks list them); uncoded names last. */
function orderBy({ by, direction }: ListRequest['sort']): string {
  const dir = direction === 'desc' ? 'DESC' : 'ASC';
  switch (by) {
    case 'region':
      return `r.region_code IS NULL, r.region_code ${dir}, r.region ${dir}, r.year DESC, r.id`;
    case 'year':
      return `r.year IS NULL, r.year ${dir}, r.region_code IS NULL, r.region_code, r.region, r.id`;
    case 'type':
      return `r.doc_type ${dir}, r.region_code IS NULL, r.region_code, r.region, r.year DESC, r.id`;
    case 'figures':
      return `r.figure_count ${dir}, r.id`;
    case 'imported':
      return `r.id ${dir}`;
  }
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
