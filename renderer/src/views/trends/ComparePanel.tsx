// Compare: one indicator in one year across every region that reports it, largest first, filtered by level.
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { BarShapeProps } from 'recharts';
import type { CompareBar, CompareResult, IndicatorSummary } from '../../../../shared/trends/types.ts';
import type { RegionLevel } from '../../../../shared/meta/types.ts';
import { displayScale, formatNumber } from '../../../../shared/trends/format.ts';
import { pointInterval, pointValue, regionName } from './labels.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { useChartExport } from './useChartExport.ts';
import { SentenceQuote } from './SentenceQuote.tsx';
import type { Query } from './useQuery.ts';
import { ErrorState, SkeletonChart } from './states.tsx';

interface Props {
  indicator: IndicatorSummary | null;
  year: number | null;
  level: RegionLevel | null;
  result: Query<CompareResult>;
  onYearChange: (year: number | null) => void;
  onLevelChange: (level: RegionLevel | null) => void;
  onOpenFigure: (reportId: number, start: number, end: number) => void;
}

const ACCENT = '#1f5fbf';

export function ComparePanel({ indicator, year, level, result, onYearChange, onLevelChange, onOpenFigure }: Props) {
  const { t, i18n } = useTranslation();
  const chartRef = useRef<HTMLDivElement>(null);
  const data = result.data && result.data.indicator.key === indicator?.key ? result.data : null;
  const drawn = useMemo(() => (data ? data.bars.filter((b) => b.point.unit === data.unit) : []), [data]);
  const others = data ? data.bars.filter((b) => b.point.unit !== data.unit) : [];
  const scale = useMemo(() => displayScale(data?.unit ?? '', Math.max(0, ...drawn.map((b) => b.point.hi))), [data, drawn]);
  const rows = drawn.map((b) => ({
    name: regionName(b.region),
    value: b.point.value / scale.divisor,
    label: pointValue(b.point, scale),
    err: b.point.lo !== b.point.value || b.point.hi !== b.point.value ? [(b.point.value - b.point.lo) / scale.divisor, (b.point.hi - b.point.value) / scale.divisor] : undefined,
    bar: b,
  }));
  const name = indicator ? (i18n.language === 'en' && indicator.nameEn ? indicator.nameEn : indicator.name) : '';
  const title = t('trends.compare.title', { indicator: name, year: data?.year ?? '' });
  const frame = useMemo(() => (data ? { title, subtitle: t('trends.unit', { unit: scale.unit }), legend: [], footer: t('trends.exportFooter') } : null), [data, title, scale, t]);
  const onExport = useChartExport(chartRef, frame, title, indicator && data?.year ? { indicator: indicator.key, year: data.year, level: level ?? undefined } : null);

  const open = (bar: CompareBar) => onOpenFigure(bar.point.source.reportId, bar.point.source.start, bar.point.source.end);
  const shape = (props: BarShapeProps) => {
    const bar = (props.payload as { bar: CompareBar }).bar;
    return (
      <rect
        x={props.x} y={props.y} width={Math.max(0, props.width)} height={Math.max(0, props.height)} rx={3}
        fill={ACCENT} className="compare-bar" role="button" tabIndex={0}
        aria-label={t('trends.openPoint', { region: bar.region.name, year: bar.point.year, value: pointValue(bar.point, scale) })}
        data-testid="compare-bar" data-region={bar.region.key} data-value={bar.point.value}
        onClick={() => open(bar)}
        onKeyDown={(e) => e.key === 'Enter' && open(bar)}
      />
    );
  };

  return (
    <section className="trend-main" aria-busy={result.loading} data-testid="compare-panel">
      <header className="trend-header">
        <div>
          <h1 className="trend-title">{title}</h1>
          <div className="compare-filters">
            <label>
              {t('trends.compare.year')}{' '}
              <select value={year ?? data?.year ?? ''} onChange={(e) => onYearChange(e.target.value ? Number(e.target.value) : null)} data-testid="compare-year">
                {(data?.years ?? []).map((y) => <option key={y.year} value={y.year}>{t('trends.compare.regionsInYear', { year: y.year, count: y.regionCount })}</option>)}
              </select>
            </label>
            <label>
              {t('trends.compare.level')}{' '}
              <select value={level ?? ''} onChange={(e) => onLevelChange((e.target.value || null) as RegionLevel | null)} data-testid="compare-level">
                <option value="">{t('trends.compare.allLevels')}</option>
                {(data?.levels ?? []).filter((l) => l.level).map((l) => <option key={l.level} value={l.level!}>{t(`level.${l.level}`)}({l.count})</option>)}
              </select>
            </label>
          </div>
        </div>
        <ExportButtons onExport={onExport} disabled={drawn.length === 0} />
      </header>
      {result.error && <ErrorState message={result.error} onRetry={result.reload} />}
      {!result.error && !data && <SkeletonChart />}
      {data && drawn.length === 0 && <div className="trend-empty"><p>{t('trends.compare.empty')}</p></div>}
      {data && drawn.length > 0 && (
        <div className={`chart-card${result.loading ? ' stale' : ''}`}>
          <div className="trend-chart" ref={chartRef} data-testid="compare-chart">
            <BarChart
              responsive
              layout="vertical"
              data={rows}
              style={{ width: '100%', height: Math.max(160, rows.length * 34 + 70) }}
              margin={{ top: 8, right: 90, bottom: 28, left: 8 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#e3e6eb" strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                niceTicks="snap125"
                tickFormatter={(v: number) => formatNumber(v)}
                tick={{ fontSize: 13, fill: '#4b5563' }}
                stroke="#c7ccd4"
                label={{ value: t('trends.unit', { unit: scale.unit }), position: 'insideBottomRight', offset: -18, fontSize: 13, fill: '#4b5563' }}
              />
              <YAxis type="category" dataKey="name" width="auto" tick={{ fontSize: 13, fill: '#1f2328' }} tickLine={false} stroke="#c7ccd4" />
              <Tooltip
                cursor={{ fill: 'rgba(31, 95, 191, 0.06)' }}
                isAnimationActive={false}
                wrapperStyle={{ zIndex: 5 }}
                content={(props) => {
                  const bar = (props.payload?.[0]?.payload as { bar: CompareBar } | undefined)?.bar;
                  if (!props.active || !bar) return null;
                  const interval = pointInterval(bar.point, scale);
                  return (
                    <div className="trend-tooltip">
                      <div className="trend-tooltip-head">
                        <strong>{regionName(bar.region)}</strong>
                        <span className="trend-tooltip-value">{pointValue(bar.point, scale)}</span>
                        {interval && <span className="muted">{interval}</span>}
                      </div>
                      <div className="trend-tooltip-title">{bar.point.source.reportTitle ?? bar.point.source.fileName}</div>
                      <SentenceQuote source={bar.point.source} />
                      <div className="trend-tooltip-hint">{t('trends.clickPoint')}</div>
                    </div>
                  );
                }}
              />
              <Bar dataKey="value" shape={shape} isAnimationActive={false} maxBarSize={24}>
                <ErrorBar dataKey="err" width={6} stroke="#1f2328" strokeWidth={1.2} isAnimationActive={false} />
                <LabelList dataKey="label" position="right" offset={8} fontSize={12} fill="#4b5563" />
              </Bar>
            </BarChart>
          </div>
          {others.length > 0 && (
            <p className="muted small">
              {t('trends.compare.otherUnits')} {others.map((b) => `${b.region.name} ${b.point.value}${b.point.unit}`).join('、')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
