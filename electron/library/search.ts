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

/**
 * Up to this many matches are ranked by relevance (bm25); beyond it, ranking costs more than the query (it scores
 * every match) and says little (the words are in most reports), so the newest imports come first, as they do for
 * one-character queries (their index knows no frequencies).
 */
const RANKED_UP_TO = 1000;

/** Totals of recent queries: the list asks for page after page of the same query while it scrolls. */
const totals = new WeakMap<Db, { generation: string; byQuery: Map<string, number> }>();

function cachedTotal(db: Db, key: string, count: () => number): number {
  const generation = `${statement(db, 'SELECT total_changes()').pluck().get() as number}:${statement(db, 'PRAGMA data_version').pluck().get() as number}`;
  let cache = totals.get(db);
  if (!cache || cache.generation !== generation) totals.set(db, (cache = { generation, byQuery: new Map() }));
  let total = cache.byQuery.get(key);
  if (total === undefined) {
    total = count();
    if (cache.byQuery.size >= 32) cache.byQuery.delete(cache.byQuery.keys().next().value!);
    cache.byQuery.set(key, total);
  }
  return total;
}

export function searchReports(db: Db, request: SearchRequest): SearchPage {
  const folded = foldForSearch(request.query);
  if (folded.length === 0) return { total: 0, rows: [] };
  const match = searchExpression(folded);
  // one character: whether a report holds it (report_units); more: where (report_search, positions)
  const index = folded.length === 1 ? 'report_units' : 'report_search';
  const filter = filterClause(request.filters ?? {});
  const join = filter.sql ? `JOIN reports r ON r.id = s.rowid WHERE ${index} MATCH ? AND ${filter.sql}` : `WHERE ${index} MATCH ?`;
  const total = cachedTotal(db, JSON.stringify([index, match, request.filters ?? {}]), () =>
    statement(db, `SELECT count(*) FROM ${index} s ${join}`).pluck().get(match, ...filter.params) as number);
  const order = total <= RANKED_UP_TO && index === 'report_search' ? 's.rank, s.rowid' : 's.rowid DESC';
  const ids = statement(db, `SELECT s.rowid FROM ${index} s ${join} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .pluck()
    .all(match, ...filter.params, request.limit ?? 100, request.offset ?? 0) as number[];
  const rows = summariesInOrder(db, ids).map((summary) => {
    const body = readText(db, summary.id) ?? '';
    return { ...summary, snippet: snippetAround(body, folded) };
  });
  return { total, rows };
}
