// Synchronised scrolling by content, not by pixel ratio: pairs of offsets (anchors) that say "this place in
// report A is about the same thing as that place in report B" — matching section headings and shared indicators
// — kept in order in both texts. The panes then interpolate between the anchors' pixel positions.
import { similarity } from '../../../../shared/text/compare.ts';
import type { HeadingSpan } from './segments.ts';

export interface AnchorSource {
  text: string;
  headings: readonly HeadingSpan[];
  figures: ReadonlyArray<{ start: number; indicator: string; indicatorId: string | null }>;
}

export interface Anchor {
  a: number;
  b: number;
}

/** 一、 (一) 1. and punctuation dropped: what a heading is about. */
export function headingTopic(text: string): string {
  return text
    .replace(/^\s*(?:[一二三四五六七八九十]+[、．.]|[(（][一二三四五六七八九十]+[)）]|[0-9０-９]{1,2}[、．.])\s*/, '')
    .replace(/[\s,，、。:：;；!！?？“”"()（）《》]/g, '')
    .replace(/[0-9０-９]+/g, '#');
}

const ordinal = (text: string) => /^\s*([(（]?[一二三四五六七八九十0-9０-９]+[)）]?)/.exec(text)?.[1] ?? '';

/** Monotone alignment of two heading lists (weighted longest common subsequence over similar headings). */
export function alignHeadings(a: readonly HeadingSpan[], b: readonly HeadingSpan[]): Array<[number, number, number]> {
  const n = a.length;
  const m = b.length;
  const score = (i: number, j: number) => {
    const s = similarity(headingTopic(a[i]!.text), headingTopic(b[j]!.text));
    const sameSlot = a[i]!.level === b[j]!.level && ordinal(a[i]!.text) === ordinal(b[j]!.text) ? 0.25 : 0;
    const total = s + sameSlot;
    return total >= 0.55 ? total : 0;
  };
  const dp: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = score(i, j);
      dp[i]![j] = Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!, s > 0 ? s + dp[i + 1]![j + 1]! : 0);
    }
  }
  const pairs: Array<[number, number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const s = score(i, j);
    if (s > 0 && dp[i]![j] === s + dp[i + 1]![j + 1]!) {
      pairs.push([i, j, s]);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

const indicatorKey = (f: { indicator: string; indicatorId: string | null }) => f.indicatorId ?? `label:${f.indicator}`;

/** Anchors between two reports, increasing in both offsets: matched headings count three times an indicator. */
export function buildAnchors(a: AnchorSource, b: AnchorSource): Anchor[] {
  const candidates: Array<Anchor & { weight: number }> = [];
  for (const [i, j, s] of alignHeadings(a.headings, b.headings)) {
    candidates.push({ a: a.headings[i]!.start, b: b.headings[j]!.start, weight: 3 * s });
  }
  const firstInB = new Map<string, number>();
  for (const f of b.figures) if (!firstInB.has(indicatorKey(f))) firstInB.set(indicatorKey(f), f.start);
  const seen = new Set<string>();
  for (const f of a.figures) {
    const key = indicatorKey(f);
    if (seen.has(key)) continue;
    seen.add(key);
    const inB = firstInB.get(key);
    if (inB !== undefined) candidates.push({ a: f.start, b: inB, weight: 1 });
  }
  candidates.sort((x, y) => x.a - y.a || x.b - y.b);
  const chosen = heaviestChain(candidates.slice(0, 600));
  return chosen.map(({ a: x, b: y }) => ({ a: x, b: y }));
}

/** The heaviest chain strictly increasing in both a and b (O(n²), n is a few hundred at most). */
function heaviestChain<T extends Anchor & { weight: number }>(items: readonly T[]): T[] {
  const best = new Float64Array(items.length);
  const prev = new Int32Array(items.length).fill(-1);
  let top = -1;
  for (let i = 0; i < items.length; i++) {
    best[i] = items[i]!.weight;
    for (let j = 0; j < i; j++) {
      if (items[j]!.a < items[i]!.a && items[j]!.b < items[i]!.b && best[j]! + items[i]!.weight > best[i]!) {
        best[i] = best[j]! + items[i]!.weight;
        prev[i] = j;
      }
    }
    if (top === -1 || best[i]! > best[top]!) top = i;
  }
  const chain: T[] = [];
  for (let i = top; i !== -1; i = prev[i]!) chain.push(items[i]!);
  return chain.reverse();
}

/**
 * Where the other pane should put y, given the anchors' pixel positions in both panes (increasing) —
 * piecewise linear between anchors, clamped at the ends.
 */
export function mapPosition(points: ReadonlyArray<readonly [number, number]>, y: number): number {
  if (points.length === 0) return y;
  const first = points[0]!;
  if (y <= first[0]) return first[1] + (y - first[0]);
  for (let i = 0; i + 1 < points.length; i++) {
    const [a0, b0] = points[i]!;
    const [a1, b1] = points[i + 1]!;
    if (y <= a1) return a1 === a0 ? b0 : b0 + ((y - a0) / (a1 - a0)) * (b1 - b0);
  }
  const last = points[points.length - 1]!;
  return last[1] + (y - last[0]);
}
