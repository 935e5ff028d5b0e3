// Parts against their whole: "共…X件,其中A a件、B b件" — no part exceeds the whole, and parts listed side by
// side do not add up to more than it. Parts that are stages of the whole (其中…办结, 整改) are not summed.
import { inTextUnits, quoteOf, type LabelledFigure, type SentenceFigures } from './sentence-figures.ts';
import type { CheckResult } from './types.ts';

/** A part that is a stage or an outcome of another part, not a slice of the whole. */
const STAGE = /办结|审结|结案|受理|办理|整改|完成|化解|满意|同比|较|增长|下降|减少|增加|提高|占比|所占|达到|累计|其余/;
const AMOUNT_KINDS = new Set(['count', 'money', 'measure']);

export function checkParts(sentences: readonly SentenceFigures[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sentences) {
    const at = s.figures.findIndex((f) => f.label.includes('其中'));
    if (at <= 0) continue;
    const first = s.figures[at]!;
    if (!AMOUNT_KINDS.has(first.figure.kind)) continue;
    // the whole: the nearest figure before 其中 in the same unit
    let whole: LabelledFigure | undefined;
    for (let j = at - 1; j >= 0; j--) {
      const w = s.figures[j]!;
      if (w.figure.unit === first.figure.unit && AMOUNT_KINDS.has(w.figure.kind)) {
        whole = w;
        break;
      }
    }
    if (!whole) continue;
    const parts: LabelledFigure[] = [];
    for (const p of s.figures.slice(at)) {
      if (p.figure.kind === 'change' || p.figure.unit === '%') continue;
      if (p.figure.unit !== whole.figure.unit) break;
      const own = p === first ? p.label.slice(p.label.indexOf('其中') + 2) : p.label;
      if (STAGE.test(own)) break;
      parts.push(p);
    }
    if (parts.length === 0) continue;
    const sumLo = parts.reduce((t, p) => t + p.lo, 0);
    const sum = parts.reduce((t, p) => t + p.figure.value, 0);
    const overPart = parts.find((p) => p.lo > whole.hi);
    const over = overPart !== undefined || (parts.length > 1 && sumLo > whole.hi);
    const spans = [whole, ...parts].map((x) => ({ start: x.figure.start, end: x.figure.end }));
    const listed = parts.map((p) => p.figure.text).join(' + ');
    out.push({
      kind: 'parts',
      verdict: over ? 'inconsistent' : 'consistent',
      message: overPart
        ? `“其中”的 ${overPart.figure.text} 大于总数 ${whole.figure.text}`
        : over
          ? `“其中”各项之和大于总数 ${whole.figure.text}`
          : parts.length > 1
            ? `“其中”各项之和不超过总数 ${whole.figure.text}`
            : `“其中”的 ${parts[0]!.figure.text} 不超过总数 ${whole.figure.text}`,
      arithmetic: parts.length > 1
        ? `${listed} = ${inTextUnits(sum, whole.figure)} ${over ? '>' : '≤'} ${whole.figure.text}`
        : `${parts[0]!.figure.text} ${over ? '>' : '≤'} ${whole.figure.text}`,
      spans,
      quotes: [quoteOf(s)],
    });
  }
  return out;
}
