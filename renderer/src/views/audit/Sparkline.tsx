// A small line of one indicator across a region's years: gaps where a year has no value, a dot on the last.
import type { KeySeries } from '../../../../shared/audit/audit.ts';

export function Sparkline({ series, years, label, width = 96, height = 28 }: { series: KeySeries; years: readonly number[]; label: string; width?: number; height?: number }) {
  const first = years[0] ?? 0;
  const span = Math.max(1, (years[years.length - 1] ?? first) - first);
  const values = series.points.map((p) => p.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const x = (year: number) => 3 + ((year - first) / span) * (width - 6);
  const y = (value: number) => (hi === lo ? height / 2 : height - 3 - ((value - lo) / (hi - lo)) * (height - 6));
  // consecutive years are joined; a missing year breaks the line
  const runs: string[] = [];
  let run: string[] = [];
  series.points.forEach((p, i) => {
    if (i > 0 && p.year !== series.points[i - 1]!.year + 1) {
      runs.push(run.join(' '));
      run = [];
    }
    run.push(`${x(p.year).toFixed(1)},${y(p.value).toFixed(1)}`);
  });
  runs.push(run.join(' '));
  const last = series.points[series.points.length - 1];
  return (
    <svg className="sparkline" width={width} height={height} role="img" aria-label={label}>
      <title>{label}</title>
      {runs.map((points, i) => (points.includes(' ') ? <polyline key={i} points={points} /> : null))}
      {series.points.map((p) => <circle key={p.year} cx={x(p.year)} cy={y(p.value)} r={p === last ? 2.6 : 1.6} className={p === last ? 'last' : ''} />)}
    </svg>
  );
}
