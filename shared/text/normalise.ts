// A canonical form of a report for hashing: the same report saved twice from different pages (another
// site's chrome, other line breaks and indentation, full-width digits, curly or straight quotes) gives
// the same string. Not for display: it drops junk and all layout.
import { findJunk } from './junk.ts';
import type { JunkRange } from './types.ts';

const QUOTES: Array<[RegExp, string]> = [
  [/[“”„‟〝〞＂「」『』]/g, '"'],
  [/[‘’‚‛＇]/g, "'"],
  [/[—–―‐‑‒−─]/g, '-'],
  [/[…⋯]/g, '...'],
  [/[·・•]/g, '·'],
  [/[〇○Ｏ]/g, '〇'],
];

export function normaliseForHash(text: string, junk?: readonly JunkRange[]): string {
  const ranges = [...(junk ?? findJunk(text))].sort((a, b) => a.start - b.start);
  let kept = '';
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    kept += text.slice(at, r.start) + '\n';
    at = r.end;
  }
  kept += text.slice(at);

  let s = kept.normalize('NFKC').replace(/[\u200b-\u200f\u2060\ufeff]/g, '');
  for (const [re, to] of QUOTES) s = s.replace(re, to);
  // whitespace: one space between two ASCII words, none elsewhere (Chinese has no word spaces)
  s = s
    .replace(/\s+/g, ' ')
    .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
    .trim();
  return s;
}
