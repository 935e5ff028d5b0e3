// How the reader shows a figure's numbers, the key that ties a figure to its indicator's trend, and a first
// guess at the value of text the user selects to add as a figure.
import { chartKeyOf, type ChartKeyParts } from '../../../../shared/indicators/chart-key.ts';
import { readSpan } from '../../../../shared/figures/read-span.ts';

/** The chart the trends view draws a figure on: what it counts × how it measures it (gdp, gdp~growth). */
export const indicatorKey = (f: ChartKeyParts): string => chartKeyOf(f);

/** 31000 → "31,000"; 98.7 → "98.7"; 0.125 → "0.125". */
export function formatNumber(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

/** Large values as a reader says them: 150000000 → "1.5亿", 31000 → "3.1万"; null when the plain number reads fine. */
export function inWanYi(value: number): string | null {
  const abs = Math.abs(value);
  const short = (n: number) => String(Number(n.toFixed(4)));
  if (abs >= 1e8) return `${short(value / 1e8)}亿`;
  if (abs >= 1e4) return `${short(value / 1e4)}万`;
  return null;
}

/** "31,000 件", "98.7%", "1.5 个百分点". */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  return unit === '%' || unit === '‰' ? `${n}${unit}` : `${n} ${unit}`;
}

export interface FigureGuess {
  value: number | null;
  unit: string;
}

/**
 * A first guess at what selected text says: "3.1万余件" → 31000 件, "1.5亿元" → 150000000 元, "98.7%" → 98.7 %,
 * "三百人次" → 300 人次 — read with the extractor's own grammar. The user checks and edits it before it is saved.
 */
export function guessFigure(selected: string): FigureGuess {
  const read = readSpan(selected, 0, selected.length);
  return { value: read.value === null ? null : Number(read.value.toPrecision(12)), unit: read.unit };
}
