// Reports of the whole library for what is typed in the palette: reports.search asked a moment after the last
// keystroke; an answer to a query the user has since changed is dropped, not shown over the newer one.
import { useEffect, useState } from 'react';
import type { SearchPage } from '../../../../shared/api-parts/library.ts';
import { useApi } from '../../api/context.tsx';

const SEARCH_DELAY_MS = 150;
/** The contract's longest query. */
const MAX_QUERY = 100;

export interface ReportSearch {
  /** The query the page answers; it may lag behind what is typed while the next answer is on its way. */
  query: string;
  page: SearchPage;
}

export const searchableQuery = (typed: string) => typed.trim().slice(0, MAX_QUERY);

export function useReportSearch(typed: string, limit: number): ReportSearch | null {
  const api = useApi();
  const [found, setFound] = useState<ReportSearch | null>(null);
  const query = searchableQuery(typed);
  useEffect(() => {
    if (!query) {
      setFound(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      api['reports.search']({ query, offset: 0, limit, filters: {} }).then(
        (page) => live && setFound({ query, page }),
        () => live && setFound({ query, page: { total: 0, rows: [] } }),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, limit]);
  return query ? found : null;
}
