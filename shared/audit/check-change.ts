// A stated change against the report's own before and after: "由144个压缩到84个,压减41.7%" — the percent
// must be (after − before) ÷ before, and its direction the one the words say; "由12%降至10%,下降2个百分点"
// the difference. Rounding of every figure as written is allowed for.
import { continues, quoteOf, round, type LabelledFigure, type SentenceFigures } from './sentence-figures.ts';
import type { CheckResult } from './types.ts';

const FROM = /(?:由|从)(?:改革前的?|上年的?|去年的?|原来的?|原)?$/;
const TO = /(?:降至|降到|降低到|降低至|下降到|下降至|减至|减少到|减少至|减少为|减为|压缩到|压缩至|压缩为|压减到|压减至|压减为|缩短到|缩短至|缩短为|缩减到|缩减至|缩减为|增至|增加到|增加至|增加为|增长到|增长至|增长为|提高到|提高至|提升到|提升至|上升到|上升至|扩大到|扩大至|达到|变为|到|至|为)$/;
const DOWN = /下降|降低|减少|压减|压缩|缩短|缩减|减/;
const UP = /增长|增加|提高|提升|上升|扩大|增/;

function checkOne(s: SentenceFigures, from: LabelledFigure, to: LabelledFigure, change: LabelledFigure): CheckResult | null {
  const says = DOWN.test(change.clause) ? 'down' : UP.test(change.clause) ? 'up' : null;
  if (says === null) return null;
  const spans = [from, to, change].map((x) => ({ start: x.figure.start, end: x.figure.end }));
  const points = change.figure.unit === '个百分点';
  if (points && from.figure.unit !== '%') return null;
  const absolute = !points && change.figure.unit !== '%';
  const actual = to.figure.value > from.figure.value ? 'up' : to.figure.value < from.figure.value ? 'down' : null;
  const word = says === 'down' ? '下降' : '上升';
  let lo: number;
  let hi: number;
  let value: number;
  let formula: string;
  if (absolute || points || (from.figure.unit === '%' && Math.abs(Math.abs(to.figure.value - from.figure.value) - change.figure.value) < 0.5)) {
    // percentage points, or a change in the figures' own unit ("减少3个"): the difference
    value = Math.abs(to.figure.value - from.figure.value);
    lo = Math.max(0, Math.min(Math.abs(to.lo - from.hi), Math.abs(to.hi - from.lo)));
    hi = Math.max(Math.abs(to.hi - from.lo), Math.abs(to.lo - from.hi));
    formula = `|${to.figure.value} − ${from.figure.value}| = ${round(value)}${absolute ? from.figure.unit : ''}`;
  } else {
    if (from.figure.value <= 0) return null;
    value = (Math.abs(to.figure.value - from.figure.value) / from.figure.value) * 100;
    const candidates = [
      Math.abs(to.lo - from.lo) / from.lo, Math.abs(to.lo - from.hi) / from.hi,
      Math.abs(to.hi - from.lo) / from.lo, Math.abs(to.hi - from.hi) / from.hi,
    ].map((x) => x * 100);
    lo = Math.min(...candidates);
    hi = Math.max(...candidates);
    if ((to.lo - from.hi) * (to.hi - from.lo) <= 0) lo = 0;
    formula = `|${to.figure.value} − ${from.figure.value}| ÷ ${from.figure.value} = ${round(value)}%`;
  }
  const wrongWay = actual !== null && actual !== says;
  const fits = hi >= change.lo - 1e-9 && lo <= change.hi + 1e-9;
  const ok = fits && !wrongWay;
  return {
    kind: 'change',
    verdict: ok ? 'consistent' : 'inconsistent',
    message: wrongWay
      ? `称${word} ${change.figure.text},但由 ${from.figure.text} 到 ${to.figure.text} 是${actual === 'down' ? '下降' : '上升'}`
      : ok
        ? `由 ${from.figure.text} 到 ${to.figure.text},${word} ${change.figure.text} 相符`
        : `由 ${from.figure.text} 到 ${to.figure.text},所称${word} ${change.figure.text} 不符`,
    arithmetic: `${formula} ${ok ? '≈' : '≠'} ${change.figure.text}`,
    spans,
    quotes: [quoteOf(s)],
  };
}

export function checkChanges(sentences: readonly SentenceFigures[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sentences) {
    const fs = s.figures;
    for (let i = 0; i + 2 < fs.length; i++) {
      const [from, to, change] = [fs[i]!, fs[i + 1]!, fs[i + 2]!];
      if (!FROM.test(from.clause.trim()) || !TO.test(to.label.trim()) || !continues(to.label, 6)) continue;
      if (from.figure.unit !== to.figure.unit) continue;
      if (change.figure.unit !== '%' && change.figure.unit !== '个百分点' && change.figure.unit !== from.figure.unit) continue;
      // the change must speak of the same thing: "…减少为3天,压减70%", not "…,投资项目审批时间平均减少72%"
      if (!continues(change.label, 6)) continue;
      const result = checkOne(s, from, to, change);
      if (result) out.push(result);
    }
  }
  return out;
}
