// Silence: an indicator a region reported in year N−1 and left out in year N, with its last value. A cut-off
// report of year N is not judged (the figure may sit in the missing part).
import { consecutive, type YearReport } from './series.ts';
import { folded } from './paragraphs.ts';
import type { TextSpan } from './types.ts';

/** A count of awards ("先进集体1家") is not a level of the indicator it names. */
const HONOUR = /先进|荣誉|表彰|称号|获评|命名|获得|荣获/;

export interface Silence {
  indicator: string;
  /** The year it went silent. */
  year: number;
  reportId: number;
  lastYear: number;
  lastValue: number;
  lastUnit: string;
  lastText: string;
  lastReportId: number;
  lastSpan: TextSpan;
}

export function detectSilence(reports: readonly YearReport[]): Silence[] {
  const out: Silence[] = [];
  for (const [before, after] of consecutive(reports)) {
    if (after.truncated) continue;
    for (const [indicator, values] of before.values) {
      if (after.values.has(indicator)) continue;
      const last = values.find((v) => !HONOUR.test(v.label));
      if (!last) continue;
      // the same words with a number, only not matched to the dictionary: not silent
      if (after.labels.has(folded(last.label))) continue;
      out.push({
        indicator, year: after.year, reportId: after.id, lastYear: before.year, lastValue: last.value, lastUnit: last.unit,
        lastText: last.text, lastReportId: before.id, lastSpan: { start: last.start, end: last.end },
      });
    }
  }
  return out;
}
