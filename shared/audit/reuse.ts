// Reuse: the share of a report's sentences repeated verbatim or nearly so (numbers aside) from the same
// region's previous report — the reader's "what's new" comparison, on traditional-folded text.
import { compareTexts } from '../text/compare.ts';
import { folded } from './paragraphs.ts';
import type { TextSpan } from './types.ts';

export interface Reuse {
  previousId: number;
  previousYear: number | null;
  /** Repeated sentences ÷ sentences, 0–1; null when the report has too few sentences to say. */
  share: number | null;
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
/** Below this many sentences a share says nothing (one repeated opening line would be "100%"). */
const MIN_SENTENCES = 3;
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
  const countedStarts = new Set(counted.map((s) => s.start));
  // a run of repeated prose; a heading, a new sentence or anything not counted ends it
  const passages: Array<TextSpan & { text: string }> = [];
  let last: (TextSpan & { text: string }) | null = null;
  for (const s of comparison.current) {
    if (s.status !== 'repeated' || !countedStarts.has(s.start)) {
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
    share: counted.length >= MIN_SENTENCES ? repeated / counted.length : null,
    sentences: counted.length,
    repeated,
    passages,
    previousTruncated: previous.truncated ?? false,
  };
}
