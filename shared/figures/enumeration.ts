// Figures listed against names listed: 财政总收入、一般公共预算收入分别实现156.8亿元、79.3亿元,同比增长11%、12.6%
// gives 156.8亿元 and 11% to 财政总收入, 79.3亿元 and 12.6% to 一般公共预算收入 — never both to the first name.
import { cleanBefore } from './indicator-phrase.ts';

/** A run of figures listed one after another (、 和 及 与 between them), as indexes into the found figures. */
export interface FigureRun {
  first: number;
  last: number;
}

const SEPARATOR = /、|以及|和|及|与/;

/** The names before 分别 in a clause head, in order, or null when there is no such list. */
export function namesBeforeRespectively(head: string): string[] | null {
  const at = head.lastIndexOf('分别');
  if (at <= 0) return null;
  const cleaned = cleanBefore(head.slice(0, at));
  const items = splitTopLevel(cleaned).map((s) => s.trim()).filter((s) => s.length > 0);
  if (items.length < 2) return null;
  return shareHeadNoun(items);
}

/** Splits at 、/和/及/与 outside brackets and quotes. */
function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if ('（(“《'.includes(ch)) depth++;
    else if ('）)”》'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0) {
      const m = SEPARATOR.exec(s.slice(i, i + 2));
      if (m && m.index === 0) {
        out.push(s.slice(from, i));
        from = i + m[0].length;
        i = from - 1;
      }
    }
  }
  out.push(s.slice(from));
  return out;
}

/** 城镇、农村居民人均可支配收入: a short modifier borrows the head noun of the last name (城镇居民人均可支配收入). */
function shareHeadNoun(items: string[]): string[] {
  const last = items[items.length - 1]!;
  return items.map((item, k) => {
    if (k === items.length - 1 || item.length > 3 || last.length < item.length + 3) return item;
    return item + last.slice(item.length);
  });
}
