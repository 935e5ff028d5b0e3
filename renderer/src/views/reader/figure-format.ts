// How the reader shows a figure's numbers, the key that ties a figure to its indicator's trend, and a first
// guess at the value of text the user selects to add as a figure.

export interface IndicatorRef {
  indicator: string;
  indicatorId: string | null;
}

/** The indicator as the trends view names it: the dictionary id, or `label:<phrase>` when none matched. */
export const indicatorKey = (f: IndicatorRef): string => f.indicatorId ?? `label:${f.indicator}`;

/** 31000 → "31,000"; 98.7 → "98.7"; 0.125 → "0.125". */
export function formatNumber(value: number): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: 4 });
}

/** Large values as a reader says them: 150000000 → "1.5亿", 31000 → "3.1万"; null when the plain number reads fine. */
export function inWanYi(value: number): string | null {
  const abs = Math.abs(value);
  const short = (n: number) => String(Number(n.toFixed(4)));
  if (abs >= 1e8) return `${short(value / 1e8)}亿`;
  if (abs >= 1e4) return `${short(value / 1e4)}万`;
  return null;
}

/** "31,000 件", "98.7%", "1.5 个百分点". */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  return unit === '%' || unit === '‰' ? `${n}${unit}` : `${n} ${unit}`;
}

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三百二十 → 320, 十五 → 15, 二〇二三 → 2023 (digit by digit when there is no 十百千). */
export function parseChineseInteger(s: string): number | null {
  if (!s || ![...s].every((c) => c in DIGITS || c in SMALL_UNITS)) return null;
  if (![...s].some((c) => c in SMALL_UNITS)) return Number([...s].map((c) => DIGITS[c]).join(''));
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in DIGITS) digit = DIGITS[c]!;
    else {
      total += (digit || 1) * SMALL_UNITS[c]!;
      digit = 0;
    }
  }
  return total + digit;
}

export interface FigureGuess {
  value: number | null;
  unit: string;
}

/**
 * A first guess at what selected text says: "3.1万余件" → 31000 件, "1.5亿元" → 150000000 元, "98.7%" → 98.7 %,
 * "三百人次" → 300 人次. The user checks and edits it before it is saved.
 */
export function guessFigure(selected: string): FigureGuess {
  const s = selected.trim().replace(/[,，](?=\d{3})/g, '').replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const m = /^(?:近|超过|超|约|逾|将近|不足|至少)?(\d+(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(万|亿)?(?:余|多)?(.*)$/.exec(s);
  if (!m) return { value: null, unit: '' };
  const [, digits, scale, rest] = m;
  let value = /\d/.test(digits!) ? Number(digits) : parseChineseInteger(digits!);
  if (value === null || !Number.isFinite(value)) return { value: null, unit: '' };
  if (scale === '万') value *= 1e4;
  if (scale === '亿') value *= 1e8;
  let unit = rest!.replace(/^(?:余|多)/, '').replace(/(?:以上|左右)$/, '').trim();
  if (unit.startsWith('万元')) {
    value *= 1e4;
    unit = '元';
  } else if (unit.startsWith('亿元')) {
    value *= 1e8;
    unit = '元';
  }
  return { value: Number(value.toPrecision(12)), unit: unit.slice(0, 12) };
}
