// The library: search and filters over a virtualised list of reports grouped by region.
import { useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import { groupReports } from './group.ts';
import { useRowKeys } from './useRowKeys.ts';
import { reportLabel } from '../../report-label.ts';

interface Props {
  reports: ReportSummary[];
  selected: number[];
  onOpen: (id: number, beside: boolean) => void;
  onEdit: (id: number) => void;
}

const levels = ['province', 'city', 'district', 'county'] as const;
const docTypes = ['法治政府建设报告', '政府工作报告', '统计公报', 'other'] as const;

export function LibraryView({ reports, selected, onOpen, onEdit }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState('');
  const [year, setYear] = useState('');
  const [docType, setDocType] = useState('');
  const years = useMemo(() => [...new Set(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a), [reports]);

  const filtered = useMemo(() => {
    const q = search.trim();
    return reports.filter(
      (r) =>
        (!q || [r.title, r.region, r.fileName, ...r.parents].some((s) => s?.includes(q))) &&
        (!level || r.level === level) &&
        (!year || String(r.year) === year) &&
        (!docType || r.docType === docType),
    );
  }, [reports, search, level, year, docType]);
  const rows = useMemo(() => groupReports(filtered, t('library.unknownRegion')), [filtered, t]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.type === 'group' ? 30 : 52),
    // measured heights follow the row, not its index, when filtering or an import changes the list
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 12,
  });
  const onRowKey = useRowKeys(rows, virtualizer, (index, beside) => {
    const row = rows[index];
    if (row?.type === 'report') onOpen(row.report.id, beside);
  });

  return (
    <nav className="library" aria-label={t('nav.library')}>
      <div className="library-filters">
        <input className="search" type="search" placeholder={t('library.search')} value={search} onChange={(e) => setSearch(e.target.value)} aria-label={t('library.search')} />
        <div className="filter-row">
          <select value={level} onChange={(e) => setLevel(e.target.value)} aria-label={t('library.allLevels')}>
            <option value="">{t('library.allLevels')}</option>
            {levels.map((l) => <option key={l} value={l}>{t(`level.${l}`)}</option>)}
          </select>
          <select value={year} onChange={(e) => setYear(e.target.value)} aria-label={t('library.allYears')}>
            <option value="">{t('library.allYears')}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
          <select value={docType} onChange={(e) => setDocType(e.target.value)} aria-label={t('library.allTypes')}>
            <option value="">{t('library.allTypes')}</option>
            {docTypes.map((d) => <option key={d} value={d}>{t(`docType.${d}`)}</option>)}
          </select>
        </div>
        <div className="library-count">{t('library.count', { count: filtered.length })}</div>
      </div>
      <div className="library-list" ref={scrollRef} data-testid="library-list" onKeyDown={onRowKey}>
        {rows.length === 0 && <p className="muted pad">{reports.length ? t('library.noMatch') : t('library.empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const style = { position: 'absolute' as const, top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` };
            if (row.type === 'group') {
              return (
                <div key={row.key} ref={virtualizer.measureElement} data-index={item.index} className={`library-group depth-${row.depth}`} style={{ ...style, paddingLeft: 12 + row.depth * 14 }}>
                  <span>{row.label}</span>
                  <span className="muted">{row.count}</span>
                </div>
              );
            }
            const r = row.report;
            return (
              <div key={row.key} ref={virtualizer.measureElement} data-index={item.index} className={`library-report${selected.includes(r.id) ? ' selected' : ''}`} style={style}>
                <button
                  className="library-open"
                  data-testid="library-report"
                  style={{ paddingLeft: 12 + row.depth * 14 }}
                  onClick={(e) => onOpen(r.id, e.shiftKey || e.metaKey || e.ctrlKey)}
                  title={r.title ?? r.fileName}
                >
                  <span className="report-line">
                    <strong>{r.year ?? t('library.unknownYear')}</strong>
                    <span className="doc-type">{t(`docType.${r.docType}`)}</span>
                    <span className="muted">{t('library.figures', { count: r.figureCount })}</span>
                  </span>
                  <span className="report-title">{reportLabel(r, t)}</span>
                  <span className="flags">
                    {r.regionCandidates.length > 0 && <span className="flag">{t('library.ambiguous')}</span>}
                    {r.sameSlotCount > 1 && <span className="flag">{t('library.sameSlot', { count: r.sameSlotCount })}</span>}
                    {r.decodeWarning && <span className="flag">{t('library.decodeWarning')}</span>}
                  </span>
                </button>
                <button className="edit" onClick={() => onEdit(r.id)} title={t('info.edit')} aria-label={t('info.edit')}>✎</button>
              </div>
            );
          })}
        </div>
      </div>
    </nav>
  );
}
