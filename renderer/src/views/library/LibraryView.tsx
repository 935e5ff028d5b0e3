// The library: search, filters and sort over a virtual list whose pages come from SQLite as it scrolls.
import { useEffect, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/context.tsx';
import { LibraryControls } from './LibraryControls.tsx';
import { ReportRow } from './ReportRow.tsx';
import { groupOf } from './groups.ts';
import { usePagedReports, type LibraryQuery } from './usePagedReports.ts';
import { useRowKeys } from './useRowKeys.ts';

interface Props {
  /** Changes whenever the library does (an import, a correction): pages are fetched again. */
  generation: number;
  selected: number[];
  onOpen: (id: number, beside: boolean) => void;
  onEdit: (id: number) => void;
  /** A search asked from elsewhere (the palette's "list them all"): put in the search box. */
  searchRequest?: { text: string; nonce: number } | null;
}

const SEARCH_DELAY_MS = 200;

export function LibraryView({ generation, selected, onOpen, onEdit, searchRequest }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [searchText, setSearchText] = useState('');
  const [query, setQuery] = useState<LibraryQuery>({ search: '', sort: { by: 'region', direction: 'asc' }, filters: {} });
  const [years, setYears] = useState<number[]>([]);
  useEffect(() => {
    api['reports.facets']({}).then((facets) => setYears(facets.years), () => {});
  }, [api, generation]);
  useEffect(() => {
    if (searchRequest) setSearchText(searchRequest.text);
  }, [searchRequest]);
  useEffect(() => {
    const timer = setTimeout(() => setQuery((q) => (q.search === searchText.trim() ? q : { ...q, search: searchText.trim() })), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [searchText]);

  const { total, error, rowAt, ensure } = usePagedReports(query, generation);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total ?? 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => (query.search ? 96 : 58),
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => ensure(first, last), [ensure, first, last]);
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [query]);
  const onRowKey = useRowKeys(total ?? 0, virtualizer, (index, beside) => {
    const report = rowAt(index);
    if (report) onOpen(report.id, beside);
  });

  // search results come ranked, without groups
  const grouping = query.search ? null : query.sort.by;
  return (
    <nav className="library" aria-label={t('nav.library')}>
      <div className="library-filters">
        <LibraryControls searchText={searchText} onSearchText={setSearchText} query={query} onQuery={setQuery} years={years} />
        <div className="library-count" data-testid="library-count">
          {total === null ? (query.search ? t('libraryList.searching') : '') : query.search ? t('libraryList.searchHits', { count: total, query: query.search }) : t('library.count', { count: total })}
        </div>
      </div>
      <div className="library-list" ref={scrollRef} data-testid="library-list" onKeyDown={onRowKey}>
        {error && <p className="error pad">{t('errors.generic', { message: error })}</p>}
        {total === 0 && <p className="muted pad">{query.search || Object.keys(query.filters).length ? t('library.noMatch') : t('library.empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const report = rowAt(item.index);
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` };
            if (!report) {
              return (
                <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} style={style} className="library-placeholder" aria-label={t('libraryList.loadingRow')}>
                  <div className="skeleton-line" />
                </div>
              );
            }
            const header = groupOf(report, grouping, t);
            const previous = item.index > 0 ? rowAt(item.index - 1) : undefined;
            const showHeader = header !== null && (item.index === 0 || (previous !== undefined && groupOf(previous, grouping, t)?.key !== header.key));
            return (
              <div key={item.key} ref={virtualizer.measureElement} data-index={item.index} style={style}>
                <ReportRow
                  report={report}
                  header={showHeader ? header : null}
                  showRegion={grouping !== 'region'}
                  selected={selected.includes(report.id)}
                  onOpen={onOpen}
                  onEdit={onEdit}
                />
              </div>
            );
          })}
        </div>
      </div>
    </nav>
  );
}
