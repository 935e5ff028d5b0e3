// The figure extractor: finds every number with a unit in report text, drops the ones that are not
// figures, reads hedges and changes, and names what each figure counts. Pure and synchronous; runs in
// the browser as well as in Node.
import { DICTIONARY_VERSION, matchFoldedPhrase } from '../indicators/match.ts';
import { readChange, type ChangeMark } from './changes.ts';
import { createRangeCursor, findBlockedRanges, notAFigureReason, type TextRange } from './exclusions.ts';
import { foldText } from './fold.ts';
import { cleanBefore, indicatorPhrase, isEmptyLabel, type PreviousFigure } from './indicator-phrase.ts';
import { isAsciiDigit, isChineseNumeralChar, readNumber, type NumberToken } from './numbers.ts';
import { hedgeInterval, readLeadingHedge, readTrailingHedge } from './qualifiers.ts';
import { namesBeforeRespectively } from './enumeration.ts';
import { measureOf, STATUS_HINT, statusOf } from './measure.ts';
import { clauseAround, isClauseEnd, splitSentences, type TextSpan } from './sentences.ts';
import { tableFigures } from './tables.ts';
import type { ChangeDirection, Figure, FigureKind } from './types.ts';
import { readUnit, type UnitKind, type UnitMatch } from './units.ts';

/** Bump the first part when extraction behaviour changes; the second is the indicator dictionary's. */
export const EXTRACTOR_VERSION: string = `figures-2.0.1+dict-${DICTIONARY_VERSION}`;

export interface ExtractOptions {
  /** Web-page junk (headers, footers) where nothing is extracted: UTF-16 offsets, end exclusive. */
  skip?: ReadonlyArray<TextRange>;
}

/** All figures of a text, sorted by start and non-overlapping. Never throws: bad input gives []. */
export function extractFigures(text: string, options?: ExtractOptions): Figure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  try {
    return extract(text, options?.skip ?? []);
  } catch {
    return [];
  }
}

interface Found {
  start: number;
  end: number;
  /** Start of the hedge or change words in front, for the indicator phrase. */
  leadStart: number;
  /** End including a trailing hedge outside the text (以上, 左右). */
  outerEnd: number;
  sentence: TextSpan;
  /** Start of the clause the number stands in. */
  clauseStart: number;
  value: number;
  lo: number;
  hi: number;
  unit: string;
  unitKind: UnitKind;
  qualifier: string | null;
  change: ChangeMark | null;
}

// Characters a number can start with, as a lookup table: a plain loop beats a global regex here.
const CAN_START = new Uint8Array(0x10000);
for (const ch of '0123456789〇零一二三四五六七八九两十百千万亿') CAN_START[ch.charCodeAt(0)] = 1;

function extract(text: string, skip: ReadonlyArray<TextRange>): Figure[] {
  const f = foldText(text);
  const isBlocked = createRangeCursor(findBlockedRanges(f, skip));
  const sentences = splitSentences(f);
  const found: Found[] = [];
  let si = 0;
  const n = f.length;
  let p = 0;
  while (p < n) {
    if (CAN_START[f.charCodeAt(p)] === 0 || !startsRun(f, p)) {
      p++;
      continue;
    }
    const token = readNumber(f, p);
    if (token === null) {
      p = runEnd(f, p);
      continue;
    }
    const at = p;
    p = Math.max(token.end, p + 1);
    while (si < sentences.length && sentences[si]!.end <= at) si++;
    const sentence = sentences[si] ?? { start: 0, end: n };
    const figure = readFigure(f, token, sentence);
    if (figure === null || isBlocked(figure.start, figure.end)) continue;
    found.push(figure);
    p = Math.max(p, figure.end);
  }
  const named = name(f, text, found);
  if (!f.includes('|') && !f.includes('｜')) return named;
  const overlapsNamed = (s: number, e: number) => named.some((g) => g.start < e && g.end > s);
  const cells = tableFigures(text, f, (s, e) => isBlocked(s, e) || overlapsNamed(s, e));
  return cells.length ? [...named, ...cells].sort((a, b) => a.start - b.start) : named;
}

