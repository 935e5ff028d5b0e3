// Line splitting with offsets, shared by the text and meta helpers.

export interface Line {
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character (before '\r\n' / '\n'). */
  end: number;
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** Whitespace of every width, including the ideographic space and no-break space. */
export const WS = /[\s\u3000\u00a0\u200b\ufeff]/g;

export function squeeze(s: string): string {
  return s.replace(WS, '');
}
