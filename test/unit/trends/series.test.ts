import { describe, expect, it } from 'vitest';
import { buildSeries, chartRows, compatibleFigures, dominantUnit, yearChange, yearSpan, type TrendCandidate } from '../../../shared/trends/series.ts';
import { displayScale, formatNumber, formatSigned, formatSignedFixed } from '../../../shared/trends/format.ts';
import type { DocType } from '../../../shared/meta/types.ts';
import type { RegionRef } from '../../../shared/trends/types.ts';

const xingguo: RegionRef = { key: '360732', name: '兴国县', code: '360732', level: 'county', parents: ['江西省', '赣州市'] };
const yudu: RegionRef = { key: '360731', name: '于都县', code: '360731', level: 'county', parents: ['江西省', '赣州市'] };
let id = 0;
function candidate(region: RegionRef, year: number, value: number, options: { start?: number; reportId?: number; docType?: DocType; unit?: string; lo?: number; hi?: number; status?: 'actual' | 'estimate' } = {}): TrendCandidate {
  const start = options.start ?? 100;
  return {
    region, year, value, lo: options.lo ?? value, hi: options.hi ?? value, unit: options.unit ?? '件', qualifier: null, kind: 'count', status: options.status ?? 'actual', indicator: '收到行政复议申请',
    source: {
      figureId: ++id, reportId: options.reportId ?? year, reportTitle: `${region.name}${year}年报告`, fileName: 'a.txt', fileHash: 'h', docType: options.docType ?? '法治政府建设报告',
      start, end: start + 3, sentenceStart: start - 10, sentenceEnd: start + 20, sentence: '…', text: `${value}件`,
    },
  };
}

describe('series shaping', () => {
  it('shows an actual over an estimate of the same year, and an estimate where there is nothing else', () => {
    const [series] = buildSeries(
      [candidate(xingguo, 2022, 95, { start: 5, status: 'estimate' }), candidate(xingguo, 2022, 97, { reportId: 9, start: 400 }), candidate(xingguo, 2023, 99, { status: 'estimate' })],
      [xingguo],
    );
    expect(series!.points.map((p) => [p.year, p.value, p.status])).toEqual([[2022, 97, 'actual'], [2023, 99, 'estimate']]);
  });

  it('keeps one unit family on a chart: 个 and 项 together, persons apart from person-times', () => {
    const figures = [candidate(xingguo, 2021, 5, { unit: '个' }), candidate(xingguo, 2022, 6, { unit: '项' }), candidate(yudu, 2022, 300, { unit: '人次' })];
    expect(compatibleFigures(figures).map((f) => f.unit)).toEqual(['个', '项']);
  });

  it('takes one point per region and year: the first in the text, counting the others', () => {
    const [series] = buildSeries([candidate(xingguo, 2023, 79, { start: 400 }), candidate(xingguo, 2023, 86, { start: 300 })], [xingguo]);
    expect(series!.points).toHaveLength(1);
    expect(series!.points[0]).toMatchObject({ value: 86, candidates: 2 });
  });

  it('prefers the region’s own annual report over a work report of the same year', () => {
    const [series] = buildSeries(
      [candidate(xingguo, 2023, 90, { reportId: 1, docType: '政府工作报告', start: 5 }), candidate(xingguo, 2023, 86, { reportId: 2, start: 300 })],
      [xingguo],
    );
    expect(series!.points[0]!.value).toBe(86);
  });

  it('leaves missing years out (never zero) and computes changes only against the year just before', () => {
    const series = buildSeries([95, 103, null, 121, 98].flatMap((v, i) => (v === null ? [] : [candidate(yudu, 2020 + i, v)])), [xingguo, yudu]);
    expect(series[0]!.points).toEqual([]);
    const points = series[1]!.points;
    expect(points.map((p) => p.year)).toEqual([2020, 2021, 2023, 2024]);
    expect(points[1]!.change).toMatchObject({ fromYear: 2020, absolute: 8 });
    expect(points[1]!.change!.percent).toBeCloseTo(8.42, 2);
    expect(points[2]!.change).toBeNull();
    expect(yearSpan(series)).toEqual([2020, 2021, 2022, 2023, 2024]);
    const rows = chartRows(series, yearSpan(series), '件');
    expect(rows.map((r) => r.s1)).toEqual([95, 103, null, 121, 98]);
    expect(rows.every((r) => r.s0 === null)).toBe(true);
  });

  it('gives hedged points a range and a rate’s change in points', () => {
    const rows = chartRows(buildSeries([candidate(xingguo, 2024, 18000, { lo: 18000, hi: 19000 })], [xingguo]), [2024], '件', 1e4);
    expect(rows[0]).toMatchObject({ s0: 1.8, s0err: [0, 0.1] });
    expect(yearChange({ year: 2023, value: 98.5, unit: '%' }, { value: 98.9, unit: '%' })).toMatchObject({ percent: null });
    expect(yearChange({ year: 2023, value: 5, unit: '件' }, { value: 6, unit: '人' })).toBeNull();
    expect(dominantUnit([{ unit: '件' }, { unit: '人' }, { unit: '件' }])).toBe('件');
  });
});

describe('display', () => {
  it('scales money to 万元 and 亿元 and keeps rates', () => {
    expect(displayScale('元', 2_750_000)).toEqual({ divisor: 1e4, unit: '万元' });
    expect(displayScale('元', 3e9)).toEqual({ divisor: 1e8, unit: '亿元' });
    expect(displayScale('件', 18000)).toEqual({ divisor: 1, unit: '件' });
    expect(displayScale('%', 98)).toEqual({ divisor: 1, unit: '%' });
    expect(formatNumber(31000)).toBe('31,000');
    expect(formatNumber(-3.1)).toBe('−3.1');
    expect(formatSigned(19.444, '%')).toBe('+19.4%');
    expect(formatSigned(0.01, '%')).toBe('±0%');
    expect(formatSignedFixed(-19, '%', 2)).toBe('−19.00%');
  });
});
