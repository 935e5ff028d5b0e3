// The number grammar: Arabic (thousands separators, decimals), Chinese numerals (十几, 四百多, 三万五千,
// 两千), mixed forms (3.1万, 860余万, 2.9万余), and 百分之/千分之. Works on folded text (see fold.ts), so
// full-width digits and 萬/億/兩 are already ASCII and simplified here.

export type NumberScript = 'arabic' | 'chinese';

export interface NumberToken {
  start: number;
  /** After the numeral, its scale (万/亿) and any hedge written inside it (3.1万余 ends after 余). */
  end: number;
  /** In plain units: 3.1万 → 31000. */
  value: number;
  /** Place value of the last significant digit as written (3.1万 → 1000, 200 → 100, 98.7 → 0.1). */
  step: number;
  script: NumberScript;
  /** The numeral core as written, without scale or hedge: '3.1', '四百', '一'. */
  core: string;
  /** 余/多/几 written inside or right after the numeral (3.1万余, 860余万, 四百多, 十几). */
  innerHedge: '余' | '多' | '几' | null;
  /** A 万/亿/千 multiplier followed the digits (3.1万, 1.5亿, 两千 is not: that is all numeral). */
  scaled: boolean;
  /** A Chinese numeral that starts with 百/千/万/亿 and no digit: a size word (百万人口) unless hedged. */
  bareScale: boolean;
  /** Chinese digits only, no place characters (二〇二四, 三四): a year or an approximation, never a count. */
  digitString: boolean;
  /** Arabic integer written with a leading zero (0731): a code. */
  leadingZero: boolean;
  /** Number of digits before the decimal point, for Arabic numbers (years have 4). */
  integerDigits: number;
  hasDecimal: boolean;
  /** Set for 百分之X / 千分之X: the unit is written in front. */
  percent: '%' | '‰' | null;
}

const CN_DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_PLACE: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Characters that can start or continue a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '〇零一二三四五六七八九两十百千万亿';

export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isChineseNumeralChar(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && CHINESE_NUMERAL_CHARS.includes(ch);
}

/** Place value of the last significant digit of a value (31000 → 1000, 98.7 → 0.1, 0 → 1). */
export function stepOf(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  if (Number.isInteger(value) && value < 1e15) {
    let v = Math.abs(value);
    let step = 1;
    while (v % 10 === 0) {
      v /= 10;
      step *= 10;
    }
    return step;
  }
  const [mantissa, exponent] = Math.abs(value).toExponential().split('e');
  const digits = mantissa!.replace('.', '');
  return Number(`1e${Number(exponent) - (digits.length - 1)}`);
}

/** Decimal digits times 10^exponent without binary rounding: ('31', 3) → 31000, never 31000.000000000004. */
function decimalValue(digits: string, exponent: number): number {
  return exponent === 0 ? Number(digits) : Number(`${digits}e${exponent}`);
}

export interface ChineseNumeral {
  value: number;
  /** Digits only, no 十百千万亿 (二〇二四): read digit by digit. */
  digitString: boolean;
  /** Starts with 百/千/万/亿, not with a digit or 十. */
  bareScale: boolean;
}

/**
 * Reads a run of Chinese numeral characters (with an optional 点 decimal part), or null when the run is
 * not one number (十四五, 三百四百). 一万二 and 三千五 read with the implied next place (12000, 3500).
 */
