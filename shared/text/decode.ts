// Bytes to text, never silently garbled.
//
// Order: a BOM (UTF-8, UTF-16LE/BE) decides first; then UTF-16 without a BOM by its zero-byte pattern
// (ASCII-only UTF-16 is valid UTF-8, so this has to come before UTF-8); then strict UTF-8 (fatal
// TextDecoder, also UTF-8 cut off inside its last character); then a charset an HTML head declares;
// then UTF-16 of pure Chinese by its high bytes; then detection with jschardet, GBK/GB2312 decoded as
// gb18030 (its superset), GB18030 against Big5 settled by the share of the commonest characters. Every
// candidate is tried with a fatal decoder; when none decodes cleanly the most likely one is used with
// replacement characters and a visible `warning`. With `override` the given encoding is used as is (the
// user re-decodes from the stored original bytes). The BOM is never part of `text`.
import { detect } from 'jschardet';
import type { DecodedText } from './types.ts';

/** jschardet's answer is taken as is from this confidence up (its v4 scale: a clean GB18030 page scores
 *  0.45–0.95, a 200-byte one about 0.4); below it our own fatal trials (gb18030, then big5) decide. */
export const DETECTION_CONFIDENCE = 0.2;

const SAMPLE_BYTES = 200_000;

function say(zh: string, en: string): string {
  return `${zh} / ${en}`;
}

/** WHATWG label for what jschardet or the user calls an encoding; null when TextDecoder lacks it. */
export function canonicalEncoding(name: string): string | null {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (/^(?:gb-?2312|gbk|gb-?18030|cp-?936|euc-cn|x-gbk|windows-936|hz-gb-2312)$/.test(n)) return 'gb18030';
  if (/^(?:big5|big5-?hkscs|cp-?950|x-x-big5)$/.test(n)) return 'big5';
  if (/^(?:utf-?8|utf-8-sig|ascii|us-ascii)$/.test(n)) return 'utf-8';
  if (/^utf-?16-?le$/.test(n) || n === 'utf-16') return 'utf-16le';
  if (/^utf-?16-?be$/.test(n)) return 'utf-16be';
  try {
    return new TextDecoder(n).encoding;
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 by its zero bytes: ASCII characters (digits, punctuation, line breaks) put a zero in every other byte. */
export function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  // legacy encodings and UTF-8 text never contain zero bytes, so a few, all on one side, are enough
  const pairs = n / 2;
  const enough = Math.max(2, pairs * 0.01);
  if (odd >= enough && even <= odd * 0.1) return 'utf-16le';
  if (even >= enough && odd <= even * 0.1) return 'utf-16be';
  return null;
}

/** UTF-16 of Chinese without a single ASCII character has no zero bytes, but every high byte of a
 *  code unit falls in the CJK blocks (0x4E–0x9F), CJK punctuation (0x30) or full-width forms (0xFF). */
function utf16ByHighBytes(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 16) return null;
  const cjkHigh = (b: number) => (b >= 0x4e && b <= 0x9f) || b === 0x30 || b === 0xff || b === 0x20 || b === 0x00;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    if (cjkHigh(bytes[i + 1]!)) le++;
    if (cjkHigh(bytes[i]!)) be++;
  }
  const pairs = n / 2;
  if (le / pairs >= 0.9 && be / pairs < 0.6) return 'utf-16le';
  if (be / pairs >= 0.9 && le / pairs < 0.6) return 'utf-16be';
  return null;
}

/** The charset an HTML/XML head declares, as a WHATWG label. */
function declaredCharset(bytes: Uint8Array): string | null {
  let head = '';
  const n = Math.min(bytes.length, 4096);
  for (let i = 0; i < n; i++) head += String.fromCharCode(bytes[i]!);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_-]+)/i.exec(head);
  return m ? canonicalEncoding(m[1]!) : null;
}

function tryFatal(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function countChar(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/** Share of CJK ideographs among the non-ASCII characters: high for real Chinese text. */
function cjkShare(text: string): number {
  let cjk = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c < 0x80) continue;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)) cjk++;
    else other++;
  }
  return cjk + other === 0 ? 1 : cjk / (cjk + other);
}

/** The commonest characters of Chinese prose that are written the same in both scripts. */
const COMMON = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const ch of '的一是在不了有人中大上以要和我他年地出就分成可主行法所民得生作政工公其全小部度心事高本理明十家新同定方面治府建') COMMON[ch.charCodeAt(0) - 0x4e00] = 1;

