// Traditional-script copies (mirror sites: 南昌縣, 個, 項, 億元) are converted to simplified for detection
// only (meta, junk), with opencc-js (t → cn). Simplified text is left alone: t2s would turn 乾县 into 干县.
// Pinyin glued after characters ("長(zhǎng)沙縣") is removed first.
import { Converter } from 'opencc-js/t2cn';

let toSimplified: ((s: string) => string) | null = null;

function converter(): (s: string) => string {
  const c = toSimplified ?? Converter({ from: 't', to: 'cn' });
  toSimplified = c;
  return c;
}

const charCache = new Map<string, string>();

/** Character-by-character simplified copy with exactly the same UTF-16 offsets (for junk detection on
 *  traditional pages); characters whose simplified form has another length are kept as they are. */
export function simplifyChars(text: string): string {
  if (!isTraditional(text)) return text;
  const convert = converter();
  let out = '';
  for (const ch of text) {
    let s = charCache.get(ch);
    if (s === undefined) {
      s = ch.charCodeAt(0) < 0x2e80 ? ch : convert(ch);
      if (s.length !== ch.length) s = ch;
      charCache.set(ch, s);
    }
    out += s;
  }
  return out;
}

/** Characters that only traditional text uses, common in reports, and their simplified forms. */
const TRADITIONAL = '縣個項億萬區國會與為這們發經關門開來對當點實體說從後應學業產務員動種進現題辦機構規範設報類總處參數據轉變歷幹論議導權義農貿財價質營術檢監認證團護環鄉鎮紀師條書舉將專導險網鐵長際極';
const SIMPLIFIED = '县个项亿万区国会与为这们发经关门开来对当点实体说从后应学业产务员动种进现题办机构规范设报类总处参数据转变历干论议导权义农贸财价质营术检监认证团护环乡镇纪师条书举将专导险网铁长际极';
// 1 = traditional, 2 = simplified: one table lookup per character (this runs on every imported report)
const scriptOf = new Uint8Array(0x10000);
for (const ch of TRADITIONAL) scriptOf[ch.charCodeAt(0)] = 1;
for (const ch of SIMPLIFIED) scriptOf[ch.charCodeAt(0)] = 2;

export function isTraditional(text: string): boolean {
  const n = Math.min(text.length, 20_000);
  let t = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const kind = scriptOf[text.charCodeAt(i)];
    if (kind === 1) t++;
    else if (kind === 2) s++;
  }
  return t >= 5 && t > s;
}

const PINYIN = /([\u3400-\u9fff])\s*[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[1-5]?\s*[)）]/g;
// the bracketed part alone, tried only at brackets: most texts have none and skip the full pattern, which is
// tried at every Chinese character
const BRACKETED = /[(（]\s*[a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]{1,7}[1-5]?\s*[)）]/;

export function stripPinyin(text: string): string {
  return BRACKETED.test(text) ? text.replace(PINYIN, '$1') : text;
}

/** Simplified form for detection; the line structure is kept (same number of lines). */
export function forDetection(text: string): string {
  const plain = stripPinyin(text);
  if (!isTraditional(plain)) return plain;
  const converted = converter()(plain);
  if (converted.split('\n').length === plain.split('\n').length) return converted;
  return plain
    .split('\n')
    .map((line) => converter()(line))
    .join('\n');
}
