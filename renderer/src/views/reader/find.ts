// Find in a report's text: case- and width-insensitive (Ａ = A = a, ５ = 5), offsets into the original text.
import type { Span } from './segments.ts';

/** Folds full-width ASCII to half-width and Latin to lower case, one UTF-16 unit for one, so offsets hold. */
export function foldForFind(s: string): string {
  // a replace touches only what folds: a 20 MB report of Chinese text has few such characters
  return s.replace(/[\uff01-\uff5e\u3000A-Z]/g, (c) => {
    let code = c.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    else if (code === 0x3000) code = 0x20;
    if (code >= 0x41 && code <= 0x5a) code += 0x20;
    return String.fromCharCode(code);
  });
}

/**
 * Every match of query in the folded text, left to right, not overlapping; only inside the given
 * paragraphs (so folded web-page junk is not searched) and never across a line break.
 */
export function findMatches(foldedText: string, query: string, paragraphs: readonly Span[], limit = 2000): Span[] {
  const q = foldForFind(query.trim());
  if (!q || q.includes('\n')) return [];
  const out: Span[] = [];
  let p = 0;
  let from = 0;
  for (;;) {
    const at = foldedText.indexOf(q, from);
    if (at === -1 || out.length >= limit) break;
    while (p < paragraphs.length && paragraphs[p]!.end < at + q.length) p++;
    const para = paragraphs[p];
    if (para && para.start <= at) {
      out.push({ start: at, end: at + q.length });
      from = at + q.length;
    } else from = at + 1;
  }
  return out;
}
