// What looks like a figure but is not one: years and dates, ordinals and sessions, plan periods,
// document numbers and codes, list numbering, slogans and policy names, rankings, idioms, tiers,
// ratios, page counters, thresholds inside names. Two layers: ranges blocked as a whole (quotes,
// book titles, slogans, metadata lines) and rules that look at one number in its context.
import type { NumberToken } from './numbers.ts';
import type { LeadingHedge, TrailingHedge } from './qualifiers.ts';
import type { UnitMatch } from './units.ts';

export interface TextRange {
  start: number;
  end: number;
}

// Idioms with a numeral and a measure word, which count nothing.
const IDIOMS = [
  '三番五次', '三天两头', '三年五载', '一年半载', '千家万户', '千军万马', '万水千山', '三五成群', '八九不离十',
  '四面八方', '一五一十', '千方百计', '万无一失', '十全十美', '五花八门', '七上八下', '九牛一毛', '三言两语',
  '三心二意', '接二连三', '一年四季', '四通八达', '五湖四海', '千变万化', '千丝万缕', '成千上万', '数以万计',
  '百年大计', '千秋万代', '万众一心', '三令五申', '一清二楚', '三三两两', '十万火急', '两手抓', '两手硬',
];

// Political formulas and policy names that read like "numeral + measure word" (八项规定, 四个意识):
// names of the genre, not counts. Quoted ones are caught by the quote rule anyway.
const SLOGANS = [
  '两个确立', '两个维护', '四个意识', '四个自信', '四个全面', '五位一体', '四位一体', '三位一体', '三个代表',
  '两个大局', '两个一百年', '三个务必', '四个最严', '两个毫不动摇', '四下基层', '三重一大', '三会一课',
  '四不两直', '两不愁三保障', '六稳六保', '八项规定', '三严三实', '四个一批', '三项制度', '两个责任',
  '三个区分开来', '三个必须', '五个必由之路', '两个结合', '两学一做', '一岗双责', '两个全覆盖', '三次产业',
  '两个健康', '三个一百', '五个一工程', '两个先行', '三支一扶', '五险一金', '两个根本', '三个转变',
  '两个至上', '三个有利于', '四个服务', '六个坚持', '十个坚持', '两个作用', '三个效果', '三同步',
];

// Metadata labels on saved pages: what follows on the same line is a code, a date or a counter.
const META_LABEL =
  /[\s【[|丨·](?:索\s*引\s*号|发文字号|文\s*号|备案号|ICP备|网站标识码|标识码|邮\s*编|邮政编码|联系电话|电\s*话|传\s*真|主题分类|成文日期|发布日期|发布时间|更新时间|日\s*期|来\s*源|信息来源|浏览次数|阅读次数|访问次数|访问量|点击量|点击数|阅读量|浏览量|访客数|编\s*号)\s*$/;
const QUOTES = /“[^“”\n。！？；]{0,40}”|‘[^‘’\n。！？；]{0,40}’|「[^「」\n。！？；]{0,40}」|『[^『』\n。！？；]{0,40}』|"[^"\n。！？；]{0,40}"/g;
const TITLES = /《[^《》\n]{0,150}》|〈[^〈〉\n]{0,80}〉/g;
const NAMES = new RegExp([...IDIOMS, ...SLOGANS].join('|'), 'g');
const NAME_REACH = Math.max(...[...IDIOMS, ...SLOGANS].map((w) => w.length));

function collect(re: RegExp, f: string, out: TextRange[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(f); m !== null; m = re.exec(f)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
}

/** 索引号：…, 联系电话：…: from a metadata label to the end of its line. Colons are rare, so start there. */
function collectMetaLines(f: string, out: TextRange[]): void {
  const colon = /[:：]/g;
  for (let m = colon.exec(f); m !== null; m = colon.exec(f)) {
    const i = m.index;
    const from = Math.max(0, i - 12);
    // The character before the window stands in for a line start when the label opens the text.
    const window = (from > 0 ? f[from - 1] : '\n') + f.slice(from, i);
    if (!META_LABEL.test(window)) continue;
    let end = f.indexOf('\n', i);
    if (end < 0) end = f.length;
    out.push({ start: i, end });
    colon.lastIndex = end;
  }
}

/** Ranges where nothing is a figure, sorted and merged: quotes, titles, metadata lines, skip. */
export function findBlockedRanges(f: string, skip: ReadonlyArray<TextRange> = []): TextRange[] {
  const ranges: TextRange[] = [];
  collect(QUOTES, f, ranges);
  collect(TITLES, f, ranges);
  collectMetaLines(f, ranges);
  for (const r of skip) {
    if (Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start) ranges.push({ start: r.start, end: r.end });
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ start: r.start, end: r.end });
  }
  return merged;
}

