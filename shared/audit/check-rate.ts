// A stated rate against its own counts: 办结率 = 办结 ÷ 收到 (or 受理), within the rounding of the figures as
// written. Other rates (和解率, 调解成功率) have no one agreed base: they are confirmed when a base in the
// sentence fits, and never called wrong.
import { continues, quoteOf, round, type LabelledFigure, type SentenceFigures } from './sentence-figures.ts';
import type { CheckResult } from './types.ts';

const CLOSING_RATE = /(?:办结|结案|审结)率/;
const OTHER_RATE = /(和解|调解成功|调解|化解|纠错|撤销|败诉|胜诉|满意|出庭)率/;
const CLOSED = /办结|审结|结案/;
const QUALIFIED = /期限内|期内|按期|按时|及时|限时|当场|当日|即时|一次性|满意|网上|线上/;
const INTAKE = /收到|受理|收案|新收|接收|受案|办理|申请|接到/;

function ratio(num: LabelledFigure, den: LabelledFigure): { lo: number; hi: number; value: number } {
  return {
    value: (num.figure.value / den.figure.value) * 100,
    lo: (num.lo / den.hi) * 100,
    hi: (num.hi / den.lo) * 100,
  };
}

/** The rate as written allows its last digit's rounding (99.95% is 99.945–99.955), or its hedge. */
function fits(rate: LabelledFigure, q: { lo: number; hi: number }): boolean {
  const slack = 1e-9;
  return q.hi >= rate.lo - slack && q.lo <= rate.hi + slack;
}

function result(s: SentenceFigures, rate: LabelledFigure, num: LabelledFigure, den: LabelledFigure, ok: boolean): CheckResult {
  const q = ratio(num, den);
  return {
    kind: 'rate',
    verdict: ok ? 'consistent' : 'inconsistent',
    message: ok
      ? `${rate.figure.text} 与 ${num.figure.text} ÷ ${den.figure.text} 相符`
      : `所称 ${rate.figure.text} 与 ${num.figure.text} ÷ ${den.figure.text} 不符`,
    arithmetic: `${num.figure.value} ÷ ${den.figure.value} = ${round(q.value, rate.decimals + 2)}% ${ok ? '≈' : '≠'} ${rate.figure.text}`,
    spans: [den, num, rate].map((x) => ({ start: x.figure.start, end: x.figure.end })),
    quotes: [quoteOf(s)],
  };
}

export function checkRates(sentences: readonly SentenceFigures[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sentences) {
    s.figures.forEach((rate, i) => {
      if (rate.figure.unit !== '%' || rate.figure.kind === 'change') return;
      const before = s.figures.slice(0, i).filter((x) => x.figure.kind === 'count');
      // 法定期限内审结率, 按期办结率: a share of the closed ones, not of the intake — confirmed only, like the others
      if (CLOSING_RATE.test(rate.clause) && !QUALIFIED.test(rate.clause) && continues(rate.clause, 10)) {
        const n = before.length - 1 - [...before].reverse().findIndex((x) => CLOSED.test(x.clause) && !/率/.test(x.clause));
        if (n >= before.length) return;
        const num = before[n]!;
        const dens = before.slice(0, n).filter((x) => x.figure.unit === num.figure.unit && INTAKE.test(x.clause) && !CLOSED.test(x.clause));
        const den = dens[dens.length - 1];
        if (!den || den.figure.value <= 0) return;
        out.push(result(s, rate, num, den, fits(rate, ratio(num, den))));
        return;
      }
      const other = OTHER_RATE.exec(rate.clause) ?? CLOSING_RATE.exec(rate.clause);
      if (!other || !continues(rate.clause, 12)) return;
      const stem = (other[1] ?? other[0].slice(0, 2)).replace('成功', '');
      const nums = before.filter((x) => x.clause.includes(stem));
      for (const num of nums) {
        for (const den of before) {
          if (den === num || den.figure.unit !== num.figure.unit || den.figure.value <= 0) continue;
          if (fits(rate, ratio(num, den))) {
            out.push(result(s, rate, num, den, true));
            return;
          }
        }
      }
    });
  }
  return out;
}
