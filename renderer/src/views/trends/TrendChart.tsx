// The trend chart: one line per region by year, gaps where a year is missing, hedged values as ranges,
// every dot opening its sentence in the reader, a tooltip with the report's title and exact sentence.
import { forwardRef, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CartesianGrid, ErrorBar, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { DotItemDotProps } from 'recharts';
import type { TrendPoint, TrendSeries } from '../../../../shared/trends/types.ts';
import { chartRows, type ChartRow } from '../../../../shared/trends/series.ts';
import { displayScale, formatNumber, type DisplayScale } from '../../../../shared/trends/format.ts';
import { colorOf } from './palette.ts';
import { changeText, pointInterval, pointValue, regionName } from './labels.ts';
import { SentenceQuote } from './SentenceQuote.tsx';

export interface TrendChartProps {
  series: TrendSeries[];
  years: number[];
  unit: string;
  height?: number;
  /** Small multiples: no legend, no axis title, smaller type. */
  compact?: boolean;
  onOpenFigure: (reportId: number, start: number, end: number) => void;
}

export function scaleFor(series: readonly TrendSeries[], unit: string): DisplayScale {
  const max = Math.max(0, ...series.flatMap((s) => s.points.filter((p) => p.unit === unit).map((p) => Math.max(Math.abs(p.hi), Math.abs(p.lo)))));
  return displayScale(unit, max);
}

export const TrendChart = forwardRef<HTMLDivElement, TrendChartProps>(function TrendChart(
  { series, years, unit, height = 360, compact = false, onOpenFigure },
  ref,
) {
  const { t } = useTranslation();
  const scale = useMemo(() => scaleFor(series, unit), [series, unit]);
  const rows = useMemo(() => chartRows(series, years, unit, scale.divisor), [series, years, unit, scale]);
  // One year either side, so the first and last dots are not glued to the axes.
  const domain: [number, number] = years.length ? [years[0]! - 0.4, years[years.length - 1]! + 0.4] : [0, 1];

  const renderDot = (index: number) =>
    function Dot(props: DotItemDotProps) {
      const point = (props.payload as ChartRow)[`s${index}point`] as TrendPoint | undefined;
      if (!point || props.cx == null || props.cy == null) return null;
      const region = series[index]!.region;
      const open = () => onOpenFigure(point.source.reportId, point.source.start, point.source.end);
      const hedged = point.lo !== point.value || point.hi !== point.value;
      const estimate = point.status === 'estimate';
      return (
        <circle
          className={`trend-dot${hedged ? ' hedged' : ''}${estimate ? ' estimate' : ''}`}
          cx={props.cx}
          cy={props.cy}
          r={compact ? 3.5 : 5}
          fill={hedged ? colorOf(index) : '#ffffff'}
          stroke={colorOf(index)}
          strokeWidth={2}
          strokeDasharray={estimate ? '2 2' : undefined}
          data-status={point.status}
          role="button"
          tabIndex={0}
          aria-label={t('trends.openPoint', { region: region.name, year: point.year, value: pointValue(point, scale) })}
          data-testid="trend-point"
          data-region={region.key}
          data-year={point.year}
          data-value={point.value}
          data-report={point.source.reportId}
          onClick={open}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              open();
            }
          }}
        />
      );
    };

  return (
    <div className={`trend-chart${compact ? ' compact' : ''}`} ref={ref} data-testid={compact ? 'mini-chart' : 'trend-chart'}>
      {!compact && (
        <ul className="trend-legend" aria-label={t('trends.regions')}>
          {series.map((s, i) => (
            <li key={s.region.key}>
              <svg width="26" height="12" aria-hidden>
                <line x1="1" y1="6" x2="25" y2="6" stroke={colorOf(i)} strokeWidth="2.5" />
                <circle cx="13" cy="6" r="4" fill="#fff" stroke={colorOf(i)} strokeWidth="2" />
              </svg>
              {regionName(s.region)}
            </li>
          ))}
        </ul>
      )}
      <LineChart
        responsive
        style={{ width: '100%', height }}
        data={rows}
        margin={compact ? { top: 8, right: 10, bottom: 0, left: 0 } : { top: 28, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid stroke="#e3e6eb" strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="year"
          type="number"
          domain={domain}
          ticks={years}
          allowDecimals={false}
          tickFormatter={(year: number) => t('trends.yearTick', { year })}
          tick={{ fontSize: compact ? 11 : 13, fill: '#4b5563' }}
          tickLine={false}
          stroke="#c7ccd4"
        />
        <YAxis
          width="auto"
          tickFormatter={(v: number) => formatNumber(v)}
          tick={{ fontSize: compact ? 11 : 13, fill: '#4b5563' }}
          tickLine={false}
          axisLine={false}
          allowDecimals
          niceTicks="snap125"
          label={compact ? undefined : { value: t('trends.unit', { unit: scale.unit }), position: 'top', offset: 14, fontSize: 13, fill: '#4b5563', dx: 16 }}
        />
        <Tooltip
          content={(props) => <TrendTooltip active={props.active} row={props.payload?.[0]?.payload as ChartRow | undefined} series={series} scale={scale} t={t} compact={compact} />}
          cursor={{ stroke: '#c7ccd4', strokeWidth: 1 }}
          isAnimationActive={false}
          wrapperStyle={{ zIndex: 5 }}
        />
        {series.map((s, i) => (
          <Line
            key={s.region.key}
            type="linear"
            dataKey={`s${i}`}
            name={regionName(s.region)}
            stroke={colorOf(i)}
            strokeWidth={compact ? 2 : 2.5}
            connectNulls={false}
            isAnimationActive={false}
            dot={renderDot(i)}
            activeDot={false}
          >
            <ErrorBar dataKey={`s${i}err`} width={compact ? 4 : 7} strokeWidth={1.5} stroke={colorOf(i)} isAnimationActive={false} />
          </Line>
        ))}
      </LineChart>
    </div>
  );
});