/** Tells whether positions fall in blocked ranges; positions must be asked in non-decreasing order. */
export function createRangeCursor(ranges: ReadonlyArray<TextRange>): (start: number, end: number) => boolean {
  let i = 0;
  return (start: number, end: number): boolean => {
    while (i < ranges.length && ranges[i]!.end <= start) i++;
    // Ranges are merged and sorted, so only the current one and the next can touch [start, end).
    for (let k = i; k < ranges.length && ranges[k]!.start < end; k++) {
      if (ranges[k]!.end > start) return true;
    }
    return false;
  };
}

const ASCII_LETTER = /[A-Za-z]/;
const CODE_BEFORE = '/\\_#@';
const FORMULA = '+×*';
const JOINERS = '-:：.·•~～—–/';
const CHINESE_NUMERAL_DIGITS = '一二三四五六七八九十两';
const SERVICE_WORDS =
  /^(?:内?的?)(?:自助|服务|便民|生活|经济|交通|通勤|公共|法律|政务|不打烊|值守|值班|在线|全天候|营业|开放|运转|响应|应急|健身|就医|养老|医疗|办事|出行|文化|教育|救援)/;
const CAMPAIGN_WORDS = /^(?:行动|攻坚|计划|规划|专项|工程|提升|大变样|倍增|翻番|振兴|会战|新突破)/;
/**
 * 连续12年稳居全省第一: a streak says how long a record held, it counts nothing (GENRE.md; the newer answer
 * keys agree, one seed key still counts 连续2年). Flip this to keep streaks as duration figures.
 */
export const STREAKS_ARE_FIGURES = false;
const STREAK_UNITS = new Set(['年', '届', '个月', '季度', '周', '次']);
// 跨越2500亿元、3000亿元台阶, 突破千亿大关: thresholds passed, not the level reached.
const MILESTONE_VERB = /跨越|迈上|跨上|站上|越过|跨过|登上|冲上|跃上|突破/;
const MILESTONE_NOUN = /台阶|大关|关口/;
const PERIOD_BEFORE = ['过去', '未来', '今后', '最近', '此前', '这', '此', '头', '前', '后', '近'];

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function prevNonSpace(f: string, pos: number): number {
  let i = pos - 1;
  while (i >= 0 && (f[i] === ' ' || f[i] === '\u3000')) i--;
  return i;
}

export interface Candidate {
  token: NumberToken;
  unit: UnitMatch | null;
  leading: LeadingHedge | null;
  trailing: TrailingHedge | null;
  /** Start of the clause the number stands in (after the last ，；。 etc.). */
  clauseStart: number;
  clauseEnd: number;
}

