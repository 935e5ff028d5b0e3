// Counts that must order: what is closed cannot exceed what came in (收到/受理 ≥ 办结/审结), and what is accepted
// cannot exceed what was applied for (申请 ≥ 受理) — unless the sentence says older cases were carried over.
import { continues, quoteOf, type LabelledFigure, type SentenceFigures } from './sentence-figures.ts';
import type { CheckResult } from './types.ts';

const INTAKE = /收到|受理|收案|新收|接收|受案|登记|接到|办理|申请/;
const CLOSED = /办结|审结|结案|办理完毕|处理完毕|已办理/;
const APPLIED = /申请|收到|接到/;
const ACCEPTED = /受理/;
const NOT_ACCEPTED = /不予受理|未受理|不受理/;
/** Old cases carried into the year may be closed in it: then closed can exceed new. */
const CARRY_OVER = /结转|上年|旧存|往年|累计|历年|以前年度|旧案|积案|含/;

function pairUp(s: SentenceFigures, closing: (f: LabelledFigure) => boolean, opening: (f: LabelledFigure) => boolean): Array<[LabelledFigure, LabelledFigure]> {
  const out: Array<[LabelledFigure, LabelledFigure]> = [];
  s.figures.forEach((b, i) => {
    if (b.figure.kind !== 'count' || !closing(b) || !continues(b.clause)) return;
    for (let j = i - 1; j >= 0; j--) {
      const a = s.figures[j]!;
      if (a.figure.unit !== b.figure.unit || a.figure.kind !== 'count') continue;
      if (opening(a)) out.push([a, b]);
      break;
    }
  });
  return out;
}

export function checkOrder(sentences: readonly SentenceFigures[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sentences) {
    if (CARRY_OVER.test(s.text.replace(/含义/g, ''))) continue;
    const closedPairs = pairUp(
      s,
      (b) => CLOSED.test(b.clause) && !/率/.test(b.clause),
      // 新收 says there were old cases too: closed may exceed it without a word about them
      (a) => INTAKE.test(a.clause) && !CLOSED.test(a.clause) && !NOT_ACCEPTED.test(a.clause) && !/新收|新增|新受理/.test(a.clause),
    );
    const acceptedPairs = pairUp(
      s,
      (b) => ACCEPTED.test(b.clause) && !NOT_ACCEPTED.test(b.clause) && !APPLIED.test(b.clause),
      (a) => APPLIED.test(a.clause) && !ACCEPTED.test(a.clause),
    );
    for (const [pairs, what] of [[closedPairs, '办结'], [acceptedPairs, '受理']] as const) {
      for (const [a, b] of pairs) {
        const bad = b.lo > a.hi;
        const unit = a.figure.unit;
        out.push({
          kind: 'order',
          verdict: bad ? 'inconsistent' : 'consistent',
          message: bad
            ? `${what}数 ${b.figure.text} 大于前面的 ${a.figure.text},句中未说明含上年结转`
            : `${what}数 ${b.figure.text} 不超过 ${a.figure.text}`,
          arithmetic: `${b.figure.value}${unit} ${bad ? '>' : '≤'} ${a.figure.value}${unit}`,
          spans: [{ start: a.figure.start, end: a.figure.end }, { start: b.figure.start, end: b.figure.end }],
          quotes: [quoteOf(s)],
        });
      }
    }
  }
  return out;
}