/** Share of the commonest characters among CJK ideographs: real text scores 0.15 and more, mojibake
 *  from the wrong double-byte encoding far less. */
function commonShare(text: string): number {
  let common = 0;
  let cjk = 0;
  // the first 50,000 code points, as before: ideographs of this range are single UTF-16 units
  for (let i = 0, seen = 0; i < text.length && seen < 50_000; i++, seen++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
    if (c < 0x4e00 || c > 0x9fff) continue;
    cjk++;
    common += COMMON[c - 0x4e00]!;
  }
  return cjk === 0 ? 0 : common / cjk;
}

function replacementWarning(text: string, encoding: string, fromSource: boolean): string | null {
  const bad = countChar(text, '\ufffd');
  if (bad === 0) return null;
  if (fromSource) {
    return say(
      `原文本身含有 ${bad} 个乱码替换字符(�),保存的网页可能已经损坏。`,
      `The text itself contains ${bad} replacement characters (�): the saved page may already be garbled.`,
    );
  }
  return say(
    `有 ${bad} 处字节无法按 ${encoding} 解码,已显示为 �;可尝试换一种编码重新解码。`,
    `${bad} byte sequences could not be decoded as ${encoding} and show as �; try re-decoding with another encoding.`,
  );
}

function controlWarning(text: string): string | null {
  const sample = text.slice(0, 20_000);
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || c === 0x7f) controls++;
  }
  if (controls > 8 && controls / Math.max(sample.length, 1) > 0.005) {
    return say(
      `文本中有 ${controls} 个控制字符,可能不是纯文本或编码识别有误。`,
      `The text has ${controls} control characters: it may not be plain text, or the encoding is wrong.`,
    );
  }
  return null;
}

function result(text: string, encoding: string, hadBom: boolean, ...warnings: Array<string | null>): DecodedText {
  const warning = warnings.filter((w): w is string => !!w).join('\n') || null;
  return { text, encoding, hadBom, warning };
}

function decodeLoose(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding, { fatal: false }).decode(bytes);
}

