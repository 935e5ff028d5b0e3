import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';
import { readUnit, unitKindOf } from '../../../shared/figures/units.ts';

const units = (text: string) => extractFigures(text).map((f) => [f.text, f.value, f.unit]);

describe('readUnit', () => {
  it('prefers the longest surface and normalises', () => {
    expect(readUnit('5个百分点', 1)).toMatchObject({ unit: '个百分点', kind: 'percent' });
    expect(readUnit('5人次', 1)).toMatchObject({ unit: '人次', kind: 'count' });
    expect(readUnit('10大类', 2)).toMatchObject({ unit: '类' });
    expect(readUnit('2个工作日', 1)).toMatchObject({ unit: '个工作日', kind: 'duration' });
    expect(readUnit('3个多月', 1)).toMatchObject({ unit: '个月', hedge: '多' });
  });

  it('allows up to two spaces before the unit', () => {
    expect(readUnit('18 次', 2)).toMatchObject({ unit: '次', end: 4 });
    expect(readUnit('18\u3000 次', 2)).toMatchObject({ unit: '次' });
    expect(readUnit('18   次', 2)).toBeNull();
  });

  it('is not a unit when the next characters make another word', () => {
    expect(readUnit('四位一体', 1)).toBeNull();
    expect(readUnit('三次产业', 1)).toBeNull();
    expect(readUnit('100周年', 3)).toBeNull();
    expect(readUnit('2023年度', 4)).toBeNull();
  });

  it('knows the kind of each normalised unit', () => {
    expect(unitKindOf('元')).toBe('money');
    expect(unitKindOf('‰')).toBe('percent');
    expect(unitKindOf('亩')).toBe('measure');
    expect(unitKindOf('小时')).toBe('duration');
    expect(unitKindOf('件')).toBe('count');
    expect(unitKindOf('')).toBeNull();
  });
});

describe('units in extracted figures', () => {
  it('reads counting words and measures', () => {
    expect(units('受理来信52件，接待群众118人次，走访企业36家，建成调解室9间，印发手册2400册。')).toEqual([
      ['52件', 52, '件'],
      ['118人次', 118, '人次'],
      ['36家', 36, '家'],
      ['9间', 9, '间'],
      ['2400册', 2400, '册'],
    ]);
    expect(units('新增耕地1.8万亩，粮食产量45.6万吨，修建道路32公里，执法人员平均年龄38.5岁。')).toEqual([
      ['1.8万亩', 18000, '亩'],
      ['45.6万吨', 456000, '吨'],
      ['32公里', 32, '公里'],
      ['38.5岁', 38.5, '岁'],
    ]);
  });

  it('scales money to 元', () => {
    expect(units('投入专项资金2.35亿元，减免费用680万元，发放补贴3200元。')).toEqual([
      ['2.35亿元', 235000000, '元'],
      ['680万元', 6800000, '元'],
      ['3200元', 3200, '元'],
    ]);
  });

  it('keeps 个百分点 apart from % and reads ‰', () => {
    expect(units('结案率98.2%，提高1.5个百分点，出生率7.2‰，千分之三的误差。')).toEqual([
      ['98.2%', 98.2, '%'],
      ['1.5个百分点', 1.5, '个百分点'],
      ['7.2‰', 7.2, '‰'],
      ['千分之三', 3, '‰'],
    ]);
  });

  it('reads traditional script and a space before the unit', () => {
    expect(units('全年辦理案件1.2萬件，提升2個百分點，培訓幹部36 次。')).toEqual([
      ['1.2萬件', 12000, '件'],
      ['2個百分點', 2, '个百分点'],
      ['36 次', 36, '次'],
    ]);
  });

  it('gives a scaled number without a counting word the unit its indicator implies', () => {
    expect(units('平台注册人数达120余万，交易金额3.5亿。')).toEqual([
      ['120余万', 1200000, '人'],
      ['3.5亿', 350000000, '元'],
    ]);
  });

  it('durations: time limits and years', () => {
    // 连续5年 is a streak, not a figure (GENRE.md)
    expect(units('审批时限压缩至3个工作日内，最快仅两小时办结，连续5年获评先进。')).toEqual([
      ['3个工作日', 3, '个工作日'],
      ['两小时', 2, '小时'],
    ]);
  });
});
