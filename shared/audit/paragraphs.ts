// The report's body as paragraphs of sentences, web-page chrome left out. Matching runs on a folded copy
// (traditional → simplified, full-width → ASCII) of the same length, so offsets point into the original.
import { foldText } from '../figures/fold.ts';
import { splitSentences } from '../figures/sentences.ts';
import type { TextSpan } from './types.ts';

export interface Paragraph extends TextSpan {
  sentences: TextSpan[];
}

export function insideJunk(span: TextSpan, junk: readonly TextSpan[]): boolean {
  return junk.some((j) => j.start <= span.start && span.end <= j.end + 1);
}

/** Paragraphs (lines) with their sentences; lines that are web-page junk are dropped. */
export function paragraphsOf(text: string, junk: readonly TextSpan[]): Paragraph[] {
  const out: Paragraph[] = [];
  let start = 0;
  for (;;) {
    const stop = text.indexOf('\n', start);
    const end = stop === -1 ? text.length : stop;
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s && !insideJunk({ start: s, end: e }, junk)) {
      const sentences = splitSentences(text.slice(s, e)).map((x) => ({ start: x.start + s, end: x.end + s }));
      out.push({ start: s, end: e, sentences });
    }
    if (stop === -1) break;
    start = stop + 1;
  }
  return out;
}

export const folded = (text: string): string => foldText(text);

/** The sentence of the text that holds an offset. */
export function sentenceAt(paragraphs: readonly Paragraph[], offset: number): TextSpan | null {
  for (const p of paragraphs) {
    if (offset < p.start || offset > p.end) continue;
    for (const s of p.sentences) if (offset >= s.start && offset < s.end) return s;
  }
  return null;
}
