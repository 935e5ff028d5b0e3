// A same-length copy of the text for scanning: traditional characters become simplified ones and
// full-width digits and signs become ASCII, so one grammar reads 萬/万, 個/个, ３/3 alike while every
// offset still points into the original text.
import traditional from './traditional-chars.json' with { type: 'json' };

const table = buildTable();

function buildTable(): Uint16Array {
  const map = new Uint16Array(0x10000);
  for (let c = 0; c < map.length; c++) map[c] = c;
  const pairs = traditional.pairs;
  for (let i = 0; i + 1 < pairs.length; i += 2) map[pairs.charCodeAt(i)] = pairs.charCodeAt(i + 1);
  // Full-width ASCII forms (０-９, Ａ-Ｚ, ａ-ｚ, ％, ．, ＋, －, ／, ＊) read as ASCII; punctuation
  // that structures Chinese clauses (，：；（）) stays as it is.
  for (let c = 0xff10; c <= 0xff19; c++) map[c] = c - 0xfee0;
  for (let c = 0xff21; c <= 0xff3a; c++) map[c] = c - 0xfee0;
  for (let c = 0xff41; c <= 0xff5a; c++) map[c] = c - 0xfee0;
  for (const c of [0xff05, 0xff0e, 0xff0b, 0xff0d, 0xff0f, 0xff0a]) map[c] = c - 0xfee0;
  map[0x00a0] = 0x20; // no-break space
  return map;
}

function isFullWidthDigit(c: number): boolean {
  return c >= 0xff10 && c <= 0xff19;
}

/** The text with each UTF-16 unit folded; `result.length === text.length` always. */
export function foldText(text: string): string {
  const n = text.length;
  // Most text has nothing to fold: find the first unit that changes before allocating anything.
  let first = 0;
  while (first < n) {
    const c = text.charCodeAt(first);
    if (table[c] !== c) break;
    if (c === 0xff0c && isFullWidthDigit(text.charCodeAt(first - 1)) && isFullWidthDigit(text.charCodeAt(first + 1))) break;
    first++;
  }
  if (first === n) return text;
  const out = new Uint16Array(n);
  for (let i = 0; i < first; i++) out[i] = text.charCodeAt(i);
  let changed = false;
  for (let i = first; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = table[c]!;
    // １，２３４: a full-width comma between full-width digits is a thousands separator, not a clause break.
    if (c === 0xff0c && isFullWidthDigit(text.charCodeAt(i - 1)) && isFullWidthDigit(text.charCodeAt(i + 1))) f = 0x2c;
    out[i] = f;
    if (f !== c) changed = true;
  }
  if (!changed) return text;
  let result = '';
  const chunk = 8192;
  for (let i = 0; i < n; i += chunk) {
    result += String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + chunk)) as unknown as number[]);
  }
  return result;
}