/** Numbers are read from the start of their run: never from the middle of 1,234 or 98.7 or 二十五. */
function startsRun(f: string, p: number): boolean {
  const prev = f[p - 1];
  if (isAsciiDigit(f.charCodeAt(p))) {
    if (isAsciiDigit(f.charCodeAt(p - 1))) return false;
    if ((prev === '.' || prev === ',') && isAsciiDigit(f.charCodeAt(p - 2))) return false;
    return !continuesWrappedNumber(f, prev === '.' || prev === ',' ? p - 1 : p);
  }
  return !isChineseNumeralChar(prev);
}

/**
 * Digits (or ".5", ",440") at the start of a line whose line before ends in a digit (or in "13." / "15,"): text
 * copied from a page laid out in lines may break a number in two ("…达到1" / "5440万元", "增长6" / ".5%"), and the
 * second half alone would be a wrong number. Neither half is read: a missing figure is better than a wrong one.
 */
function continuesWrappedNumber(f: string, p: number): boolean {
  let i = p - 1;
  while (i >= 0 && (f[i] === ' ' || f[i] === '\u3000' || f[i] === '\t')) i--;
  if (f[i] !== '\n') return false;
  i--;
  if (f[i] === '\r') i--;
  while (i >= 0 && (f[i] === ' ' || f[i] === '\t')) i--;
  const end = f[i];
  return isAsciiDigit(f.charCodeAt(i)) || ((end === '.' || end === ',') && isAsciiDigit(f.charCodeAt(i - 1)));
}

function runEnd(f: string, p: number): number {
  let i = p + 1;
  while (i < f.length && (isChineseNumeralChar(f[i]) || isAsciiDigit(f.charCodeAt(i)))) i++;
  return i;
}

function readFigure(f: string, token: NumberToken, sentence: TextSpan): Found | null {
  let unit: UnitMatch | null = token.percent
    ? { end: token.end, unit: token.percent, kind: 'percent', hedge: null }
    : readUnit(f, token.end);
  const clause = clauseAround(f, token.start, unit ? unit.end : token.end, sentence);
  const leading = readLeadingHedge(f, token.start, clause.start);
  const trailing = unit ? readTrailingHedge(f, unit.end, unit.kind === 'duration') : null;
  const reason = notAFigureReason(f, { token, unit, leading, trailing, clauseStart: clause.start, clauseEnd: clause.end });
  if (reason !== null) return null;
  if (unit === null) {
    // 服务人数290余万: a scaled number without a counting word takes the unit its indicator implies.
    if (!token.scaled) return null;
    const implied = impliedUnit(f, clause.start, leading ? leading.start : token.start);
    if (implied === null) return null;
    unit = { end: token.end, unit: implied.unit, kind: implied.kind, hedge: null };
  }

  const afterDuration = trailing !== null && (trailing.qualifier === '多' || trailing.qualifier === '余');
  const end = afterDuration ? trailing.end : unit.end;
  const outsideTrailing = trailing !== null && !afterDuration ? trailing : null;
  const qualifier =
    token.innerHedge ?? unit.hedge ?? (afterDuration ? trailing.qualifier : null) ?? leading?.qualifier ?? outsideTrailing?.qualifier ?? null;
  const [lo, hi] = hedgeInterval(token.value, token.step, qualifier);
  const leadAt = leading && leading.adjacent ? leading.start : token.start;
  const change = readChange(f, leadAt, clause.start);
  return {
    start: token.start,
    end,
    leadStart: Math.min(leadAt, change ? change.start : leadAt),
    outerEnd: outsideTrailing ? outsideTrailing.end : end,
    sentence,
    clauseStart: clause.start,
    value: token.value,
    lo,
    hi,
    unit: unit.unit,
    unitKind: unit.kind,
    qualifier,
    change,
  };
}

