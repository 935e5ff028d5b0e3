// All regions side by side: sortable by any column, a click opens the region's report card.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionAudit } from '../../../../shared/audit/audit.ts';
import type { IndicatorName } from '../../../../shared/api-parts/audit.ts';
import { Sparkline } from './Sparkline.tsx';
import { percentText } from './format.ts';

type Column = 'region' | 'years' | 'completeness' | 'timeliness' | 'checks' | 'silence' | 'jumps' | 'reuse';

const onTimeShare = (r: RegionAudit) => (r.onTime + r.late ? r.onTime / (r.onTime + r.late) : null);

const sortValue: Record<Column, (r: RegionAudit) => number | string | null> = {
  region: (r) => r.region,
  years: (r) => r.years.length,
  completeness: (r) => r.completeness,
  timeliness: onTimeShare,
  checks: (r) => r.inconsistent,
  silence: (r) => r.silence.length,
  jumps: (r) => r.jumps.length,
  reuse: (r) => r.latestReuse,
};


export function RankingTable({ regions, names, onOpen }: { regions: RegionAudit[]; names: Record<string, IndicatorName>; onOpen: (regionKey: string) => void }) {
  const { t, i18n } = useTranslation();
  // numbers sort high first on the first click: most complete, most on time, most findings
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'completeness', descending: true });
  const sorted = useMemo(() => {
    const value = sortValue[sort.column];
    return [...regions].sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1; // unknown last either way
      const order = typeof x === 'string' ? x.localeCompare(y as string, 'zh-CN') : x - (y as number);
      return (sort.descending ? -order : order) || a.region.localeCompare(b.region, 'zh-CN');
    });
  }, [regions, sort]);
  const nameOf = (id: string) => (i18n.language === 'en' ? names[id]?.nameEn ?? names[id]?.name : names[id]?.name) ?? id;

  const header = (column: Column) => {
    const active = sort.column === column;
    const label = t(`audit.columns.${column}`);
    return (
      <th aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          className="sort-button"
          title={t('audit.sortBy', { column: label })}
          onClick={() => setSort(active ? { column, descending: !sort.descending } : { column, descending: column !== 'region' })}
        >
          {label}
          <span className="sort-mark" aria-hidden>{active ? (sort.descending ? '▼' : '▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <table className="audit-ranking" data-testid="audit-ranking">
      <thead>
        <tr>
          {header('region')}
          {header('years')}
          {header('completeness')}
          {header('timeliness')}
          {header('checks')}
          {header('silence')}
          {header('jumps')}
          {header('reuse')}
          <th>{t('audit.columns.indicators')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => {
          const known = r.onTime + r.late;
          return (
            <tr key={r.regionKey} onClick={() => onOpen(r.regionKey)} data-testid="audit-region-row">
              <td className="region-cell">
                <button className="link" onClick={(e) => { e.stopPropagation(); onOpen(r.regionKey); }}>{r.region}</button>
              </td>
              <td>
                {r.years.length > 1 ? `${r.years[0]}–${r.years[r.years.length - 1]}` : r.years[0]}
                <div className="muted small">{t('audit.yearsCount', { count: r.reportIds.length })}{r.truncated ? ` · ${t('audit.cutOff', { count: r.truncated })}` : ''}</div>
              </td>
              <td>
                {r.completeness === null ? t('audit.noneJudged') : (
                  <div className="meter" title={t('audit.tileHints.completeness')}>
                    <span className="meter-bar"><span style={{ width: `${Math.round(r.completeness * 100)}%` }} /></span>
                    {percentText(r.completeness)}
                  </div>
                )}
              </td>
              <td>
                {known ? <span className={r.late ? 'bad' : 'ok'}>{t('audit.onTimeOf', { onTime: r.onTime, known })}</span> : t('audit.noneJudged')}
                {r.dateUnknown > 0 && <div className="muted small">{t('audit.unknownDates', { count: r.dateUnknown })}</div>}
              </td>
              <td>
                {r.inconsistent ? <span className="bad">{t('audit.inconsistent', { count: r.inconsistent })}</span> : <span className="muted">{t('audit.none')}</span>}
                {r.consistent > 0 && <div className="muted small">{t('audit.consistent', { count: r.consistent })}</div>}
              </td>
              <td>{r.silence.length ? <span className="warn">{r.silence.length}</span> : <span className="muted">{t('audit.none')}</span>}</td>
              <td>{r.jumps.length ? <span className="warn">{r.jumps.length}</span> : <span className="muted">{t('audit.none')}</span>}</td>
              <td>
                {percentText(r.latestReuse)}
                {r.latestReuse !== null && r.latestReusePartial && <div className="muted small">{t('audit.reusePartialShort')}</div>}
              </td>
              <td>
                <div className="sparks">
                  {r.keyIndicators.slice(0, 2).map((k) => (
                    <div key={k.indicator} className="spark-item" title={nameOf(k.indicator)}>
                      <Sparkline series={k} years={r.years} label={t('audit.sparkline', { indicator: nameOf(k.indicator), first: k.points[0]!.year, last: k.points[k.points.length - 1]!.year })} width={80} height={22} />
                      <span>{nameOf(k.indicator)}</span>
                    </div>
                  ))}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