function TrendTooltip({ active, row, series, scale, t, compact }: {
  active?: boolean;
  row: ChartRow | undefined;
  series: TrendSeries[];
  scale: DisplayScale;
  t: TFunction;
  compact: boolean;
}) {
  if (!active || !row) return null;
  const entries = series.flatMap((s, i) => {
    const point = row[`s${i}point`] as TrendPoint | undefined;
    return point ? [{ s, i, point }] : [];
  });
  return (
    <div className={`trend-tooltip${compact ? ' compact' : ''}`} data-testid="trend-tooltip">
      <div className="trend-tooltip-year">{t('trends.yearTick', { year: row.year })}</div>
      {entries.length === 0 && <p className="muted">{t('trends.noPoint')}</p>}
      {entries.map(({ s, i, point }) => {
        const interval = pointInterval(point, scale);
        return (
          <div key={s.region.key} className="trend-tooltip-entry">
            <div className="trend-tooltip-head">
              <span className="swatch" style={{ background: colorOf(i) }} />
              <strong>{s.region.name}</strong>
              <span className="trend-tooltip-value">{pointValue(point, scale)}</span>
              {interval && <span className="muted">{interval}</span>}
              {point.status === 'estimate' && <span className="muted">{t('trends.estimate')}</span>}
              {point.change && <span className="muted">{t('trends.change')} {changeText(point.change, point.unit, scale, t)}</span>}
            </div>
            {!compact && (
              <>
                <div className="trend-tooltip-title">{point.source.reportTitle ?? point.source.fileName}</div>
                <SentenceQuote source={point.source} />
                {point.candidates > 1 && <div className="muted small">{t('trends.candidates', { count: point.candidates })}</div>}
              </>
            )}
          </div>
        );
      })}
      <div className="trend-tooltip-hint">{t('trends.clickPoint')}</div>
    </div>
  );
}
