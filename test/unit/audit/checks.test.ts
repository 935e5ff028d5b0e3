import { describe, expect, it } from 'vitest';
import { checkOrder } from '../../../shared/audit/check-order.ts';
import { checkRates } from '../../../shared/audit/check-rate.ts';
import { checkParts } from '../../../shared/audit/check-parts.ts';
import { checkShares } from '../../../shared/audit/check-share.ts';
import { checkChanges } from '../../../shared/audit/check-change.ts';
import { change, count, percent, sentencesOf } from './build.ts';

describe('counts that must order', () => {
  it('passes closed ≤ received and flags closed > received, quoting the sentence', () => {
    const ok = checkOrder(sentencesOf('全年共收到信访事项320件,办结305件。', [count('320件', 320), count('305件', 305)]));
    expect(ok).toMatchObject([{ kind: 'order', verdict: 'consistent', arithmetic: '305件 ≤ 320件' }]);
    const text = '本年度受理复议申请75件,审结81件。';
    const bad = checkOrder(sentencesOf(text, [count('75件', 75), count('81件', 81)]));
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ verdict: 'inconsistent', arithmetic: '81件 > 75件' });
    expect(bad[0]!.quotes[0]!.text).toBe(text);
    expect(bad[0]!.spans.map((s) => text.slice(s.start, s.end))).toEqual(['75件', '81件']);
  });

  it('flags accepted > applied', () => {
    const r = checkOrder(sentencesOf('共收到行政复议申请40件,受理44件。', [count('40件', 40), count('44件', 44)]));
    expect(r).toMatchObject([{ verdict: 'inconsistent', arithmetic: '44件 > 40件' }]);
  });

  it('leaves sentences with cases carried over from last year alone', () => {
    expect(checkOrder(sentencesOf('收到案件50件,审结62件(含上年结转案件15件)。', [count('50件', 50), count('62件', 62), count('15件', 15)]))).toEqual([]);
    // 新收 implies old cases: closing more than the new ones is normal
    expect(checkOrder(sentencesOf('新收案件50件,审结62件。', [count('50件', 50), count('62件', 62)]))).toEqual([]);
  });

  it('does not pair a closed count with another subject named in between', () => {
    const text = '收到投诉12件,全市法院行政诉讼一审案件办结30件。';
    expect(checkOrder(sentencesOf(text, [count('12件', 12), count('30件', 30)]))).toEqual([]);
  });

  it('allows a hedged intake its interval', () => {
    const text = '受理群众诉求1.2万余件,办结12100件。';
    const r = checkOrder(sentencesOf(text, [{ text: '1.2万余件', value: 12000, lo: 12000, hi: 13000, unit: '件', qualifier: '余' }, count('12100件', 12100)]));
    expect(r).toMatchObject([{ verdict: 'consistent' }]);
  });
});

describe('a stated rate against its own counts', () => {
  it('accepts 办结率 within the rounding of its last digit', () => {
    const r = checkRates(sentencesOf('受理咨询4000件,办结3999件,办结率99.98%。', [count('4000件', 4000), count('3999件', 3999), percent('99.98%', 99.98)]));
    expect(r).toMatchObject([{ kind: 'rate', verdict: 'consistent' }]);
    expect(r[0]!.arithmetic).toContain('3999 ÷ 4000 = 99.975%');
  });

  it('flags a 办结率 its counts cannot give, showing the division', () => {
    const r = checkRates(sentencesOf('受理咨询400件,办结360件,办结率95%。', [count('400件', 400), count('360件', 360), percent('95%', 95)]));
    expect(r).toMatchObject([{ verdict: 'inconsistent', arithmetic: '360 ÷ 400 = 90% ≠ 95%' }]);
  });

  it('does not judge a rate of those closed in time against the intake', () => {
    const text = '受理案件200件,法定期限内审结180件,法定期限内审结率为100%。';
    expect(checkRates(sentencesOf(text, [count('200件', 200), count('180件', 180), percent('100%', 100)]))).toEqual([]);
  });

  it('confirms another rate when a base in the sentence fits, and never calls it wrong', () => {
    const fits = '办理纠纷120件,调解成功96件,调解成功率80%。';
    expect(checkRates(sentencesOf(fits, [count('120件', 120), count('96件', 96), percent('80%', 80)]))).toMatchObject([{ verdict: 'consistent' }]);
    const noBase = '办理纠纷120件,调解成功96件,调解成功率85%。';
    expect(checkRates(sentencesOf(noBase, [count('120件', 120), count('96件', 96), percent('85%', 85)]))).toEqual([]);
  });
});