export function parseChineseNumeral(run: string): ChineseNumeral | null {
  if (run.length === 0) return null;
  const dot = run.indexOf('点');
  const intPart = dot >= 0 ? run.slice(0, dot) : run;
  const fracPart = dot >= 0 ? run.slice(dot + 1) : '';
  let fracDigits = '';
  for (const ch of fracPart) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return null;
    fracDigits += String(d);
  }
  if (dot >= 0 && fracDigits.length === 0) return null;

  let allDigits = intPart.length > 0;
  for (const ch of intPart) if (CN_DIGIT[ch] === undefined) allDigits = false;
  if (allDigits && intPart.length > 1) {
    let s = '';
    for (const ch of intPart) s += String(CN_DIGIT[ch]);
    return { value: Number(s), digitString: true, bareScale: false };
  }

  let total = 0; // everything above the current 万 section
  let section = 0; // the current section below 万
  let pending = -1; // a digit waiting for its place
  let lastSmallPlace = 0; // 十/百/千 seen in this section, to reject 十百
  let prevUnit = 0; // value of the place character right before the pending digit
  let zeroSeen = false;
  let lastBig = Infinity;
  const first = intPart[0]!;
  const bareScale = first === '百' || first === '千' || first === '万' || first === '亿';

  for (const ch of intPart) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (pending >= 0) return null; // 十四五: two digits in a row
      if (d === 0) {
        zeroSeen = true;
        continue;
      }
      pending = d;
      continue;
    }
    const place = CN_PLACE[ch];
    if (place !== undefined) {
      if (lastSmallPlace !== 0 && place >= lastSmallPlace) return null;
      const n = pending >= 0 ? pending : section === 0 && total === 0 ? 1 : place === 10 ? 1 : -1;
      if (n < 0) return null;
      section += n * place;
      pending = -1;
      lastSmallPlace = place;
      prevUnit = place;
      zeroSeen = false;
      continue;
    }
    const big = CN_BIG[ch];
    if (big === undefined) return null;
    if (pending >= 0) section += pending;
    pending = -1;
    if (section === 0 && total === 0) section = 1; // 万, 亿 alone: bare size words
    if (big === 1e4) {
      if (lastBig <= 1e4 && section === 0) return null; // 万万
      total += section * 1e4;
    } else {
      total = (total + section) * 1e8;
    }
    section = 0;
    lastSmallPlace = 0;
    lastBig = big;
    prevUnit = big;
    zeroSeen = false;
  }
  if (pending >= 0) {
    // 一万二, 三千五: a last digit right after a place character takes the next place down.
    const implied = !zeroSeen && prevUnit >= 100 ? prevUnit / 10 : 1;
    section += pending * implied;
  }
  const intValue = total + section;
  const value = fracDigits ? Number(`${intValue}.${fracDigits}`) : intValue;
  if (!Number.isFinite(value)) return null;
  return { value, digitString: false, bareScale };
}

function isScaleChar(ch: string | undefined): boolean {
  return ch === '万' || ch === '亿';
}

/** Units that begin with 千/百 and so must not be read as a multiplier (5千米 is 5 km, not 5000 米). */
const PLACE_LED_UNITS = ['千米', '千克', '千瓦', '千公顷', '千伏', '百分点', '千分之', '百分之'];

function startsPlaceLedUnit(f: string, i: number): boolean {
  for (const u of PLACE_LED_UNITS) if (f.startsWith(u, i)) return true;
  return false;
}

interface ScaleRead {
  end: number;
  multiplier: number;
  hedge: '余' | '多' | null;
}

/** After the digits: [余|多] 万/亿/千万/百万… [余|多]. 860余万, 3.1万余, 46万余, 两千多万. */
function readScaleAndHedge(f: string, i: number, allowPlaceMultiplier: boolean): ScaleRead {
  let hedge: '余' | '多' | null = null;
  let multiplier = 1;
  const c0 = f[i];
  if ((c0 === '余' || c0 === '多') && (isScaleChar(f[i + 1]) || (allowPlaceMultiplier && isPlaceMultiplier(f, i + 1)))) {
    hedge = c0;
    i++;
  }
  for (let k = 0; k < 3; k++) {
    const c = f[i];
    if (c === '万') multiplier *= 1e4;
    else if (c === '亿') multiplier *= 1e8;
    else if (allowPlaceMultiplier && k === 0 && isPlaceMultiplier(f, i)) multiplier *= c === '千' ? 1e3 : 100;
    else break;
    i++;
  }
  if (hedge === null && (f[i] === '余' || f[i] === '多')) {
    hedge = f[i] as '余' | '多';
    i++;
  }
  return { end: i, multiplier, hedge };
}

/** 千/百 right after Arabic digits scale them only before 万/亿 or a hedge: 5千万, 3千余; never 5千米. */
function isPlaceMultiplier(f: string, i: number): boolean {
  const c = f[i];
  if (c !== '千' && c !== '百') return false;
  if (startsPlaceLedUnit(f, i)) return false;
  const next = f[i + 1];
  return isScaleChar(next) || next === '余' || next === '多' || (c === '千' && next !== undefined && /[元人件个项名家户]/.test(next));
}

/** 1.5 亿元, 3.1 万余件: some sources (copies of PDFs) put a space between the digits and 万/亿. How many to pass over
 *  (up to two, never a line break); 0 unless 万/亿 (after an optional 余/多) follows them. */
function spacesBeforeScale(f: string, i: number): number {
  let k = 0;
  while (k < 2 && (f[i + k] === ' ' || f[i + k] === '\u00a0' || f[i + k] === '\u3000')) k++;
  if (k === 0) return 0;
  const c = f[i + k] === '余' || f[i + k] === '多' ? f[i + k + 1] : f[i + k];
  return c === '万' || c === '亿' ? k : 0;
}

