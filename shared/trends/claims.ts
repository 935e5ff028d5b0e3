// The 同比 claim check: what a report says changed since last year, against what the library's two figures give.
import type { ChangeDirection, FigureMeasure, FigureStatus } from '../figures/types.ts';
import type { ClaimBasis, ClaimMeasure, ClaimVerdict } from './types.ts';

export interface ClaimFigure {
  value: number;
  lo: number;
  hi: number;
  unit: string;
  /** As the report writes it: 17.3%, 1.2万余件, 翻番. */
  text: string;
}

/** What the genre says about how a claim was computed, beyond the numbers. */
export interface ClaimContext {
  /** The claim's measure: 可比增长 / 同口径增长 is on an adjusted basis. */
  claimMeasure?: FigureMeasure;
  /** What the figures count: GDP and value added grow in real terms (comparable prices) by convention. */
  indicatorId?: string | null;
  indicator?: string;
  currentStatus?: FigureStatus;
  previousStatus?: FigureStatus;
}

export interface ClaimInput {
  claim: ClaimFigure & { direction: ChangeDirection };
  current: ClaimFigure;
  previous: ClaimFigure | null;
  context?: ClaimContext;
}

export interface ClaimOutcome {
  measure: ClaimMeasure;
  claimed: number;
  computed: number | null;
  computedRange: [number, number] | null;
  verdict: ClaimVerdict;
  /** Why a mismatch need not be a contradiction; null otherwise. */
  basis: ClaimBasis | null;
}

// Stated at comparable prices whether or not the sentence says so (国家统计局 practice).
const REAL_GROWTH_IDS = new Set([
  'gdp', 'gdp_per_capita', 'primary_industry_value_added', 'secondary_industry_value_added', 'tertiary_industry_value_added',
  'industrial_value_added_above_scale', 'farm_output_value', 'crop_output_value', 'forestry_output_value', 'animal_output_value',
  'fishery_output_value',
]);
const REAL_GROWTH_LABEL = /生产总值|增加值|GDP|农林牧渔/;

/** Why the claim and the two figures may measure different things, in order of weight; null when nothing says so. */
export function claimBasis(c: ClaimContext | undefined): ClaimBasis | null {
  if (!c) return null;
  if (c.claimMeasure === 'adjusted-growth') return 'adjusted';
  if ((c.indicatorId && REAL_GROWTH_IDS.has(c.indicatorId)) || (c.indicator && REAL_GROWTH_LABEL.test(c.indicator))) return 'real';
  if (c.currentStatus === 'estimate' || c.previousStatus === 'estimate') return 'estimate';
  return null;
}

// Statistics are revised after their first publication: a gap this small in a money or measure series is a
// likely revision, not a contradiction (percentage points of the relative change).
const REVISION_TOLERANCE = 1;
const COUNT_LIKE = /^(?:件|个|项|人|人次|名|次|场|场次|家|条|份|户|宗|起)$/;

