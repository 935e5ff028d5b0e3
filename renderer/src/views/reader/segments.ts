// Splits a report's text into paragraphs and, inside them, plain runs and figure runs — by offsets, never as HTML.
// Decorations (what's new, find hits, a flash) are laid over the runs as pieces, so a figure stays one run
// whatever crosses it.
import type { JunkRange } from '../../../../shared/text/types.ts';

export interface Span {
  start: number;
  end: number;
}

export interface HeadingSpan extends Span {
  level: 1 | 2 | 3;
  text: string;
}

export interface Run<F extends Span> extends Span {
  figure: F | null;
}

export interface Paragraph<F extends Span> extends Span {
  junk: boolean;
  /** The paragraph is a heading line of this level (the whole line, not a run-in heading). */
  headingLevel: 1 | 2 | 3 | null;
  runs: Array<Run<F>>;
}

/** A class laid over a stretch of text; the layers of a render may overlap each other. */
export interface Decoration extends Span {
  className: string;
}

export interface Piece extends Span {
  className: string;
}

export function toParagraphs<F extends Span>(
  text: string,
  figures: readonly F[],
  junk: readonly JunkRange[],
  headings: readonly HeadingSpan[] = [],
): Array<Paragraph<F>> {
  const paragraphs: Array<Paragraph<F>> = [];
  const sortedFigures = [...figures].sort((a, b) => a.start - b.start);
  const headingAt = new Map(headings.map((h) => [h.start, h]));
  let figureIndex = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let lineEnd = end;
    if (lineEnd > start && text[lineEnd - 1] === '\r') lineEnd--;
    const line = text.slice(start, lineEnd);
    if (line.trim() !== '') {
      const isJunk =
        junk.some((j) => j.start <= start && lineEnd <= j.end + 1) ||
        junk.some((j) => j.start < lineEnd && j.end > start && j.end - j.start >= (lineEnd - start) * 0.6);
      const runs: Paragraph<F>['runs'] = [];
      let cursor = start;
      while (figureIndex < sortedFigures.length && sortedFigures[figureIndex]!.start < lineEnd) {
        const f = sortedFigures[figureIndex]!;
        if (f.start >= cursor) {
          if (f.start > cursor) runs.push({ start: cursor, end: f.start, figure: null });
          const figureEnd = Math.min(f.end, lineEnd);
          runs.push({ start: f.start, end: figureEnd, figure: f });
          cursor = figureEnd;
        }
        figureIndex++;
      }
      if (cursor < lineEnd) runs.push({ start: cursor, end: lineEnd, figure: null });
      const lead = line.length - line.trimStart().length;
      const heading = headingAt.get(start + lead);
      const wholeLine = heading !== undefined && heading.end >= start + line.trimEnd().length - 1;
      // a line where extraction found a figure is shown as text, whatever the junk heuristics say
      const junkLine = isJunk && !runs.some((r) => r.figure);
      paragraphs.push({ start, end: lineEnd, junk: junkLine, headingLevel: wholeLine ? heading.level : null, runs });
    } else {
      while (figureIndex < sortedFigures.length && sortedFigures[figureIndex]!.start < lineEnd) figureIndex++;
    }
    start = end + 1;
  }
  return paragraphs;
}

/** Index of the paragraph holding offset, or of the last paragraph before it (-1 when none). */
export function paragraphIndexAt(paragraphs: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = paragraphs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Each paragraph's decorations, clipped to it: one pass per layer, a binary search per decoration. */
export function decorationsByParagraph(paragraphs: readonly Span[], layers: ReadonlyArray<readonly Decoration[]>): Decoration[][] {
  const out: Decoration[][] = paragraphs.map(() => []);
  for (const layer of layers) {
    for (const d of layer) {
      let i = Math.max(0, paragraphIndexAt(paragraphs, d.start));
      for (; i < paragraphs.length && paragraphs[i]!.start < d.end; i++) {
        const p = paragraphs[i]!;
        const start = Math.max(d.start, p.start);
        const end = Math.min(d.end, p.end);
        if (start < end) out[i]!.push({ start, end, className: d.className });
      }
    }
  }
  return out;
}

/** A run cut where decorations begin and end; each piece carries the classes of the decorations over it. */
export function piecesOf(run: Span, decorations: readonly Decoration[]): Piece[] {
  const over = decorations.filter((d) => d.start < run.end && d.end > run.start);
  if (over.length === 0) return [{ start: run.start, end: run.end, className: '' }];
  const cuts = new Set([run.start, run.end]);
  for (const d of over) {
    if (d.start > run.start) cuts.add(d.start);
    if (d.end < run.end) cuts.add(d.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const className = over
      .filter((d) => d.start <= start && d.end >= end)
      .map((d) => d.className)
      .join(' ');
    const last = pieces[pieces.length - 1];
    if (last && last.className === className) last.end = end;
    else pieces.push({ start, end, className });
  }
  return pieces;
}

/** A stable string for a paragraph's decorations, so unchanged paragraphs skip rendering. */
export function decorationKey(decorations: readonly Decoration[]): string {
  let key = '';
  for (const d of decorations) key += `${d.start}-${d.end}-${d.className};`;
  return key;
}
