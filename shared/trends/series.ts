// Series shaping: one point per region and year (picked deterministically), year-over-year change, chart rows.
import { unitFamily } from '../figures/units.ts';
import type { DocType } from '../meta/types.ts';
import type { FigureValue, RegionRef, TrendPoint, TrendSeries, YearChange } from './types.ts';

/** A figure that could stand for its region and year: every one the counted reports hold for the indicator. */
export interface TrendCandidate extends FigureValue {
  year: number;
  region: RegionRef;
}

// A region's own annual report first; a work report or statistical bulletin only where it has none.
const docTypeRank: Record<DocType, number> = { 法治政府建设报告: 0, 政府工作报告: 1, 统计公报: 2, 政府信息公开年报: 3, other: 4 };

/** Orders candidates so the first of each region and year is the one shown: an actual over an estimate, report type, then report, then the first in the text. */
export function compareCandidates(a: TrendCandidate, b: TrendCandidate): number {
  return (
    Number(a.status !== 'actual') - Number(b.status !== 'actual') ||
    docTypeRank[a.source.docType] - docTypeRank[b.source.docType] ||
    a.source.reportId - b.source.reportId ||
    a.source.start - b.source.start
  );
}

/** One series per region (in the order asked), one point per year: the first candidate, counting the others. */
export function buildSeries(candidates: readonly TrendCandidate[], regions: readonly RegionRef[]): TrendSeries[] {
  const byRegionYear = new Map<string, Map<number, TrendCandidate[]>>();
  for (const c of candidates) {
    let years = byRegionYear.get(c.region.key);
    if (!years) byRegionYear.set(c.region.key, (years = new Map()));
    const list = years.get(c.year);
    if (list) list.push(c);
    else years.set(c.year, [c]);
  }
  return regions.map((region) => {
    const years = byRegionYear.get(region.key) ?? new Map<number, TrendCandidate[]>();
    const points: TrendPoint[] = [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, list]) => {
        const first = [...list].sort(compareCandidates)[0]!;
        return { ...withoutRegion(first), year, candidates: list.length, change: null };
      });
    return { region, points: withChanges(points) };
  });
}

function withoutRegion(c: TrendCandidate): FigureValue {
  return { value: c.value, lo: c.lo, hi: c.hi, unit: c.unit, qualifier: c.qualifier, kind: c.kind, status: c.status, indicator: c.indicator, source: c.source };
}

/** Fills each point's change against the year before, where that year has a point in the same unit. */
export function withChanges(points: TrendPoint[]): TrendPoint[] {
  const byYear = new Map(points.map((p) => [p.year, p]));
  return points.map((p) => {
    const previous = byYear.get(p.year - 1);
    return { ...p, change: previous ? yearChange(previous, p) : null };
  });
}

export function yearChange(previous: Pick<TrendPoint, 'year' | 'value' | 'unit'>, current: Pick<TrendPoint, 'value' | 'unit'>): YearChange | null {
  if (previous.unit !== current.unit) return null;
  const absolute = current.value - previous.value;
  const isRate = current.unit === '%' || current.unit === '‰';
  const percent = isRate || previous.value === 0 ? null : (absolute / Math.abs(previous.value)) * 100;
  return { fromYear: previous.year, absolute, percent };
}

/** The unit most values carry; ties go to the one seen first. */
export function dominantUnit(values: ReadonlyArray<{ unit: string }>): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v.unit, (counts.get(v.unit) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [unit, count] of counts) if (count > bestCount) [best, bestCount] = [unit, count];
  return best;
}

/** Every year from the first to the last, so a year nobody reported is a gap on the axis. */
export function yearSpan(series: readonly TrendSeries[]): number[] {
  const years = series.flatMap((s) => s.points.map((p) => p.year));
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** A chart row per year: `s<i>` the value of series i (null where missing: a gap), `s<i>err` its hedge as [below, above]. */
export type ChartRow = { year: number } & Record<string, number | null | [number, number] | TrendPoint | undefined>;

export function chartRows(series: readonly TrendSeries[], years: readonly number[], unit: string, divisor = 1): ChartRow[] {
  return years.map((year) => {
    const row: ChartRow = { year };
    series.forEach((s, i) => {
      const point = s.points.find((p) => p.year === year && p.unit === unit);
      row[`s${i}`] = point ? point.value / divisor : null;
      row[`s${i}point`] = point;
      if (point && (point.lo !== point.value || point.hi !== point.value)) {
        row[`s${i}err`] = [(point.value - point.lo) / divisor, (point.hi - point.value) / divisor];
      }
    });
    return row;
  });
}

/**
 * The figures one chart may hold: those of the commonest unit family (个 and 项 together, 人 apart from 人次),
 * so a line never joins incompatible units. Ties go to the family seen first.
 */
export function compatibleFigures<T extends { unit: string }>(figures: readonly T[]): T[] {
  const counts = new Map<string, number>();
  for (const f of figures) counts.set(unitFamily(f.unit), (counts.get(unitFamily(f.unit)) ?? 0) + 1);
  let best: string | null = null;
  for (const [family, n] of counts) if (best === null || n > counts.get(best)!) best = family;
  return best === null ? [] : figures.filter((f) => unitFamily(f.unit) === best);
}
