// The key a figure is charted under: what is counted (a dictionary id, else the report's own label) times
// how it is measured. 地区生产总值1195.6亿元 and 地区生产总值增长8.7% are two series, never one.
import type { FigureMeasure } from '../figures/types.ts';

export const LABEL_PREFIX = 'label:';
const MEASURE_SEPARATOR = '~';

export interface ChartKeyParts {
  indicatorId: string | null;
  /** The label, used when indicatorId is null. */
  indicator: string;
  measure: FigureMeasure;
}

/**
 * The measures an indicator is charted in without a suffix: what it states itself, a level (件, 元) or, for a
 * rate (调解成功率), a share; the unit tells them apart. Growth, changes and ranks are series of their own.
 */
export const PLAIN_MEASURES: readonly FigureMeasure[] = ['level', 'share'];

/** `gdp`, `gdp~growth`, `label:法治培训人次`, `label:审批时间~change`. */
export function chartKeyOf(f: ChartKeyParts): string {
  const what = f.indicatorId ?? `${LABEL_PREFIX}${f.indicator}`;
  return PLAIN_MEASURES.includes(f.measure) ? what : `${what}${MEASURE_SEPARATOR}${f.measure}`;
}

const MEASURES: ReadonlySet<string> = new Set<FigureMeasure>(['level', 'growth', 'adjusted-growth', 'share', 'change', 'rank']);

/** The parts of a chart key (a plain key reads as level); a label holding `~` stays whole unless the tail is a measure. */
export function parseChartKey(key: string): ChartKeyParts {
  let what = key;
  let measure: FigureMeasure = 'level';
  const cut = key.lastIndexOf(MEASURE_SEPARATOR);
  if (cut > 0 && MEASURES.has(key.slice(cut + 1))) {
    what = key.slice(0, cut);
    measure = key.slice(cut + 1) as FigureMeasure;
  }
  return what.startsWith(LABEL_PREFIX)
    ? { indicatorId: null, indicator: what.slice(LABEL_PREFIX.length), measure }
    : { indicatorId: what, indicator: what, measure };
}