export function decodeBytes(bytes: Uint8Array, override?: string): DecodedText {
  const bom = bomOf(bytes);

  if (override !== undefined && override.trim() !== '') {
    const encoding = canonicalEncoding(override);
    if (!encoding) throw new RangeError(`未知的编码 / unknown encoding: ${override}`);
    const text = decodeLoose(bytes, encoding); // TextDecoder strips a BOM of its own encoding
    const hadBom = bom !== null && bom.encoding === encoding;
    return result(text, encoding, hadBom, replacementWarning(text, encoding, false), controlWarning(text));
  }

  if (bytes.length === 0) return result('', 'utf-8', false);

  if (bom) {
    const clean = tryFatal(bytes, bom.encoding);
    const text = clean ?? decodeLoose(bytes, bom.encoding);
    const odd = bom.encoding !== 'utf-8' && (bytes.length - bom.length) % 2 === 1;
    return result(
      text,
      bom.encoding,
      true,
      replacementWarning(text, bom.encoding, clean !== null),
      odd ? say('UTF-16 文件的字节数为奇数,末尾可能被截断。', 'The UTF-16 file has an odd byte count: its end may be cut off.') : null,
    );
  }

  const zeros = utf16ByZeros(bytes);
  // UTF-8 with a NUL byte per line has the zero pattern of UTF-16, but UTF-16 with any byte above 0x7F
  // is practically never valid UTF-8 throughout: valid UTF-8 with multi-byte characters is UTF-8.
  if (zeros) {
    const asUtf8 = tryFatal(bytes, 'utf-8');
    if (asUtf8 !== null && /[\u0080-\uffff]/.test(asUtf8)) {
      const nuls = countChar(asUtf8, '\u0000');
      const text = asUtf8.replaceAll('\u0000', '');
      return result(
        text,
        'utf-8',
        false,
        say(`文本中有 ${nuls} 个空字节(NUL),已去掉。`, `The text had ${nuls} NUL bytes; they were removed.`),
        controlWarning(text),
      );
    }
  }
  if (zeros) {
    const clean = tryFatal(bytes, zeros);
    const text = clean ?? decodeLoose(bytes, zeros);
    return result(text, zeros, false, replacementWarning(text, zeros, clean !== null));
  }

  const utf8 = tryFatal(bytes, 'utf-8');
  if (utf8 !== null) return result(utf8, 'utf-8', false, replacementWarning(utf8, 'utf-8', true), controlWarning(utf8));

  // UTF-8 cut off in the middle of its last character, or with a few damaged bytes inside
  const loose8 = decodeLoose(bytes, 'utf-8');
  const bad8 = countChar(loose8, '\ufffd');
  let nonAscii8 = 0;
  for (let i = 0; i < loose8.length; i++) {
    const c = loose8.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (c >= 0x80 && c !== 0xfffd) nonAscii8++;
  }
  // a character cut off at the end leaves one replacement character, last: only then try without the last bytes
  const cutAtEnd = bad8 === 1 && loose8.endsWith('\ufffd');
  for (let k = 1; cutAtEnd && k <= 3 && k < bytes.length; k++) {
    const head = tryFatal(bytes.subarray(0, bytes.length - k), 'utf-8');
    if (head !== null && nonAscii8 > 0) {
      return result(
        loose8,
        'utf-8',
        false,
        say('文件末尾有一个不完整的字符,文件可能被截断。', 'The last character is incomplete: the file may be cut off.'),
      );
    }
  }
  // A few damaged bytes in UTF-8 text: legacy double-byte text read as UTF-8 is almost all replacement
  // characters, so a small share of them means UTF-8 with damage, decoded as such (never whole as GB18030).
  if (nonAscii8 >= 10 && bad8 / nonAscii8 <= 0.1) {
    return result(loose8, 'utf-8', false, replacementWarning(loose8, 'utf-8', false));
  }

  // a saved web page that declares its charset (<meta charset="gb2312">) is taken at its word
  const declared = declaredCharset(bytes);
  if (declared && declared !== 'utf-8') {
    const text = tryFatal(bytes, declared);
    if (text !== null) return result(text, declared, false, controlWarning(text));
  }

  const high = utf16ByHighBytes(bytes);
  if (high) {
    const text = tryFatal(bytes, high);
    if (text !== null && cjkShare(text) >= 0.9) return result(text, high, false, controlWarning(text));
  }

  // GB18030 that decodes strictly into plain Chinese, clearly ahead of Big5: what detection would settle on, without
  // running it (jschardet took a quarter of an import's time; this costs two native decodes).
  const gb = tryFatal(bytes, 'gb18030');
  if (gb !== null && cjkShare(gb) >= 0.5) {
    const gbCommon = commonShare(gb);
    const big5 = gbCommon >= 0.15 ? tryFatal(bytes, 'big5') : null;
    if (gbCommon >= 0.15 && (big5 === null || commonShare(big5) + 0.02 < gbCommon)) return result(gb, 'gb18030', false, controlWarning(gb));
  }

  // Detection.
  const detected = detect(bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes);
  const guess = detected.encoding ? canonicalEncoding(detected.encoding) : null;
  const chinese = new Set(['gb18030', 'big5', 'utf-16le', 'utf-16be']);
  const order: string[] = [];
  if (guess && chinese.has(guess) && detected.confidence >= DETECTION_CONFIDENCE) order.push(guess);
  for (const e of ['gb18030', 'big5']) if (!order.includes(e)) order.push(e);

  // GB18030 bytes often decode cleanly as Big5 and the other way round, as garbage made of rare
  // characters: among the clean decodes, the one richest in the commonest characters wins.
  const clean: Array<{ encoding: string; text: string; score: number }> = [];
  for (const encoding of order) {
    const text = tryFatal(bytes, encoding);
    if (text !== null && (encoding === guess || cjkShare(text) >= 0.5)) {
      clean.push({ encoding, text, score: commonShare(text) + (encoding === guess ? 0.02 : 0) });
    }
  }
  clean.sort((a, b) => b.score - a.score);
  if (clean[0]) return result(clean[0].text, clean[0].encoding, false, controlWarning(clean[0].text));

  // A non-Chinese single-byte encoding that decodes cleanly: use it, but say so.
  if (guess && !chinese.has(guess) && guess !== 'utf-8') {
    const text = tryFatal(bytes, guess);
    if (text !== null) {
      return result(
        text,
        guess,
        false,
        say(
          `识别为 ${guess} 编码(非中文编码),内容可能不是中文或编码识别有误。`,
          `Detected as ${guess}, which is not a Chinese encoding: the text may be garbled.`,
        ),
        controlWarning(text),
      );
    }
  }

  const fallback = guess && chinese.has(guess) ? guess : 'gb18030';
  const text = decodeLoose(bytes, fallback);
  return result(
    text,
    fallback,
    false,
    replacementWarning(text, fallback, false) ??
      say(`无法确定文件编码,已按 ${fallback} 解码。`, `The encoding could not be determined; decoded as ${fallback}.`),
    controlWarning(text),
  );
}