const fullWidth = /[０-９．，]/g;
const toHalfWidth = (s: string) => s.replace(fullWidth, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** The first number written in digits: 1.2万余件 → { number: 1.2, decimals: 1 }; none for Chinese numerals. */
export function writtenNumber(text: string): { number: number; decimals: number } | null {
  const match = /\d[\d,]*(?:\.(\d+))?/.exec(toHalfWidth(text));
  if (!match) return null;
  return { number: Number(match[0].replace(/,/g, '')), decimals: match[1]?.length ?? 0 };
}

const rateUnits = new Set(['%', '‰', '个百分点', '百分点']);

/**
 * Half the step of the figure's last written digit, in plain units: 1.4万件 → 500; 98.9% → 0.05.
 * A whole count (52件) is exact: 0.
 */
export function halfStep(figure: Pick<ClaimFigure, 'value' | 'unit' | 'text'>): number {
  const written = writtenNumber(figure.text);
  if (!written || written.number === 0) return 0;
  const scale = Math.abs(figure.value / written.number);
  const step = 10 ** -written.decimals * scale;
  if (written.decimals === 0 && scale <= 1 && !rateUnits.has(figure.unit)) return 0;
  return step / 2;
}

/** The direction the words before a change figure give, where extraction left it open. */
export function inferDirection(textBefore: string): ChangeDirection {
  const tail = textBefore.slice(-8);
  const down = /(下降|减少|降低|下跌|回落|压减|压缩|缩减|下滑|减)[了约近达超过]{0,3}$/.exec(tail);
  const up = /(增长|增加|提高|上升|上涨|提升|增幅|增)[了约近达超过为]{0,3}$/.exec(tail);
  if (down && (!up || down.index > up.index)) return 'down';
  if (up) return 'up';
  return null;
}

/** 翻番 / 翻一番 → 2, 翻两番 → 4, 翻三番 → 8; null when the text is no doubling. */
export function doublingFactor(text: string): number | null {
  const match = /翻了?([一两二三四]?)番/.exec(text);
  if (!match) return null;
  const times = { '': 1, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 }[match[1] as '' | '一' | '两' | '二' | '三' | '四'];
  return 2 ** times;
}

export function claimMeasure(claim: Pick<ClaimFigure, 'unit' | 'text'>): ClaimMeasure {
  if (doublingFactor(claim.text) !== null || claim.unit === '倍') return 'multiple';
  if (claim.unit === '个百分点' || claim.unit === '百分点') return 'points';
  if (claim.unit === '%') return 'percent';
  return 'absolute';
}

/** The interval a figure stands for: its hedge, widened by the rounding of its last digit. */
function span(f: ClaimFigure): [number, number] {
  const half = halfStep(f);
  return [Math.min(f.lo, f.value) - half, Math.max(f.hi, f.value) + half];
}

const EPSILON = 1e-9;

export function checkClaim(input: ClaimInput): ClaimOutcome {
  const { claim, current, previous } = input;
  const measure = claimMeasure(claim);
  const sign = claim.direction === 'down' ? -1 : 1;
  const factor = measure === 'multiple' ? (doublingFactor(claim.text) ?? claim.value) : null;
  const claimed = factor !== null ? (factor - 1) * 100 : sign * claim.value;
  const basis = claimBasis(input.context);
  const outcome = (computed: number | null, computedRange: [number, number] | null, verdict: ClaimVerdict): ClaimOutcome => {
    if (verdict !== 'contradicts' || computed === null) return { measure, claimed, computed, computedRange, verdict, basis: null };
    if (basis) return { measure, claimed, computed, computedRange, verdict: 'different-basis', basis };
    const revised = measure === 'percent' && !COUNT_LIKE.test(current.unit) && Math.abs(computed - claimed) <= REVISION_TOLERANCE;
    return revised
      ? { measure, claimed, computed, computedRange, verdict: 'different-basis', basis: 'revision' }
      : { measure, claimed, computed, computedRange, verdict, basis: null };
  };
  if (!previous) return outcome(null, null, 'no-earlier-data');

  const [curLo, curHi] = span(current);
  const [prevLo, prevHi] = span(previous);
  let computed: number;
  let range: [number, number];
  if (measure === 'percent' || measure === 'multiple') {
    if (current.unit !== previous.unit || previous.value <= 0 || prevLo <= 0) return outcome(null, null, 'not-comparable');
    computed = (current.value / previous.value - 1) * 100;
    range = [(curLo / prevHi - 1) * 100, (curHi / prevLo - 1) * 100];
  } else if (measure === 'points') {
    if (current.unit !== '%' || previous.unit !== '%') return outcome(null, null, 'not-comparable');
    computed = current.value - previous.value;
    range = [curLo - prevHi, curHi - prevLo];
  } else {
    if (claim.unit !== current.unit || current.unit !== previous.unit) return outcome(null, null, 'not-comparable');
    computed = current.value - previous.value;
    range = [curLo - prevHi, curHi - prevLo];
  }

  if (measure === 'multiple') {
    // 翻番 is said of "doubled, or a little more": at least the factor, allowing for rounding.
    const ratio = computed / 100 + 1;
    if (ratio >= factor! * 0.995) return outcome(computed, range, 'consistent');
    if (range[1] / 100 + 1 >= factor! * 0.995 || ratio >= factor! * 0.95) return outcome(computed, range, 'rounding');
    return outcome(computed, range, 'contradicts');
  }

  const written = writtenNumber(claim.text);
  const half = 0.5 * 10 ** -(written?.decimals ?? 0);
  const hedged = claim.lo !== claim.value || claim.hi !== claim.value;
  const [claimLo, claimHi] = sign > 0 ? [claim.lo, claim.hi] : [-claim.hi, -claim.lo];
  if (!hedged && Math.abs(computed - claimed) <= half + EPSILON) return outcome(computed, range, 'consistent');
  if (hedged && computed >= claimLo - half - EPSILON && computed <= claimHi + half + EPSILON) return outcome(computed, range, 'consistent');
  // One unit off in the last digit (truncation instead of rounding), or within what the hedges and rounding allow.
  const offByOneDigit = Math.abs(computed - claimed) <= 2 * half + EPSILON;
  const overlaps = range[0] <= claimHi + half + EPSILON && range[1] >= claimLo - half - EPSILON;
  if (offByOneDigit || overlaps) return outcome(computed, range, 'rounding');
  return outcome(computed, range, 'contradicts');
}

/**
 * Which figure of the report a change figure is about: one of the same indicator (in its sentence, else the
 * nearest before it), else the nearest figure before it in its sentence (收到申请61件,同比增长17.3%).
 */
export function findClaimBase<F extends { start: number; sentenceStart: number; kind: string; key: string }>(
  change: F,
  reportFigures: readonly F[],
): F | null {
  const levels = reportFigures.filter((f) => f.kind !== 'change' && f !== change);
  const sameKey = levels.filter((f) => f.key === change.key);
  const before = (list: F[]) => list.filter((f) => f.start < change.start).sort((a, b) => b.start - a.start)[0];
  if (sameKey.length) {
    return before(sameKey.filter((f) => f.sentenceStart === change.sentenceStart)) ?? before(sameKey) ?? sameKey[0]!;
  }
  return before(levels.filter((f) => f.sentenceStart === change.sentenceStart)) ?? null;
}