const IMPLIED_UNITS: Array<[RegExp, string, UnitKind]> = [
  [/人次$/, '人次', 'count'],
  [/(?:人数|人口|人员|用户|群众|居民|职工|学生|游客|访客)$/, '人', 'count'],
  [/户数$/, '户', 'count'],
  [/(?:金额|资金|收入|投资|产值|总值|总额|规模|支出|营业额|销售额|成交额|税收|利润|存款|贷款|余额|效益|损失|费用|经费|补贴|奖补)$/, '元', 'money'],
];
const IMPLIED_LINKER = /(?:达到|达|为|约为|约|共计|共|累计|超过|超|近|逾|有|已|突破)$/;

function impliedUnit(f: string, clauseStart: number, at: number): { unit: string; kind: UnitKind } | null {
  let before = f.slice(Math.max(clauseStart, at - 16), at).replace(/\s+/g, '');
  for (let k = 0; k < 3; k++) before = before.replace(IMPLIED_LINKER, '');
  for (const [re, unit, kind] of IMPLIED_UNITS) if (re.test(before)) return { unit, kind };
  return null;
}

type SentenceFigure = PreviousFigure & { direction: ChangeDirection; sentenceStart: number };

const ENUMERATION_GAP = /^\s*(?:、|和|及|与|以及)\s*$/;

const MILESTONE_TAIL = /(?:先后|相继|接连)?(?:跨越|迈上|跨上|站上|越过|跨过|登上|跃上|突破).*$/;

/** 全市生产总值先后跨越800亿元台阶，2023年达到968亿元: what the sentence's opening clause is about, or ''. */
function sentenceSubject(f: string, sentenceStart: number, before: number): string {
  let end = sentenceStart;
  while (end < before && !isClauseEnd(f[end]) && !isAsciiDigit(f.charCodeAt(end))) end++;
  if (end >= before) return '';
  const subject = cleanBefore(f.slice(sentenceStart, end).replace(MILESTONE_TAIL, ''));
  return subject.length >= 2 && !isEmptyLabel(subject) ? subject : '';
}

/**
 * For each found figure, the name a 分别 list gives it, or null. A run of listed figures after "A、B分别"
 * takes the names in order; a run of the same length right after it in the sentence (同比增长11%、12.6%)
 * takes them too.
 */
function listedNames(f: string, found: Found[]): Array<string | null> {
  const out: Array<string | null> = found.map(() => null);
  let names: string[] | null = null;
  let sentence = -1;
  const marks: number[] = [];
  for (let at = f.indexOf('分别'); at >= 0; at = f.indexOf('分别', at + 2)) marks.push(at);
  let mark = 0;
  for (let i = 0; i < found.length; ) {
    const g = found[i]!;
    while (mark < marks.length && marks[mark]! < g.sentence.start) mark++;
    if (mark >= marks.length || marks[mark]! >= g.sentence.end) {
      i++; // a sentence without 分别 lists no names
      continue;
    }
    let j = i;
    while (j + 1 < found.length && found[j + 1]!.sentence.start === g.sentence.start && ENUMERATION_GAP.test(f.slice(found[j]!.outerEnd, found[j + 1]!.leadStart))) j++;
    if (g.sentence.start !== sentence) {
      sentence = g.sentence.start;
      names = null;
    }
    const clauseStart = Math.min(g.clauseStart, g.leadStart);
    const head = f.slice(clauseStart, g.start);
    const own = namesBeforeRespectively(head);
    if (own) names = own;
    const count = j - i + 1;
    const follows = own !== null || head.includes('分别') || (g.change !== null && f.slice(clauseStart, g.leadStart).trim() === '');
    if (names && follows && count === names.length) {
      for (let k = 0; k < count; k++) out[i + k] = names[k]!;
    } else if (!follows) names = null;
    i = j + 1;
  }
  return out;
}

