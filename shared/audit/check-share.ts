// Shares cannot pass 100%: 占比, 比重, 覆盖率, 办结率, 满意率… above 100 is a slip. Growth, completion against a
// target and "同比" figures may pass 100 and are left alone.
import { quoteOf, type SentenceFigures } from './sentence-figures.ts';
import type { CheckResult } from './types.ts';

const SHARE = /占比|比重|比例|占[^，,。；]{0,12}的?$|(?:覆盖|办结|结案|审结|合格|满意|知晓|出庭|应诉|通过|公开|及时|调解成功|化解|纠错|达标|参与|普及|入网|上网|在线办理|网办|全程网办|审查)率/;
const NOT_SHARE = /增长|增幅|增速|增加|提高|提升|上升|下降|减少|降低|同比|较|比上年|完成|超额|目标|计划|为上年|相当于|回报|利用率/;

export function checkShares(sentences: readonly SentenceFigures[]): CheckResult[] {
  const out: CheckResult[] = [];
  for (const s of sentences) {
    for (const f of s.figures) {
      if (f.figure.unit !== '%' || f.figure.kind === 'change' || f.figure.measure === 'growth' || f.figure.measure === 'change') continue;
      const words = f.clause.replace(/(?:达到?|为|是|约|已达|均达|保持|稳定在|超过|超)$/g, '');
      if (!SHARE.test(words) || NOT_SHARE.test(f.clause)) continue;
      if (f.lo <= 100) continue;
      out.push({
        kind: 'share',
        verdict: 'inconsistent',
        message: `比例 ${f.figure.text} 超过 100%`,
        arithmetic: `${f.figure.value}% > 100%`,
        spans: [{ start: f.figure.start, end: f.figure.end }],
        quotes: [quoteOf(s)],
      });
    }
  }
  return out;
}
