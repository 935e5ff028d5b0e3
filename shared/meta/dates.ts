// Dates and years as Chinese reports write them: 2025年2月21日, 2025-01-17, 2025/1/17, 二〇二五年二月二十一日.

const CN_DIGIT: Record<string, number> = {
  '〇': 0, '○': 0, 'Ｏ': 0, O: 0, '零': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};

/** 二〇二四 → 2024 (digit by digit). */
function cnYear(s: string): number | null {
  if (/^\d{4}$/.test(s)) return Number(s);
  let n = 0;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d === undefined) return null;
    n = n * 10 + d;
  }
  return n;
}

/** 十二 → 12, 二十一 → 21, 三 → 3. */
function cnSmall(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二三])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? CN_DIGIT[m[1]]! : 1) * 10 + (m[2] ? CN_DIGIT[m[2]]! : 0);
  if (/^[一二三四五六七八九]$/.test(s)) return CN_DIGIT[s]!;
  return null;
}

/** Rewrites Chinese-numeral years (二〇二四年) as digits, same text otherwise. */
export function arabicYears(s: string): string {
  return s.replace(/([一二][〇○Ｏ零一二三四五六七八九]{3})(?=\s*年)/g, (m) => String(cnYear(m) ?? m));
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d?: number): boolean {
  if (y < 1980 || y > 2100 || m < 1 || m > 12) return false;
  if (d !== undefined && (d < 1 || d > 31)) return false;
  return true;
}

const DATE_NUM = /(\d{4})\s*(?:年|[-/.．])\s*(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})\s*日?/;
const DATE_CN = /((?:19|20)\d{2}|[一二][〇○Ｏ零一二三四五六七八九]{3})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/;
const MONTH_NUM = /(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)/;

/** First date in the string as ISO 'YYYY-MM-DD' (or 'YYYY-MM' when only a month is given). */
export function parseDate(s: string): { iso: string; index: number; length: number } | null {
  const found: Array<{ iso: string; index: number; length: number }> = [];
  const num = DATE_NUM.exec(s);
  if (num) {
    const [y, m, d] = [Number(num[1]), Number(num[2]), Number(num[3])];
    if (valid(y, m, d)) found.push({ iso: `${y}-${pad(m)}-${pad(d)}`, index: num.index, length: num[0].length });
  }
  const cn = DATE_CN.exec(s);
  if (cn) {
    const y = cnYear(cn[1]!);
    const m = cnSmall(cn[2]!);
    const d = cnSmall(cn[3]!);
    if (y !== null && m !== null && d !== null && valid(y, m, d)) {
      found.push({ iso: `${y}-${pad(m)}-${pad(d)}`, index: cn.index, length: cn[0].length });
    }
  }
  if (found.length === 0) {
    const mo = MONTH_NUM.exec(s);
    if (mo && valid(Number(mo[1]), Number(mo[2]))) {
      found.push({ iso: `${mo[1]}-${pad(Number(mo[2]))}`, index: mo.index, length: mo[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}

/** A line that is only a date (a 落款 date). */
export function dateOnlyLine(line: string): string | null {
  const s = line.replace(/[\s\u3000]/g, '');
  if (s.length > 20) return null;
  const d = parseDate(s);
  if (!d || d.index !== 0 || d.length !== s.length) return null;
  return d.iso;
}