/** Why the number is not a figure, or null when it is one. Reasons are short English tags. */
export function notAFigureReason(f: string, c: Candidate): string | null {
  const t = c.token;
  const start = t.start;
  const end = t.end;
  const before = f[start - 1];
  const after = f[end];

  if (t.leadingZero) return 'code';
  if ((before !== undefined && ASCII_LETTER.test(before)) || (after !== undefined && ASCII_LETTER.test(after) && !c.unit)) {
    return 'code';
  }
  if (before !== undefined && CODE_BEFORE.includes(before)) return 'code';
  if (before !== undefined && FORMULA.includes(before)) return 'formula';
  if (after !== undefined && FORMULA.includes(after)) return 'formula';
  if (before !== undefined && JOINERS.includes(before) && isDigit(f[start - 2])) return 'joined to another number';
  if (after !== undefined && JOINERS.includes(after) && isDigit(f[end + 1])) return 'joined to another number';

  if (t.script === 'chinese' && insideName(f, start, end)) return 'slogan or idiom';

  const p = prevNonSpace(f, start);
  const prev = f[p];
  if (prev === '第') return 'ordinal';
  if (prev === '每') return 'rate basis';
  if (prev === '前' && c.unit && (c.unit.unit === '名' || c.unit.unit === '位')) return 'ranking';
  if (isListNumber(f, c)) return 'list number';

  if (t.percent === null && t.script === 'chinese') {
    if (t.digitString) return 'digit string';
    if (t.core === '一') return 'article';
    if (t.core === '零' || t.core === '〇') return 'zero word';
    if (t.core === '二') return 'ordinal';
    if (t.bareScale && !(c.leading && c.leading.adjacent && '超近逾约'.includes(c.leading.qualifier))) return 'size word';
    if (c.unit && CHINESE_NUMERAL_DIGITS.includes(f[c.unit.end] ?? '')) return 'slogan';
    // 突出了三个重点：一是…: a count that announces the list after it says how the text is laid out
    if (c.unit && /^[\u4e00-\u9fff]{1,6}[:：]\s*(?:一是|第一|首先|[(（]?一[)）、])/.test(f.slice(c.unit.end, c.unit.end + 14))) return 'list intro';
  }

  const u = c.unit;
  if (!u) return null;
  const rest = f.slice(u.end, u.end + 8);
  if (u.unit === '年') {
    if (t.script === 'arabic' && t.integerDigits === 4 && !t.hasDecimal && t.value >= 1000 && t.value < 2200) return 'year';
    if (CAMPAIGN_WORDS.test(rest)) return 'campaign name';
  }
  if (!STREAKS_ARE_FIGURES && STREAK_UNITS.has(u.unit) && f.startsWith('连续', prevNonSpace(f, start) - 1)) return 'streak';
  // 秦始皇二十六年(前221): a reign year with its western year after it
  if (u.unit === '年' && /^\s*[(（]前?\d{2,4}年?[)）]/.test(rest)) return 'era year';
  if (MILESTONE_NOUN.test(f.slice(u.end, c.clauseEnd)) && MILESTONE_VERB.test(f.slice(c.clauseStart, start))) return 'milestone';
  if (u.unit === '年' || u.unit === '个月' || u.unit === '天') {
    if (c.leading && c.leading.adjacent && c.leading.qualifier === '近' && c.leading.surface === '近') return 'period';
    if (PERIOD_BEFORE.some((w) => f.startsWith(w, start - w.length)) && !f.startsWith('连续', start - 2)) return 'period';
    if (/^(?:来|以来|间|里)/.test(rest)) return 'period';
  }
  if (u.unit === '日' && !/^(?:内|以内)/.test(rest)) return 'date';
  if (u.unit === '次') {
    if (/^(?:会议|全会|全体会议|常委会|代表大会)/.test(rest) && f.slice(Math.max(c.clauseStart, start - 10), start).includes('届')) {
      return 'session';
    }
    if (/^(?:浏览|阅读|点击|访问)/.test(rest)) return 'page counter';
  }
  if (u.unit === '小时' || u.unit === '分钟') {
    if (SERVICE_WORDS.test(rest)) return 'service radius';
    const tail = f.slice(u.end, Math.min(c.clauseEnd, u.end + 12));
    if (tail.includes('圈')) return 'service radius';
  }
  if (c.trailing && c.trailing.threshold) return 'threshold';
  return null;
}

/** 八项规定, 三番五次: a slogan or idiom around the numeral (checked only for Chinese numerals). */
function insideName(f: string, start: number, end: number): boolean {
  const from = Math.max(0, start - NAME_REACH + 1);
  const window = f.slice(from, Math.min(f.length, end + NAME_REACH));
  NAMES.lastIndex = 0;
  for (let m = NAMES.exec(window); m !== null; m = NAMES.exec(window)) {
    if (from + m.index < end && from + m.index + m[0].length > start) return true;
  }
  return false;
}

/** 1. 加强…, 2、…, (3) …, 一、…: a number that opens a line or sits in list brackets. */
function isListNumber(f: string, c: Candidate): boolean {
  const t = c.token;
  const before = f[t.start - 1];
  const after = f[t.end];
  if ((before === '(' || before === '（') && (after === ')' || after === '）')) return true;
  let i = t.start - 1;
  while (i >= 0 && (f[i] === ' ' || f[i] === '\u3000' || f[i] === '\t')) i--;
  const lineStart = i < 0 || f[i] === '\n' || f[i] === '\r';
  return lineStart && (after === '.' || after === '、' || after === '．' || after === ')' || after === '）');
}
