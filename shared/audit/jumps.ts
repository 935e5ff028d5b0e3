// Jumps: an indicator whose value changes more than tenfold from one year to the next — flagged for a look,
// not judged. When a report states the indicator more than once, every pairing must jump, so a total beside a
// subtotal never raises one.
import { consecutive, type IndicatorValue, type YearReport } from './series.ts';

export interface Jump {
  indicator: string;
  year: number;
  reportId: number;
  from: IndicatorValue;
  fromYear: number;
  fromReportId: number;
  to: IndicatorValue;
  /** to ÷ from (above 10 or below 0.1). */
  factor: number;
}

export const JUMP_FACTOR = 10;

export function detectJumps(reports: readonly YearReport[]): Jump[] {
  const out: Jump[] = [];
  for (const [before, after] of consecutive(reports)) {
    for (const [indicator, olds] of before.values) {
      const news = after.values.get(indicator);
      if (!news) continue;
      let smallest: { factor: number; from: IndicatorValue; to: IndicatorValue } | null = null;
      for (const from of olds) {
        for (const to of news) {
          if (from.unit !== to.unit || from.value <= 0 || to.value <= 0) continue;
          const factor = to.value / from.value;
          const size = Math.max(factor, 1 / factor);
          if (!smallest || size < Math.max(smallest.factor, 1 / smallest.factor)) smallest = { factor, from, to };
        }
      }
      if (smallest && Math.max(smallest.factor, 1 / smallest.factor) > JUMP_FACTOR) {
        out.push({ indicator, year: after.year, reportId: after.id, from: smallest.from, fromYear: before.year, fromReportId: before.id, to: smallest.to, factor: smallest.factor });
      }
    }
  }
  return out;
}
