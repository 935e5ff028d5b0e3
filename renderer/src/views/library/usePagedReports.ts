// Pages of the library list or of a search, fetched as the virtual list scrolls to them and kept until the query
// or the library changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../api/context.tsx';
import type { Api, ReportSummary } from '../../../../shared/api.ts';
import type { ReportFilters, ReportSortKey, SearchHit } from '../../../../shared/api-parts/library.ts';

export const PAGE_SIZE = 100;

export interface LibraryQuery {
  search: string;
  sort: { by: ReportSortKey; direction: 'asc' | 'desc' };
  filters: ReportFilters;
}

export type LibraryItem = ReportSummary | SearchHit;

interface Pages {
  key: string;
  total: number | null;
  rows: Map<number, LibraryItem[]>;
  error: string | null;
}

const empty = (key: string): Pages => ({ key, total: null, rows: new Map(), error: null });

function fetchPage(api: Api, query: LibraryQuery, page: number) {
  const paging = { offset: page * PAGE_SIZE, limit: PAGE_SIZE, filters: query.filters };
  return query.search ? api['reports.search']({ ...paging, query: query.search }) : api['reports.list']({ ...paging, sort: query.sort });
}

export function usePagedReports(query: LibraryQuery, generation: number) {
  const api = useApi();
  const queryJson = JSON.stringify(query);
  const key = `${generation}:${queryJson}`;
  const [pages, setPages] = useState<Pages>({ key, total: null, rows: new Map(), error: null });
  const requested = useRef(new Set<string>());
  const current = pages.key === key ? pages : empty(key);

  const load = useCallback(
    (page: number) => {
      const id = `${key}#${page}`;
      if (requested.current.has(id)) return;
      requested.current.add(id);
      fetchPage(api, JSON.parse(queryJson) as LibraryQuery, page).then(
        (result) =>
          setPages((before) => {
            const rows = new Map((before.key === key ? before : empty(key)).rows);
            rows.set(page, result.rows);
            return { key, total: result.total, rows, error: null };
          }),
        (error: Error) => setPages((before) => ({ ...(before.key === key ? before : empty(key)), error: error.message })),
      );
    },
    [api, key, queryJson],
  );

  useEffect(() => {
    requested.current.clear();
    load(0);
  }, [load]);

  /** Asks for the pages that hold rows from..to (inclusive). */
  const ensure = useCallback(
    (from: number, to: number) => {
      for (let page = Math.floor(from / PAGE_SIZE); page <= Math.floor(to / PAGE_SIZE); page++) load(page);
    },
    [load],
  );

  const rowAt = (index: number): LibraryItem | undefined => current.rows.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
  return { total: current.total, error: current.error, rowAt, ensure };
}
