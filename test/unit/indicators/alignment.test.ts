import { describe, expect, it } from 'vitest';
import { scoreAlignment } from '../../../shared/indicators/alignment.ts';
import { chartKeyOf, parseChartKey } from '../../../shared/indicators/chart-key.ts';

describe('scoreAlignment', () => {
  it('counts pairs across reports of a region, never inside one report', () => {
    const s = scoreAlignment([
      [
        { report: 'a', label: '受理案件', key: 'k1' },
        { report: 'b', label: '受理案件', key: 'k1' },
        { report: 'b', label: '办结案件', key: 'k1' },
        { report: 'a', label: '办结率', key: 'k2' },
      ],
    ]);
    // a/受理–b/受理 right; a/受理–b/办结 charted together wrongly; a/办结率 alone
    expect(s).toMatchObject({ predictedSame: 2, labelledSame: 1, bothSame: 1, precision: 0.5, recall: 1 });
  });

  it('does not pair figures of different regions', () => {
    const s = scoreAlignment([[{ report: 'a', label: 'x', key: 'k' }], [{ report: 'b', label: 'x', key: 'k' }]]);
    expect(s).toMatchObject({ predictedSame: 0, labelledSame: 0, f1: 1 });
  });
});

describe('chart keys', () => {
  it('keep level bare and suffix other measures', () => {
    expect(chartKeyOf({ indicatorId: 'gdp', indicator: '地区生产总值', measure: 'level' })).toBe('gdp');
    expect(chartKeyOf({ indicatorId: 'gdp', indicator: '地区生产总值', measure: 'growth' })).toBe('gdp~growth');
    expect(chartKeyOf({ indicatorId: null, indicator: '培训人次', measure: 'level' })).toBe('label:培训人次');
    expect(chartKeyOf({ indicatorId: 'mediation_success_rate', indicator: '调解成功率', measure: 'share' })).toBe('mediation_success_rate');
  });

  it('round-trip through parseChartKey', () => {
    for (const parts of [
      { indicatorId: 'gdp', indicator: 'gdp', measure: 'growth' as const },
      { indicatorId: null, indicator: '审批时间~压缩', measure: 'change' as const },
      { indicatorId: null, indicator: '审批时间~压缩', measure: 'level' as const },
    ]) {
      expect(parseChartKey(chartKeyOf(parts))).toEqual(parts);
    }
  });
});
