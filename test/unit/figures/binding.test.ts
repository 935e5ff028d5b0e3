// Each value bound to what it counts, and how: lists with 分别, growth vs level, targets, estimates, ranks,
// milestones. Sentences are the project's own, written in the genre's manner.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';
import { unitFamily } from '../../../shared/figures/units.ts';
import { chartKeyOf } from '../../../shared/indicators/chart-key.ts';

const pick = (text: string) =>
  extractFigures(text).map((f) => ({ text: f.text, indicator: f.indicator, id: f.indicatorId, measure: f.measure, status: f.status }));

describe('分别 lists', () => {
  it('pair names with values in order, and the growth rates after them too', () => {
    const found = pick('全年财政总收入、一般公共预算收入分别完成88.4亿元、41.2亿元，同比增长7.5%、9.1%。');
    expect(found).toEqual([
      { text: '88.4亿元', indicator: '财政总收入', id: 'fiscal_total_revenue', measure: 'level', status: 'actual' },
      { text: '41.2亿元', indicator: '一般公共预算收入', id: 'general_budget_revenue', measure: 'level', status: 'actual' },
      { text: '7.5%', indicator: '财政总收入', id: 'fiscal_total_revenue', measure: 'growth', status: 'actual' },
      { text: '9.1%', indicator: '一般公共预算收入', id: 'general_budget_revenue', measure: 'growth', status: 'actual' },
    ]);
  });

  it('give a short modifier the head noun it shares (城镇、农村居民…)', () => {
    const found = pick('城镇、农村居民人均可支配收入分别增长4.8%、6.9%。');
    expect(found.map((f) => f.id)).toEqual(['disposable_income_urban', 'disposable_income_rural']);
    expect(found.map((f) => f.measure)).toEqual(['growth', 'growth']);
  });

  it('leave a list alone when names and values do not pair up', () => {
    const found = pick('办理人大代表建议、政协提案分别为36件。');
    expect(found).toHaveLength(1);
  });
});

describe('measure', () => {
  it('keeps GDP level and GDP growth on two chart keys', () => {
    const [level, growth] = extractFigures('全区地区生产总值达到512.3亿元，增长6.1%。');
    expect(level!.indicatorId).toBe('gdp');
    expect(growth!.indicatorId).toBe('gdp');
    expect(chartKeyOf(level!)).toBe('gdp');
    expect(chartKeyOf(growth!)).toBe('gdp~growth');
  });

  it('sets growth on an adjusted basis apart from plain growth', () => {
    expect(pick('一般公共预算收入可比增长2.3%。')[0]).toMatchObject({ id: 'general_budget_revenue', measure: 'adjusted-growth' });
    expect(pick('税收收入增长4.1%（同口径）。')[0]).toMatchObject({ measure: 'adjusted-growth' });
    expect(pick('按可比价格计算，地区生产总值比上年增长5.2%。')[0]).toMatchObject({ id: 'gdp', measure: 'growth' });
  });

  it('tells shares, point changes, absolute changes and ranks', () => {
    expect(pick('行政复议纠错率为12.5%。')[0]).toMatchObject({ measure: 'share' });
    expect(pick('城镇化率提高1.2个百分点。')[0]).toMatchObject({ measure: 'change' });
    expect(pick('证明事项较上年减少36项。')[0]).toMatchObject({ measure: 'change' });
    expect(pick('在全省营商环境评价中排名较上年前移5位。')[0]).toMatchObject({ measure: 'rank' });
  });
});

describe('status', () => {
  it('marks estimates through the end of their sentence', () => {
    const found = pick('预计全年地区生产总值完成640亿元，增长5.5%。全年接待游客120万人次。');
    expect(found.map((f) => f.status)).toEqual(['estimate', 'estimate', 'actual']);
    expect(found[0]!.indicator).toBe('地区生产总值');
  });

  it('marks targets: 力争, 目标, and the items of a targets paragraph', () => {
    expect(pick('力争规模以上工业增加值增长8%。')[0]).toMatchObject({ status: 'target' });
    const items = pick('今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；城镇新增就业1.2万人；居民消费价格涨幅3%左右。');
    expect(items.map((f) => f.status)).toEqual(['target', 'target', 'target']);
  });

  it('keeps 控制在 in a review of the year an actual', () => {
    expect(pick('城镇调查失业率控制在5.3%以内。')[0]).toMatchObject({ status: 'actual' });
  });
});

describe('not figures', () => {
  it('drops milestones passed, streaks and reign years', () => {
    expect(pick('全市生产总值先后跨越800亿元、900亿元台阶，财政收入突破百亿大关。')).toEqual([]);
    expect(pick('粮食产量连续9年稳定，连续三年获评先进。')).toEqual([]);
    expect(pick('唐贞观十三年(639)，析县东部置新县。')).toEqual([]);
  });

  it('drops a count that announces the list after it', () => {
    expect(pick('工作中突出了三个重点：一是抓学习。')).toEqual([]);
    expect(pick('明确以下四项任务：（一）加强领导。')).toEqual([]);
    expect(pick('聚焦六项重点任务、23项工作举措。').map((f) => f.text)).toEqual(['六项', '23项']);
  });

  it('keeps the level a sentence reaches after its milestones', () => {
    const found = pick('生产总值跨越千亿元台阶，2023年达到1086亿元。');
    expect(found.map((f) => f.text)).toEqual(['1086亿元']);
  });
});

describe('labels that name something', () => {
  it('take the subject of the sentence or the paragraph, never a time word or a bare verb', () => {
    const found = pick('全区生产总值先后跨越300亿元、400亿元台阶，初步核算2023年达到436亿元。全年增长5.2%。');
    expect(found.map((f) => [f.text, f.indicator, f.id, f.measure])).toEqual([
      ['436亿元', '生产总值', 'gdp', 'level'],
      ['5.2%', '生产总值', 'gdp', 'growth'],
    ]);
  });
});

describe('unit families', () => {
  it('let counting words of one kind share a chart line, and keep persons apart from person-times', () => {
    expect(unitFamily('个')).toBe(unitFamily('项'));
    expect(unitFamily('件')).toBe(unitFamily('宗'));
    expect(unitFamily('人')).not.toBe(unitFamily('人次'));
    expect(unitFamily('次')).not.toBe(unitFamily('件'));
  });
});
