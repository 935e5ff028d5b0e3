import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';
import { parseUnitWords } from '../../../shared/figures/tables.ts';

const table = [
  '二、主要指标完成情况',
  '| 指标 | 单位 | 2024年 | 比上年增长(%) |',
  '| --- | --- | --- | --- |',
  '| 地区生产总值 | 亿元 | 432.5 | 5.6 |',
  '| 粮食产量 | 万吨 | 31.2 | -2.4 |',
  '',
  '| 项目 | 收案数(件) | 办结率(%) |',
  '| 行政复议 | 57 | 96.5 |',
].join('\n');

describe('pipe tables', () => {
  it('give bare numbers the unit of their header or unit column and the row label as indicator', () => {
    const found = extractFigures(table).map((f) => [f.text, f.value, f.unit, f.indicator, f.indicatorId, f.measure, f.direction]);
    expect(found).toEqual([
      ['432.5', 43_250_000_000, '元', '地区生产总值', 'gdp', 'level', null],
      ['5.6', 5.6, '%', '地区生产总值', 'gdp', 'growth', 'up'],
      ['31.2', 312_000, '吨', '粮食产量', 'grain_output', 'level', null],
      ['-2.4', 2.4, '%', '粮食产量', 'grain_output', 'growth', 'down'],
      ['57', 57, '件', '行政复议收案数', 'admin_review_received', 'level', null],
      ['96.5', 96.5, '%', '行政复议办结率', 'admin_review_conclusion_rate', 'share', null],
    ]);
    for (const f of extractFigures(table)) expect(table.slice(f.start, f.end)).toBe(f.text);
  });

  it('read unit words with their scale', () => {
    expect(parseUnitWords('亿元')).toEqual({ scale: 1e8, unit: '元', kind: 'money' });
    expect(parseUnitWords('万人')).toMatchObject({ scale: 1e4, unit: '人' });
    expect(parseUnitWords('%')).toMatchObject({ unit: '%', kind: 'percent' });
    expect(parseUnitWords('备注')).toBeNull();
  });

  it('leave numbers without a unit alone', () => {
    expect(extractFigures('| 序号 | 名称 |\n| 1 | 某镇 |\n| 2 | 某乡 |')).toEqual([]);
  });
});
