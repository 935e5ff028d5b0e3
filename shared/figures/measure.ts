// What a figure measures of its indicator, and whether it is an actual. 地区生产总值1195.6亿元 is a level,
// 地区生产总值增长8.7% a growth rate, 占比64.8% a share, 提高0.8个百分点 and 较去年减少307项 changes,
// 前移4位 a rank; 预计完成… is an estimate and 力争增长6% a target: neither is charted as what happened.
import type { FigureMeasure, FigureStatus } from './types.ts';

const RANK_WORDS = /前移|后移|进位|退位|排名|位次|名次|前进|跃升/;
const GROWTH_NAME = /(?:增长率|增速|增幅|涨幅|降幅|减幅)(?:为|达到|达|是)?$/;

// 可比增长1.6%, 同口径增长12.6%, 增长12.6%(同口径): the basis is named at the rate itself. (按可比价格计算 in
// an earlier clause is how GDP growth is always stated: plain growth.)
const ADJUSTED_BEFORE = /(?:可比|同口径|剔除[^，,。]{0,12}(?:因素|影响)后?)(?:同比)?(?:分别)?(?:增长|下降|增加|减少|提高)[为达]?$/;
const ADJUSTED_AFTER = /^\s*[(（](?:同口径|可比口径|可比价|按可比价格计算)[)）]/;

export interface MeasureRequest {
  unit: string;
  isChange: boolean;
  /** The clause before the number, and a few characters after the figure (folded text). */
  before: string;
  after: string;
}

export function measureOf(r: MeasureRequest): FigureMeasure {
  const percent = r.unit === '%' || r.unit === '‰';
  if (r.unit === '位' && RANK_WORDS.test(r.before)) return 'rank';
  if (r.isChange && percent && (ADJUSTED_BEFORE.test(r.before.slice(-24)) || ADJUSTED_AFTER.test(r.after))) return 'adjusted-growth';
  if (r.isChange) return percent || r.unit === '倍' ? 'growth' : 'change';
  if (r.unit === '个百分点') return 'change';
  if (percent) return GROWTH_NAME.test(r.before) ? 'growth' : 'share';
  return 'level';
}

const ESTIMATE = /预计|预估|估计|有望/;
// 控制在5.5%以内 alone reports what happened; with 确保 or 力争 in front it is a target
const TARGET_IN_CLAUSE = /力争|争取|计划|(?<!生育)目标|预期|确保|拟|要求|不低于|不少于/;
const TARGET_LEAD = /(?:预期目标|主要目标|目标任务|发展目标|目标是|目标为|奋斗目标)/;

/** Words without which a sentence (and the paragraph before it) holds only actuals: a cheap test before statusOf. */
export const STATUS_HINT = /预计|预估|估计|有望|力争|争取|计划|目标|预期|确保|拟|要求|不低于|不少于/;

export interface StatusRequest {
  /** Folded text, and the clause and paragraph starts before the number. */
  f: string;
  clauseStart: number;
  sentenceStart: number;
  numberStart: number;
}

/** actual, or estimate (预计), or target (力争, 目标, or a sentence or paragraph that sets targets). */
export function statusOf(r: StatusRequest): FigureStatus {
  const clause = r.f.slice(r.clauseStart, r.numberStart);
  // 预计分别完成1585亿元、1530亿元，分别增长15.5%、14.2%: the estimate holds to the end of the sentence
  if (ESTIMATE.test(r.f.slice(r.sentenceStart, r.numberStart))) return 'estimate';
  if (TARGET_IN_CLAUSE.test(clause)) return 'target';
  if (TARGET_LEAD.test(r.f.slice(r.sentenceStart, r.numberStart))) return 'target';
  // 今年主要预期目标是：…；…；… — the lead-in opens the paragraph, the items are their own sentences
  const paragraphStart = r.f.lastIndexOf('\n', r.numberStart - 1) + 1;
  const lead = r.f.slice(Math.max(paragraphStart, r.numberStart - 300), r.numberStart);
  const opener = /(?:预期目标|主要目标)[^。\n]{0,12}[:：][^。]*$/.exec(lead);
  if (opener) return 'target';
  return 'actual';
}