describe('parts against their whole', () => {
  it('adds the parts after 其中 and compares them with the whole', () => {
    const ok = checkParts(sentencesOf('共发放补贴90户,其中城镇40户、农村50户。', [count('90户', 90, '户'), count('40户', 40, '户'), count('50户', 50, '户')]));
    expect(ok).toMatchObject([{ kind: 'parts', verdict: 'consistent', arithmetic: '40户 + 50户 = 90户 ≤ 90户' }]);
    const bad = checkParts(sentencesOf('共发放补贴90户,其中城镇45户、农村50户。', [count('90户', 90, '户'), count('45户', 45, '户'), count('50户', 50, '户')]));
    expect(bad).toMatchObject([{ verdict: 'inconsistent', arithmetic: '45户 + 50户 = 95户 > 90户' }]);
  });

  it('does not sum a part with its own stage (其中…办结)', () => {
    const text = '办理案件300件,其中涉企案件200件,办结150件。';
    const r = checkParts(sentencesOf(text, [count('300件', 300), count('200件', 200), count('150件', 150)]));
    expect(r).toMatchObject([{ verdict: 'consistent', arithmetic: '200件 ≤ 300件' }]);
  });

  it('writes the sum in the units of the text', () => {
    const text = '全年粮食产量9.5万吨,其中早稻3.5万吨、晚稻4.3万吨。';
    const r = checkParts(sentencesOf(text, [
      { text: '9.5万吨', value: 95000, unit: '吨', kind: 'measure' }, { text: '3.5万吨', value: 35000, unit: '吨', kind: 'measure' }, { text: '4.3万吨', value: 43000, unit: '吨', kind: 'measure' },
    ]));
    expect(r).toMatchObject([{ verdict: 'consistent', arithmetic: '3.5万吨 + 4.3万吨 = 7.8万吨 ≤ 9.5万吨' }]);
  });

  it('flags a single part larger than the whole', () => {
    const r = checkParts(sentencesOf('培训干部500人,其中科级以上干部620人。', [count('500人', 500, '人'), count('620人', 620, '人')]));
    expect(r).toMatchObject([{ verdict: 'inconsistent' }]);
    expect(r[0]!.message).toContain('620人');
  });
});

describe('shares are at most 100%', () => {
  it('flags 占比 above 100 and leaves growth and completion alone', () => {
    const bad = checkShares(sentencesOf('网上办理事项占比达102.5%。', [percent('102.5%', 102.5)]));
    expect(bad).toMatchObject([{ kind: 'share', verdict: 'inconsistent', arithmetic: '102.5% > 100%' }]);
    expect(checkShares(sentencesOf('税收收入完成年度目标的108%。', [percent('108%', 108)]))).toEqual([]);
    expect(checkShares(sentencesOf('案件数量较上年增长130%。', [change('130%', 130)]))).toEqual([]);
    expect(checkShares(sentencesOf('群众满意率达98.6%。', [percent('98.6%', 98.6)]))).toEqual([]);
  });
});

describe('a stated change against its own before and after', () => {
  it('checks 由X降至Y,下降Z% within rounding', () => {
    const ok = checkChanges(sentencesOf('办事环节由12个压缩到9个,压减25%。', [count('12个', 12, '个'), count('9个', 9, '个'), change('25%', 25)]));
    expect(ok).toMatchObject([{ kind: 'change', verdict: 'consistent' }]);
    const bad = checkChanges(sentencesOf('办事环节由12个压缩到9个,压减40%。', [count('12个', 12, '个'), count('9个', 9, '个'), change('40%', 40)]));
    expect(bad).toMatchObject([{ verdict: 'inconsistent', arithmetic: '|9 − 12| ÷ 12 = 25% ≠ 40%' }]);
  });

  it('flags a change that goes the other way than its words', () => {
    const r = checkChanges(sentencesOf('平均用时由5天增加到3天,增长40%。', [count('5天', 5, '天'), count('3天', 3, '天'), change('40%', 40)]));
    expect(r[0]).toMatchObject({ verdict: 'inconsistent' });
    expect(r[0]!.message).toContain('下降');
  });

  it('reads a change of a rate in 个百分点 as the difference', () => {
    const text = '败诉率由10.5%降至8.5%,下降2个百分点。';
    const r = checkChanges(sentencesOf(text, [percent('10.5%', 10.5), percent('8.5%', 8.5), change('2个百分点', 2, '个百分点')]));
    expect(r).toMatchObject([{ verdict: 'consistent' }]);
  });

  it('checks a change stated in the figures’ own unit', () => {
    const ok = checkChanges(sentencesOf('申请材料由15份精简到9份,减少6份。', [count('15份', 15, '份'), count('9份', 9, '份'), count('6份', 6, '份')]));
    expect(ok).toMatchObject([{ verdict: 'consistent', arithmetic: '|9 − 15| = 6份 ≈ 6份' }]);
    const bad = checkChanges(sentencesOf('申请材料由15份精简到9份,减少8份。', [count('15份', 15, '份'), count('9份', 9, '份'), count('8份', 8, '份')]));
    expect(bad).toMatchObject([{ verdict: 'inconsistent' }]);
  });

  it('ignores a percent that speaks of another subject', () => {
    const text = '开办企业由5个工作日减少为1个工作日,投资项目审批时间平均减少60%。';
    expect(checkChanges(sentencesOf(text, [count('5个工作日', 5, '天'), count('1个工作日', 1, '天'), change('60%', 60)]))).toEqual([]);
  });
});
