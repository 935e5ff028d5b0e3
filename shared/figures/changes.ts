// Change figures: 同比下降14.04%, 压减41.7%, 提高0.8个百分点, 较去年减少307项, 增长1.5倍. The value stays
// positive as written; the direction comes from the verb. 降至/提高到 name the new level, not a change,
// and 新增 counts additions, so neither is a change.

export type Direction = 'up' | 'down';

export interface ChangeMark {
  /** Where the change words start (the comparison, e.g. 同比, when there is one). */
  start: number;
  direction: Direction;
}

const UP = new Set(['增长', '增加', '上升', '提高', '提升', '上涨', '攀升', '扩大', '加快', '提速', '前移', '增幅', '增速', '涨幅', '增', '涨', '多', '升']);

const COMPARISON = '(?:同比|环比|比上年同期|比上年末|比上年|比去年同期|比去年|较上年同期|较上年末|较上年|较去年同期|较去年|较年初|比年初|较\\d{4}年|比\\d{4}年|年均|平均每年)';
const VERBS2 =
  '(增长|增加|上升|提高|提升|上涨|攀升|扩大|加快|提速|前移|下降|减少|降低|压减|压缩|缩短|下跌|回落|缩减|收窄|缩小|下滑|减轻|后移|减幅|增幅|增速|涨幅|降幅)(?:为|达|达到)?';
const VERBS1 = '(增|减|降|涨|多|少|升)';
// Two-character verbs stand alone (压减41.7%); one-character ones need a comparison (同比增5%, 比上年多3个).
const CHANGE_BEFORE = new RegExp(`(?:${COMPARISON}(?:分别)?${VERBS1}|(?<!新)${COMPARISON}?(?:分别)?${VERBS2})了?\\s?$`);

// Every change phrase ends with one of these (the verb's last character or 为/达/到).
const LAST_CHARS = new Set('长加升高涨大快速移降少低减缩短跌落窄小滑轻幅多为达到增');

/** The change words right before a number (or its leading hedge) at `pos`, or null. */
export function readChange(f: string, pos: number, lowerBound: number): ChangeMark | null {
  let last = pos - 1;
  if (f[last] === ' ') last--;
  if (f[last] === '了') last--;
  if (!LAST_CHARS.has(f[last] ?? '')) return null;
  const from = Math.max(lowerBound, pos - 16);
  const m = CHANGE_BEFORE.exec(f.slice(from, pos));
  if (!m) return null;
  const verb = m[1] ?? m[2] ?? '';
  return { start: from + m.index, direction: UP.has(verb) ? 'up' : 'down' };
}
