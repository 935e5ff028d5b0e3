// A region's reports year by year, with the indicator values each states: what silence and jumps compare.
import { folded } from './paragraphs.ts';
import type { AuditFigure, TextSpan } from './types.ts';

export interface IndicatorValue extends TextSpan {
  value: number;
  unit: string;
  text: string;
  label: string;
}

export interface YearReport {
  id: number;
  year: number;
  truncated: boolean;
  /** Indicator id → the values stated for it, in text order. */
  values: Map<string, IndicatorValue[]>;
  /** Every figure's label (folded), to tell an indicator the dictionary missed from one left out. */
  labels: Set<string>;
}

/**
 * Values of what happened (no targets, no changes) by indicator id. With the text, a part listed after 其中
 * (其中刑事案件150件) is left out: it goes silent with its whole, and saying so twice is noise.
 */
export function indicatorValues(figures: readonly AuditFigure[], text?: string): { values: Map<string, IndicatorValue[]>; labels: Set<string> } {
  const values = new Map<string, IndicatorValue[]>();
  const labels = new Set<string>();
  for (const f of figures) {
    if (f.kind === 'change' || f.measure === 'change' || f.measure === 'growth' || f.measure === 'rank' || f.measure === 'adjusted-growth') continue;
    labels.add(folded(f.indicator));
    if (f.status !== 'actual' || !f.indicatorId) continue;
    if (text !== undefined && isListedPart(text, f.start)) continue;
    const list = values.get(f.indicatorId) ?? [];
    list.push({ start: f.start, end: f.end, value: f.value, unit: f.unit, text: f.text, label: f.indicator });
    values.set(f.indicatorId, list);
  }
  return { values, labels };
}

/** 其中 opens the clause (or the list the figure belongs to) before the figure. */
function isListedPart(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('\n'));
  return before.slice(cut + 1).includes('其中');
}

/** Pairs of reports of consecutive years (N−1, N). */
export function consecutive(reports: readonly YearReport[]): Array<[YearReport, YearReport]> {
  const sorted = [...reports].sort((a, b) => a.year - b.year);
  const out: Array<[YearReport, YearReport]> = [];
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.year === sorted[i - 1]!.year + 1) out.push([sorted[i - 1]!, sorted[i]!]);
  return out;
}
