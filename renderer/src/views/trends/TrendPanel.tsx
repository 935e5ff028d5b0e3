// Trend mode: one indicator over the years for the chosen regions: chart, claim check, table, export.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorSummary, RegionSummary, TrendResult } from '../../../../shared/trends/types.ts';
import { TrendChart, scaleFor } from './TrendChart.tsx';
import { RegionPicker } from './RegionPicker.tsx';
import { TrendTable } from './TrendTable.tsx';
import { ClaimTable } from './ClaimTable.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { useChartExport } from './useChartExport.ts';
import { colorOf } from './palette.ts';
import { regionName } from './labels.ts';
import type { Query } from './useQuery.ts';
import { ErrorState, SkeletonChart } from './states.tsx';

interface Props {
  indicator: IndicatorSummary | null;
  regionKeys: string[];
  result: Query<TrendResult>;
  regions: RegionSummary[] | null;
  onRegionsChange: (keys: string[]) => void;
  onOpenFigure: (reportId: number, start: number, end: number) => void;
}

export function TrendPanel({ indicator, regionKeys, result, regions, onRegionsChange, onOpenFigure }: Props) {
  const { t, i18n } = useTranslation();
  const chartRef = useRef<HTMLDivElement>(null);
  const data = result.data;
  // What is on screen is what was asked: an answer for other regions is shown only while loading the new one.
  const current = data && data.indicator.key === indicator?.key ? data : null;
  const name = indicator ? (i18n.language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name) : '';
  const selected = current?.series.map((s) => s.region) ?? regionKeys.map((key) => regions?.find((r) => r.key === key) ?? { key, name: key, code: null, level: null, parents: [] });
  const scale = useMemo(() => (current ? scaleFor(current.series, current.unit) : null), [current]);
  const title = t('trends.chartTitle', { indicator: name, regions: selected.map((r) => r.name).join('、') });
  const frame = useMemo(
    () => (current ? { title, subtitle: t('trends.hedgedNote'), legend: current.series.map((s, i) => ({ name: regionName(s.region), color: colorOf(i) })), footer: t('trends.exportFooter') } : null),
    [current, title, t],
  );
  const onExport = useChartExport(chartRef, frame, title, indicator && regionKeys.length ? { indicator: indicator.key, regions: regionKeys } : null);
  const hasPoints = current?.series.some((s) => s.points.length > 0) ?? false;

  return (
    <section className="trend-main" aria-busy={result.loading} data-testid="trend-panel">
      <header className="trend-header">
        <div>
          <h1 className="trend-title">{name}</h1>
          {indicator && <p className="muted small">{t('trends.indicatorCounts', { regions: indicator.regionCount, years: indicator.yearCount })} · {indicator.indicatorId ?? t('trends.label')}</p>}
        </div>
        <ExportButtons onExport={onExport} disabled={!hasPoints} />
      </header>
      <RegionPicker selected={selected} available={regions} onChange={onRegionsChange} />
      {regionKeys.length === 0 && <div className="trend-empty"><p>{t('trends.pickRegions')}</p></div>}
      {regionKeys.length > 0 && result.error && <ErrorState message={result.error} onRetry={result.reload} />}
      {regionKeys.length > 0 && !result.error && !current && <SkeletonChart />}
      {current && scale && (
        <>
          {hasPoints ? (
            <div className={`chart-card${result.loading ? ' stale' : ''}`}>
              <TrendChart ref={chartRef} series={current.series} years={current.years} unit={current.unit} onOpenFigure={onOpenFigure} />
              <p className="chart-notes muted small">
                <span>{t('trends.clickPoint')}</span>
                <span>{t('trends.hedgedNote')}</span>
                {current.series.some((s) => s.points.some((p) => p.status === 'estimate')) && <span>{t('trends.estimateNote')}</span>}
                <span>{t('trends.gapNote')}</span>
              </p>
            </div>
          ) : (
            <div className="trend-empty"><p>{t('trends.noData')}</p></div>
          )}
          <h2 className="section-title">{t('trends.claims')}</h2>
          <p className="muted small">{t('trends.claimsIntro')}</p>
          <ClaimTable claims={current.claims} onOpenFigure={onOpenFigure} />
          {hasPoints && (
            <>
              <h2 className="section-title">{t('trends.table')}</h2>
              <TrendTable result={current} scale={scale} onOpenFigure={onOpenFigure} />
            </>
          )}
        </>
      )}
    </section>
  );
}
