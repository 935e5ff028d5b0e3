// From decoded text to everything the library stores about a report: junk ranges, metadata, figures.
import { findJunk } from '../text/junk.ts';
import { detectMeta } from '../meta/detect.ts';
import { extractFigures } from '../figures/extract.ts';
import type { JunkRange } from '../text/types.ts';
import type { ReportMeta } from '../meta/types.ts';
import type { Figure } from '../figures/types.ts';

export interface ReportAnalysis {
  junk: JunkRange[];
  meta: ReportMeta;
  figures: Figure[];
}

export function analyseReport(text: string, fileName?: string): ReportAnalysis {
  const junk = findJunk(text);
  const meta = detectMeta(text, { fileName, junk });
  const figures = extractFigures(text, { skip: junk });
  return { junk, meta, figures };
}