/** Second pass, sentence by sentence: indicator phrases, inherited changes, dictionary ids. */
function name(f: string, text: string, found: Found[]): Figure[] {
  const out: Figure[] = [];
  const listed = listedNames(f, found);
  let previous: SentenceFigure | null = null;
  let topic: PreviousFigure | null = null;
  let firstCount: PreviousFigure | null = null;
  let lastCount: PreviousFigure | null = null;
  let paragraphTopic: SentenceFigure | null = null;
  // Whether a sentence, or its paragraph so far, has any word of estimates and targets: most have none.
  let hintSentence = -1;
  let hinted = false;
  const mayNotBeActual = (g: Found): boolean => {
    if (g.sentence.start !== hintSentence) {
      hintSentence = g.sentence.start;
      const paragraphStart = f.lastIndexOf('\n', g.sentence.start - 1) + 1;
      hinted = STATUS_HINT.test(f.slice(Math.max(paragraphStart, g.sentence.start - 300), g.sentence.end));
    }
    return hinted;
  };
  for (let i = 0; i < found.length; i++) {
    const g = found[i]!;
    if (previous && previous.sentenceStart !== g.sentence.start) {
      previous = null;
      topic = null;
      firstCount = null;
      lastCount = null;
    }
    let direction: ChangeDirection = g.change ? g.change.direction : null;
    // 分别增长5.1%、6.2%和7.3%: numbers listed after a change are changes the same way.
    if (!direction && previous && previous.direction && ENUMERATION_GAP.test(f.slice(previous.end, g.leadStart))) {
      direction = previous.direction;
    }
    const isChange = direction !== null;
    const named = indicatorPhrase({
      f,
      sentenceStart: g.sentence.start,
      sentenceEnd: g.sentence.end,
      leadStart: g.leadStart,
      numberStart: g.start,
      figureEnd: g.outerEnd,
      percentLike: g.unitKind === 'percent',
      isChange,
      previous,
      topic,
      rateBase: lastCount && lastCount.subject.length <= 12 ? lastCount : firstCount,
      skipFigureAt,
    });
    let phrase = listed[i] ? { ...named, indicator: listed[i]!, subject: listed[i]! } : named;
    // 全年增长5% after a sentence on GDP: a label naming nothing takes what the paragraph was about
    const emptyLabel = isEmptyLabel(phrase.indicator);
    if (emptyLabel) {
      const subject = sentenceSubject(f, g.sentence.start, g.leadStart);
      if (subject) phrase = { ...phrase, indicator: subject, subject };
      else if (paragraphTopic && f.lastIndexOf('\n', g.start) < paragraphTopic.end) {
        phrase = { ...phrase, indicator: paragraphTopic.indicator, subject: paragraphTopic.subject };
      }
    }
    const clauseStart = g.clauseStart;
    // only rates and ranks need the words around them to tell their measure
    const context = g.unit === '%' || g.unit === '‰' || g.unit === '位';
    const match = matchFoldedPhrase(phrase.indicator, isChange ? '' : g.unit);
    const kind: FigureKind = isChange ? 'change' : g.unitKind;
    out.push({
      start: g.start,
      end: g.end,
      text: text.slice(g.start, g.end),
      value: g.value,
      lo: g.lo,
      hi: g.hi,
      unit: g.unit,
      qualifier: g.qualifier,
      kind,
      direction,
      indicator: phrase.indicator,
      indicatorId: match ? match.id : null,
      measure: measureOf({ unit: g.unit, isChange, before: context ? f.slice(clauseStart, g.start) : '', after: context ? f.slice(g.outerEnd, g.outerEnd + 12) : '' }),
      status: mayNotBeActual(g) ? statusOf({ f, clauseStart, sentenceStart: g.sentence.start, numberStart: g.start }) : 'actual',
      sentenceStart: g.sentence.start,
      sentenceEnd: g.sentence.end,
    });
    const current: SentenceFigure = { end: g.outerEnd, indicator: phrase.indicator, subject: phrase.subject, verb: phrase.verb, direction, sentenceStart: g.sentence.start };
    previous = current;
    if (topic === null) topic = current;
    if (!isChange && match && (!emptyLabel || phrase !== named)) paragraphTopic = current;
    if (kind === 'count') {
      lastCount = current;
      if (firstCount === null) firstCount = current;
    }
  }
  return out;

  function skipFigureAt(pos: number): number | null {
    if (!isAsciiDigit(f.charCodeAt(pos)) && !isChineseNumeralChar(f[pos])) return null;
    const t = readNumber(f, pos);
    if (t === null) return null;
    const u = readUnit(f, t.end);
    return u ? u.end : null;
  }
}
