// Headings for the reader's outline: 一、 (level 1), (一)/（一） (level 2), 1. / 1、 (level 3).
// A heading starts a line. When the line runs on into prose ("(一)强化政治引领,持续推进法治政府建设。根据…"),
// the heading is the first sentence. 一是… / 二是… are list sentences, not headings, and "1.5亿元" at the
// start of a line is a number, not "1.".
import { splitLines } from './lines.ts';

export interface Heading {
  start: number;
  end: number;
  level: 1 | 2 | 3;
  text: string;
}

const MARKERS: Array<{ re: RegExp; level: 1 | 2 | 3 }> = [
  { re: /^(?:[一二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)[、．.](?![是则])/, level: 1 },
  { re: /^[(（](?:[一二三四五六七八九十]|十[一二三四五六七八九]|[二三四五六七八九]十[一二三四五六七八九]?)[)）]/, level: 2 },
  { re: /^(?:\d{1,2}|[０-９]{1,2})(?:[、]|[.．](?![\d０-９]))/, level: 3 },
];

/** Longest heading we accept; a longer first sentence is a numbered paragraph, not a heading. */
const MAX_HEADING = 60;

export function findHeadings(text: string): Heading[] {
  const out: Heading[] = [];
  for (const line of splitLines(text)) {
    const lead = line.text.length - line.text.trimStart().length;
    const body = line.text.slice(lead).trimEnd();
    if (!body) continue;
    const marker = MARKERS.find((m) => m.re.test(body));
    if (!marker) continue;
    const after = body.replace(marker.re, '').trimStart();
    if (!after || /^[是则要]/.test(after)) continue;
    // the heading is the first sentence of the line
    const stop = body.search(/[。！？；;]/);
    const headingText = (stop === -1 ? body : body.slice(0, stop)).trimEnd();
    if (headingText.length > MAX_HEADING) continue;
    // a line that is a whole paragraph of prose without a sentence end is not a heading either
    if (stop === -1 && /[,，].*[,，].*[,，]/.test(headingText) && headingText.length > 40) continue;
    const start = line.start + lead;
    out.push({ start, end: start + headingText.length, level: marker.level, text: headingText });
  }
  return out;
}
