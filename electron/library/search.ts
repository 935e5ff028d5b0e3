// Full-text search over every report's folded text (report_search, migration 7), with the list filters; snippets are
// cut from the text here, as plain strings.
import { statement, type Db } from './open.ts';
import { filterClause, summariesInOrder } from './list.ts';
import { readText } from './reports.ts';
import { foldForSearch, searchExpression, snippetAround } from '../../shared/search/fold.ts';
import type { ReportFilters, SearchPage } from '../../shared/api-parts/library.ts';

export interface SearchRequest {
  query: string;
  offset?: number;
  limit?: number;
  filters?: ReportFilters;
}

export function searchReports(db: Db, request: SearchRequest): SearchPage {
  const folded = foldForSearch(request.query);
  if (folded.length === 0) return { total: 0, rows: [] };
  const match = searchExpression(folded);
  const filter = filterClause(request.filters ?? {});
  const join = filter.sql ? `JOIN reports r ON r.id = s.rowid WHERE report_search MATCH ? AND ${filter.sql}` : 'WHERE report_search MATCH ?';
  const total = (statement(db, `SELECT count(*) AS n FROM report_search s ${join}`).get(match, ...filter.params) as { n: number }).n;
  const ids = statement(db, `SELECT s.rowid FROM report_search s ${join} ORDER BY s.rank, s.rowid LIMIT ? OFFSET ?`)
    .pluck()
    .all(match, ...filter.params, request.limit ?? 100, request.offset ?? 0) as number[];
  const rows = summariesInOrder(db, ids).map((summary) => {
    const body = readText(db, summary.id) ?? '';
    return { ...summary, snippet: snippetAround(body, foldForSearch(body), folded) };
  });
  return { total, rows };
}
