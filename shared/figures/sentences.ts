// Sentences and clauses of report text. A sentence ends at 。！？；(and ASCII !?;) or a line break, and
// keeps closing quotes and brackets that follow its terminator; a clause ends at ，：too.

export interface TextSpan {
  start: number;
  end: number;
}

const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', '】']);

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Sentences in text order, without leading whitespace; empty stretches are left out. */
export function splitSentences(text: string): TextSpan[] {
  const out: TextSpan[] = [];
  const n = text.length;
  let start = 0;
  const re = /[。！？!?；;\n\r]/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const i = m.index;
    if (i < start) continue;
    const ch = text[i]!;
    let end = i + 1;
    if (ch !== '\n' && ch !== '\r') while (end < n && CLOSERS.has(text[end]!)) end++;
    push(text, start, end, out);
    start = end;
    re.lastIndex = end;
  }
  push(text, start, n, out);
  return out;
}

function push(text: string, start: number, end: number, out: TextSpan[]): void {
  let s = start;
  while (s < end && isSpace(text[s])) s++;
  let e = end;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}

export function isClauseEnd(ch: string | undefined): boolean {
  switch (ch) {
    case '，': case ',': case '：': case ':': case '。': case '！': case '？': case '；':
    case '!': case '?': case ';': case '\n': case '\r':
      return true;
    default:
      return false;
  }
}

/** The clause around [from, to): bounded by clause punctuation, the sentence, and `reach` characters. */
export function clauseAround(text: string, from: number, to: number, sentence: TextSpan, reach = 120): TextSpan {
  let s = from;
  const lowest = Math.max(sentence.start, from - reach);
  while (s > lowest && !isClauseEnd(text[s - 1])) s--;
  let e = to;
  const highest = Math.min(sentence.end, to + reach);
  while (e < highest && !isClauseEnd(text[e])) e++;
  return { start: s, end: e };
}
