// Splits a report's text into paragraphs and, inside them, plain runs and figure runs — by offsets, never as HTML.
import type { JunkRange } from '../../../../shared/text/types.ts';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph<F extends Span> {
  start: number;
  end: number;
  junk: boolean;
  runs: Array<{ start: number; end: number; figure: F | null }>;
}

export function toParagraphs<F extends Span>(text: string, figures: readonly F[], junk: readonly JunkRange[]): Array<Paragraph<F>> {
  const paragraphs: Array<Paragraph<F>> = [];
  const sortedFigures = [...figures].sort((a, b) => a.start - b.start);
  let figureIndex = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (text.slice(start, end).trim() !== '') {
      const isJunk = junk.some((j) => j.start <= start && end <= j.end + 1) || junk.some((j) => j.start < end && j.end > start && j.end - j.start >= (end - start) * 0.6);
      const runs: Paragraph<F>['runs'] = [];
      let cursor = start;
      while (figureIndex < sortedFigures.length && sortedFigures[figureIndex]!.start < end) {
        const f = sortedFigures[figureIndex]!;
        if (f.start >= cursor) {
          if (f.start > cursor) runs.push({ start: cursor, end: f.start, figure: null });
          const figureEnd = Math.min(f.end, end);
          runs.push({ start: f.start, end: figureEnd, figure: f });
          cursor = figureEnd;
        }
        figureIndex++;
      }
      if (cursor < end) runs.push({ start: cursor, end, figure: null });
      paragraphs.push({ start, end, junk: isJunk, runs });
    } else {
      while (figureIndex < sortedFigures.length && sortedFigures[figureIndex]!.start < end) figureIndex++;
    }
    start = end + 1;
  }
  return paragraphs;
}
