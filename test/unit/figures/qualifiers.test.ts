import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';
import { hedgeInterval } from '../../../shared/figures/qualifiers.ts';

const hedges = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.qualifier, f.lo, f.hi]);

describe('hedgeInterval', () => {
  it('at least: 余 多 超 逾 以上 至少 → [v, v + step]', () => {
    expect(hedgeInterval(31000, 1000, '余')).toEqual([31000, 32000]);
    expect(hedgeInterval(200, 100, '多')).toEqual([200, 300]);
    expect(hedgeInterval(94, 1, '超')).toEqual([94, 95]);
  });
  it('close below: 近 不足 → [v − step, v], a tenth of the step for a lone leading 1', () => {
    expect(hedgeInterval(300, 100, '近')).toEqual([200, 300]);
    expect(hedgeInterval(1000000, 1000000, '近')).toEqual([900000, 1000000]);
    expect(hedgeInterval(4, 1, '不足')).toEqual([3, 4]);
  });
  it('about: 约 左右 → [v − step/2, v + step/2]', () => {
    expect(hedgeInterval(6, 1, '左右')).toEqual([5.5, 6.5]);
    expect(hedgeInterval(3500, 100, '约')).toEqual([3450, 3550]);
  });
  it('cap: 以内 以下 → [0, v]', () => {
    expect(hedgeInterval(10, 10, '以内')).toEqual([0, 10]);
  });
  it('no hedge → [v, v]', () => {
    expect(hedgeInterval(86, 1, null)).toEqual([86, 86]);
  });
});

describe('hedges in extracted figures', () => {
  it('keeps 余 and 多 inside the text, a leading hedge outside', () => {
    expect(hedges('调解纠纷2.6万余件，开展讲座近200场次，培训四百多人。')).toEqual([
      ['2.6万余件', 26000, '余', 26000, 27000],
      ['200场次', 200, '近', 100, 200],
      ['四百多人', 400, '多', 400, 500],
    ]);
  });

  it('normalises 超过 to 超 and keeps other hedges as written', () => {
    expect(hedges('出庭应诉率超过95%，研究生学历不足6%，每村至少配备2名调解员，挽回损失逾300万元。')).toEqual([
      ['95%', 95, '超', 95, 96],
      ['6%', 6, '不足', 5, 6],
      ['2名', 2, '至少', 2, 3],
      ['300万元', 3000000, '逾', 3000000, 4000000],
    ]);
  });

  it('reads trailing hedges after the unit', () => {
    expect(hedges('粮食播种面积稳定在120万亩以上，增长6%左右，差值控制在5个百分点以内。')).toEqual([
      ['120万亩', 1200000, '以上', 1200000, 1300000],
      ['6%', 6, '左右', 5.5, 6.5],
      ['5个百分点', 5, '以内', 0, 5],
    ]);
  });

  it('words that only stress a number are not hedges', () => {
    for (const f of extractFigures('成功率高达98%，败诉率降至4.1%，累计办理320件，共计培训15次，达到100%。')) {
      expect(f.qualifier).toBeNull();
      expect([f.lo, f.hi]).toEqual([f.value, f.value]);
    }
  });

  it('约 and 近 inside other words are not hedges', () => {
    expect(hedges('预约办理300人次，附近新建站点12个。')).toEqual([
      ['300人次', 300, null, 300, 300],
      ['12个', 12, null, 12, 12],
    ]);
  });

  it('traditional 餘 and 約', () => {
    expect(hedges('辦理案件3萬餘件，約500人參加。')).toEqual([
      ['3萬餘件', 30000, '余', 30000, 40000],
      ['500人', 500, '约', 450, 550],
    ]);
  });
});
