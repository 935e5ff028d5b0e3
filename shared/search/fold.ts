// Search folding: one same-length copy of a text for matching, meant for the library search and the reader's find
// alike. Traditional characters read as simplified ones (shared/figures/fold.ts), every full-width form (U+FF01 to U+FF5E) as
// its ASCII character, the ideographic space as a space, ASCII letters as lower case; offsets in the folded copy are
// offsets in the original.
import { foldText } from '../figures/fold.ts';

const needsMore = /[A-Z\uff01-\uff5e\u3000]/;

function foldUnit(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
  else if (code === 0x3000) return 0x20;
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** The folded copy; `result.length === text.length` always. */
export function foldForSearch(text: string): string {
  const folded = foldText(text);
  if (!needsMore.test(folded)) return folded;
  let out = '';
  const chunk = new Uint16Array(Math.min(folded.length, 8192));
  for (let start = 0; start < folded.length; start += chunk.length) {
    const end = Math.min(folded.length, start + chunk.length);
    for (let i = start; i < end; i++) chunk[i - start] = foldUnit(folded.charCodeAt(i));
    out += String.fromCharCode.apply(null, chunk.subarray(0, end - start) as unknown as number[]);
  }
  return out;
}

const hexDigits = '0123456789abcdef';
const hex = (unit: number) => hexDigits[unit >> 12]! + hexDigits[(unit >> 8) & 15]! + hexDigits[(unit >> 4) & 15]! + hexDigits[unit & 15]!;
const hexBytes = new TextEncoder().encode(hexDigits);
const ascii = new TextDecoder('latin1');
// Node's Buffer makes a one-byte string from bytes natively, several times faster than the decoder (which maps
// windows-1252); the browser, which never indexes, takes the decoder
type NodeBuffer = { from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'latin1'): string } };
const nodeBuffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
const latin1 = (bytes: Uint8Array): string =>
  nodeBuffer ? nodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : ascii.decode(bytes);

/**
 * The search index's document for a folded text: one token per position, the two UTF-16 units starting there
 * written in hex (the last position: its unit alone). A phrase of consecutive tokens then matches exactly where the
 * folded query occurs, for any query of two units or more. FTS5's own tokenizers would drop
 * punctuation and split runs of Chinese differently, so the index sees only these ASCII words.
 */
export function searchDocument(folded: string): string {
  const n = folded.length;
  if (n === 0) return '';
  // written as bytes: string building is the slow part of indexing a large import
  const out = new Uint8Array(n * 9 - 5);
  const put = (at: number, unit: number) => {
    out[at] = hexBytes[unit >> 12]!;
    out[at + 1] = hexBytes[(unit >> 8) & 15]!;
    out[at + 2] = hexBytes[(unit >> 4) & 15]!;
    out[at + 3] = hexBytes[unit & 15]!;
  };
  for (let i = 0; i < n; i++) {
    const at = i * 9;
    put(at, folded.charCodeAt(i));
    if (i + 1 < n) {
      put(at + 4, folded.charCodeAt(i + 1));
      out[at + 8] = 0x20;
    }
  }
  return latin1(out);
}

/**
 * The document of the one-unit index: each distinct unit of the folded text once, in hex. A one-character query
 * asks only whether a report holds it; as a prefix of every two-unit token it would merge thousands of position lists.
 */
export function unitsDocument(folded: string): string {
  const seen = new Uint8Array(0x10000);
  const units: string[] = [];
  for (let i = 0; i < folded.length; i++) {
    const unit = folded.charCodeAt(i);
    if (seen[unit]) continue;
    seen[unit] = 1;
    units.push(hex(unit));
  }
  return units.join(' ');
}

/** The FTS5 query for a folded query of two units or more (hex words need no quoting); one unit: see unitsDocument. */
export function searchExpression(foldedQuery: string): string {
  if (foldedQuery.length === 1) return hex(foldedQuery.charCodeAt(0));
  const tokens: string[] = [];
  for (let i = 0; i + 1 < foldedQuery.length; i++) tokens.push(hex(foldedQuery.charCodeAt(i)) + hex(foldedQuery.charCodeAt(i + 1)));
  return `"${tokens.join(' ')}"`;
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
  /** Where the match starts in the report's text. */
  start: number;
}

const CHUNK = 2048;

/**
 * Where the folded query first occurs in the folded text, folding only as far as needed (matches are usually
 * early, and a page of results folds fifty reports). Each chunk is folded with a unit of context on either side,
 * as folding looks at neighbours (１，２ is a thousands separator), and overlaps the next by the query's length.
 */
export function indexOfFolded(text: string, foldedQuery: string): number {
  const m = foldedQuery.length;
  if (m === 0) return -1;
  for (let start = 0; start < text.length; start += CHUNK) {
    const from = Math.max(0, start - 1);
    const end = Math.min(text.length, start + CHUNK + m - 1);
    const folded = foldForSearch(text.slice(from, Math.min(text.length, end + 1)));
    const inner = folded.slice(start - from, start - from + (end - start));
    const at = inner.indexOf(foldedQuery);
    if (at >= 0) return start + at;
  }
  return -1;
}

/** Text around the first match of the folded query, cut at line ends, as plain strings (never markup). */
export function snippetAround(text: string, foldedQuery: string, context = 28): Snippet | null {
  const at = indexOfFolded(text, foldedQuery);
  if (at < 0) return null;
  const end = at + foldedQuery.length;
  let from = Math.max(0, at - context);
  let to = Math.min(text.length, end + context);
  const lineStart = text.lastIndexOf('\n', at - 1);
  if (lineStart >= from) from = lineStart + 1;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  return {
    before: (from > 0 && text[from - 1] !== '\n' ? '…' : '') + text.slice(from, at),
    match: text.slice(at, end),
    after: text.slice(end, to) + (to < text.length && text[to] !== '\n' ? '…' : ''),
    start: at,
  };
}
