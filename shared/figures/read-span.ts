// Reading one span the user points at (a figure to add, correct or check) with the extractor's own grammar:
// number, scale, unit, hedge and its interval, kind, direction, measure and status. Reviews in the library,
// the reader's first guess for a selection and the extractor agree because they share these rules.
import { readChange } from './changes.ts';
import { foldText } from './fold.ts';
import { measureOf, statusOf } from './measure.ts';
import { isAsciiDigit, isChineseNumeralChar, readNumber, stepOf } from './numbers.ts';
import { hedgeInterval, readLeadingHedge, readTrailingHedge } from './qualifiers.ts';
import { isClauseEnd } from './sentences.ts';
import type { ChangeDirection, FigureKind, FigureMeasure, FigureStatus } from './types.ts';
import { readUnit, unitKindOf } from './units.ts';

export interface SpanReading {
  /** null when the span holds no number. */
  value: number | null;
  lo: number | null;
  hi: number | null;
  /** Normalised unit ('' when none follows). */
  unit: string;
  qualifier: string | null;
  kind: FigureKind;
  direction: ChangeDirection;
  measure: FigureMeasure;
  status: FigureStatus;
}

/** The kind a unit implies: 元 → money, % → percent, 天 → duration; changes are told by their words. */
export function kindOfUnit(unit: string): FigureKind {
  if (unit === '元' || unit.endsWith('元')) return 'money';
  const kind = unitKindOf(unit);
  if (kind === null) return 'count';
  return kind;
}

function clauseStartBefore(f: string, pos: number): number {
  let s = pos;
  while (s > 0 && pos - s < 120 && !isClauseEnd(f[s - 1])) s--;
  return s;
}

function sentenceStartBefore(f: string, pos: number): number {
  let s = pos;
  while (s > 0 && pos - s < 400 && !/[。！？；!?;\n]/.test(f[s - 1]!)) s--;
  return s;
}

/** What the text says at [start, end): 3.1万余件 → 31000 件 [31000, 32000] 余; 近100万元 → [900000, 1000000]. */
export function readSpan(text: string, start: number, end: number): SpanReading {
  const f = foldText(text);
  let p = start;
  while (p < end && !isAsciiDigit(f.charCodeAt(p)) && !isChineseNumeralChar(f[p])) p++;
  const token = p < end ? readNumber(f, p) : null;
  const clauseStart = clauseStartBefore(f, start);
  const unitMatch = token ? (token.percent ? { end: token.end, unit: token.percent, kind: 'percent' as const, hedge: null } : readUnit(f, token.end)) : null;
  const unit = unitMatch?.unit ?? '';
  const leading = token ? readLeadingHedge(f, token.start, clauseStart) : null;
  const trailing = unitMatch ? readTrailingHedge(f, unitMatch.end, unitMatch.kind === 'duration') : null;
  const qualifier = token?.innerHedge ?? unitMatch?.hedge ?? trailing?.qualifier ?? leading?.qualifier ?? null;
  const change = token ? readChange(f, leading?.adjacent ? leading.start : token.start, clauseStart) : null;
  const direction: ChangeDirection = change ? change.direction : null;
  const interval = token ? hedgeInterval(token.value, token.step, qualifier) : null;
  const at = token?.start ?? start;
  return {
    value: token?.value ?? null,
    lo: interval ? interval[0] : null,
    hi: interval ? interval[1] : null,
    unit,
    qualifier,
    kind: direction ? 'change' : kindOfUnit(unit),
    direction,
    measure: measureOf({ unit, isChange: direction !== null, before: f.slice(clauseStart, at), after: f.slice(end, end + 12) }),
    status: statusOf({ f, clauseStart, sentenceStart: sentenceStartBefore(f, at), numberStart: at }),
  };
}

/**
 * A figure the user states at a span (value and unit typed or confirmed): the hedge, kind, direction, measure
 * and status come from the text around it; the interval from the hedge at the precision of the value typed.
 */
export function describeUserFigure(text: string, start: number, end: number, value: number, unit: string): Omit<SpanReading, 'value' | 'lo' | 'hi'> & { lo: number; hi: number } {
  const read = readSpan(text, start, end);
  const [lo, hi] = hedgeInterval(value, stepOf(value), read.qualifier);
  const kind = read.direction ? 'change' : kindOfUnit(unit);
  const f = foldText(text);
  const clauseStart = clauseStartBefore(f, start);
  const measure = measureOf({ unit, isChange: read.direction !== null, before: f.slice(clauseStart, start), after: f.slice(end, end + 12) });
  return { ...read, unit, lo, hi, kind, measure };
}
