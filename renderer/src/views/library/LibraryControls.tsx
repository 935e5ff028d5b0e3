// The library's search box, filters and sort; the parent owns the query.
import { useTranslation } from 'react-i18next';
import { REPORT_SORTS, type ReportFilters } from '../../../../shared/api-parts/library.ts';
import type { LibraryQuery } from './usePagedReports.ts';
import { DOC_TYPES } from '../../../../shared/meta/types.ts';

interface Props {
  searchText: string;
  onSearchText: (text: string) => void;
  query: LibraryQuery;
  onQuery: (query: LibraryQuery) => void;
  years: number[];
}

const levels = ['province', 'city', 'district', 'county', 'township'] as const;
const docTypes = DOC_TYPES;

export function LibraryControls({ searchText, onSearchText, query, onQuery, years }: Props) {
  const { t } = useTranslation();
  const setFilter = <K extends keyof ReportFilters>(name: K, value: ReportFilters[K] | undefined) => {
    const filters = { ...query.filters };
    if (value === undefined) delete filters[name];
    else filters[name] = value;
    onQuery({ ...query, filters });
  };
  const { sort } = query;
  return (
    <>
      <input className="search" type="search" placeholder={t('libraryList.searchPlaceholder')} value={searchText} onChange={(e) => onSearchText(e.target.value)} aria-label={t('libraryList.searchPlaceholder')} />
      <div className="filter-row">
        <select value={query.filters.level ?? ''} onChange={(e) => setFilter('level', (e.target.value || undefined) as ReportFilters['level'])} aria-label={t('library.allLevels')}>
          <option value="">{t('library.allLevels')}</option>
          {levels.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}
        </select>
        <select value={query.filters.year ?? ''} onChange={(e) => setFilter('year', e.target.value ? Number(e.target.value) : undefined)} aria-label={t('library.allYears')}>
          <option value="">{t('library.allYears')}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        <select value={query.filters.docType ?? ''} onChange={(e) => setFilter('docType', (e.target.value || undefined) as ReportFilters['docType'])} aria-label={t('library.allTypes')}>
          <option value="">{t('library.allTypes')}</option>
          {docTypes.map((d) => <option key={d} value={d}>{t(`docType.${d}`)}</option>)}
        </select>
      </div>
      <div className="sort-row" hidden={query.search !== ''}>
        <select value={sort.by} onChange={(e) => onQuery({ ...query, sort: { ...sort, by: e.target.value as typeof sort.by } })} aria-label={t('libraryList.sortBy')} data-testid="library-sort">
          {REPORT_SORTS.map((s) => <option key={s} value={s}>{t(`libraryList.sorts.${s}`)}</option>)}
        </select>
        <button
          type="button"
          className="button subtle"
          data-testid="library-direction"
          title={t('libraryList.flipDirection')}
          onClick={() => onQuery({ ...query, sort: { ...sort, direction: sort.direction === 'asc' ? 'desc' : 'asc' } })}
        >
          {sort.direction === 'asc' ? `↑ ${t('libraryList.ascending')}` : `↓ ${t('libraryList.descending')}`}
        </button>
      </div>
    </>
  );
}
