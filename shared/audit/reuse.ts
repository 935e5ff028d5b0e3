// Reuse: the share of a report's sentences repeated verbatim or nearly so (numbers aside) from the same
// region's previous report — the reader's "what's new" comparison, on traditional-folded text.
import { compareTexts } from '../text/compare.ts';
import { folded } from './paragraphs.ts';
import type { TextSpan } from './types.ts';

export interface Reuse {
  previousId: number;
  previousYear: number | null;
  /** Repeated sentences ÷ sentences, 0–1. */
  share: number;
  sentences: number;
  repeated: number;
  /** Runs of repeated sentences in the newer report, with their opening words. */
  passages: Array<TextSpan & { text: string }>;
  /** The previous report is cut off: the share is a lower bound. */
  previousTruncated: boolean;
}

/** Sentences shorter than this say too little to count either way. */
const MIN_SENTENCE = 10;
const PASSAGE_PREVIEW = 160;
const PROSE_END = /[。！？!?；;][”’」』）)]*$/;

/**
 * Only prose counts: a title, a heading or a line of page chrome repeats every year by its nature, so lines
 * without a sentence end and the outline's headings are left out.
 */
function isProse(text: string, s: TextSpan, headings: readonly TextSpan[]): boolean {
  if (s.end - s.start < MIN_SENTENCE || !PROSE_END.test(text.slice(s.start, s.end))) return false;
  return !headings.some((h) => s.start < h.end && h.start < s.end);
}

export function measureReuse(
  previous: { id: number; year: number | null; text: string; junk: readonly TextSpan[]; truncated?: boolean },
  current: { text: string; junk: readonly TextSpan[]; headings: readonly TextSpan[] },
): Reuse {
  const comparison = compareTexts(folded(previous.text), folded(current.text), { previousSkip: previous.junk, currentSkip: current.junk });
  const counted = comparison.current.filter((s) => isProse(current.text, s, current.headings));
  const passages: Array<TextSpan & { text: string }> = [];
  let last: (TextSpan & { text: string }) | null = null;
  for (const s of counted) {
    if (s.status !== 'repeated') {
      last = null;
      continue;
    }
    if (last) last.end = s.end;
    else passages.push((last = { start: s.start, end: s.end, text: '' }));
  }
  for (const p of passages) p.text = current.text.slice(p.start, Math.min(p.end, p.start + PASSAGE_PREVIEW));
  const repeated = counted.filter((s) => s.status === 'repeated').length;
  return {
    previousId: previous.id,
    previousYear: previous.year,
    share: counted.length ? repeated / counted.length : 0,
    sentences: counted.length,
    repeated,
    passages,
    previousTruncated: previous.truncated ?? false,
  };
}