function readArabic(f: string, p: number): NumberToken | null {
  const n = f.length;
  let i = p;
  while (i < n && isAsciiDigit(f.charCodeAt(i))) i++;
  let intDigits = f.slice(p, i);
  // 1,234,567: groups of exactly three digits after a first group of one to three.
  if (intDigits.length <= 3) {
    while (
      f[i] === ',' &&
      i + 3 < n + 1 &&
      isAsciiDigit(f.charCodeAt(i + 1)) &&
      isAsciiDigit(f.charCodeAt(i + 2)) &&
      isAsciiDigit(f.charCodeAt(i + 3)) &&
      !isAsciiDigit(f.charCodeAt(i + 4))
    ) {
      intDigits += f.slice(i + 1, i + 4);
      i += 4;
    }
  }
  let fracDigits = '';
  if (f[i] === '.' && isAsciiDigit(f.charCodeAt(i + 1))) {
    const s = i + 1;
    i = s;
    while (i < n && isAsciiDigit(f.charCodeAt(i))) i++;
    fracDigits = f.slice(s, i);
  }
  const coreEnd = i;
  const scale = readScaleAndHedge(f, i + spacesBeforeScale(f, i), true);
  const exponent = -fracDigits.length + Math.round(Math.log10(scale.multiplier));
  const digits = intDigits + fracDigits;
  const value = decimalValue(digits, exponent);
  if (!Number.isFinite(value)) return null;
  let last = digits.length - 1;
  while (last > 0 && digits[last] === '0') last--;
  return {
    start: p,
    end: scale.end,
    value,
    step: value === 0 ? 1 : decimalValue('1', exponent + (digits.length - 1 - last)),
    script: 'arabic',
    core: f.slice(p, coreEnd),
    innerHedge: scale.hedge,
    scaled: scale.multiplier !== 1,
    bareScale: false,
    digitString: false,
    leadingZero: intDigits.length > 1 && intDigits[0] === '0',
    integerDigits: intDigits.length,
    hasDecimal: fracDigits.length > 0,
    percent: null,
  };
}

/** The maximal run of numeral characters at p, with a 点 decimal part when digits follow it. */
function chineseRunEnd(f: string, p: number): number {
  const n = f.length;
  let i = p;
  let sawDot = false;
  while (i < n) {
    const c = f[i]!;
    if (CHINESE_NUMERAL_CHARS.includes(c)) {
      i++;
      continue;
    }
    if (c === '点' && !sawDot && i > p && CN_DIGIT[f[i + 1] ?? ''] !== undefined) {
      sawDot = true;
      i++;
      continue;
    }
    break;
  }
  return i;
}

function readChinese(f: string, p: number): NumberToken | null {
  let runEnd = chineseRunEnd(f, p);
  // 三千多万: a hedge may sit before the last 万/亿; read the run up to it, the rest is scale.
  const parsed = parseChineseNumeral(f.slice(p, runEnd));
  if (parsed === null) return null;
  const core = f.slice(p, runEnd);
  let hedge: '余' | '多' | '几' | null = null;
  let value = parsed.value;
  let i = runEnd;
  if (f[i] === '几' && core.endsWith('十')) {
    hedge = '几';
    i++;
  }
  if (hedge === null) {
    const scale = readScaleAndHedge(f, i, false);
    if (scale.hedge !== null || scale.multiplier !== 1) {
      hedge = scale.hedge;
      value = value * scale.multiplier;
      i = scale.end;
    }
  }
  runEnd = i;
  if (!Number.isFinite(value)) return null;
  return {
    start: p,
    end: runEnd,
    value,
    step: stepOf(value),
    script: 'chinese',
    core,
    innerHedge: hedge,
    scaled: false,
    bareScale: parsed.bareScale,
    digitString: parsed.digitString,
    leadingZero: false,
    integerDigits: 0,
    hasDecimal: core.includes('点'),
    percent: null,
  };
}

/**
 * Reads the number that starts at p in folded text, or null. p must be the start of a run: the caller
 * skips positions right after another digit or numeral character.
 */
export function readNumber(f: string, p: number): NumberToken | null {
  const c = f.charCodeAt(p);
  if (isAsciiDigit(c)) return readArabic(f, p);
  const ch = f[p];
  if ((ch === '百' || ch === '千') && f.startsWith('分之', p + 1)) {
    const q = p + 3;
    const inner = isAsciiDigit(f.charCodeAt(q)) ? readArabic(f, q) : isChineseNumeralChar(f[q]) ? readChinese(f, q) : null;
    if (inner === null || inner.digitString || inner.innerHedge !== null || inner.scaled) return null;
    const core = f.slice(q, inner.end);
    return {
      ...inner,
      start: p,
      core,
      bareScale: false,
      leadingZero: false,
      percent: ch === '百' ? '%' : '‰',
    };
  }
  if (isChineseNumeralChar(ch)) return readChinese(f, p);
  return null;
}
