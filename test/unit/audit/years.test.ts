import { describe, expect, it } from 'vitest';
import { detectJumps } from '../../../shared/audit/jumps.ts';
import { measureReuse } from '../../../shared/audit/reuse.ts';
import { findHeadings } from '../../../shared/text/outline.ts';
import { detectSilence } from '../../../shared/audit/silence.ts';
import type { IndicatorValue, YearReport } from '../../../shared/audit/series.ts';

const v = (value: number, unit = '件', label = '行政复议案件'): IndicatorValue => ({ start: 0, end: 3, value, unit, text: `${value}${unit}`, label });
const year = (id: number, y: number, values: Record<string, IndicatorValue[]>, truncated = false, labels: string[] = []): YearReport =>
  ({ id, year: y, truncated, values: new Map(Object.entries(values)), labels: new Set(labels) });

describe('silence', () => {
  it('reports an indicator stated in N−1 and left out in N, with its last value', () => {
    const s = detectSilence([year(1, 2029, { review: [v(86)], aid: [v(40, '件', '法律援助案件')] }), year(2, 2030, { review: [v(90)] })]);
    expect(s).toMatchObject([{ indicator: 'aid', year: 2030, lastYear: 2029, lastValue: 40, lastReportId: 1, reportId: 2 }]);
  });

  it('does not judge a cut-off report, a gap year, or words the dictionary missed', () => {
    expect(detectSilence([year(1, 2029, { aid: [v(40)] }), year(2, 2030, {}, true)])).toEqual([]);
    expect(detectSilence([year(1, 2028, { aid: [v(40)] }), year(2, 2030, {})])).toEqual([]);
    expect(detectSilence([year(1, 2029, { aid: [v(40)] }), year(2, 2030, {}, false, ['行政复议案件'])])).toEqual([]);
  });

  it('does not take a count of awards for the indicator', () => {
    expect(detectSilence([year(1, 2029, { aid: [v(1, '家', '法律援助工作先进集体')] }), year(2, 2030, {})])).toEqual([]);
  });
});

describe('jumps', () => {
  it('flags a tenfold change for a look', () => {
    const j = detectJumps([year(1, 2029, { review: [v(86)] }), year(2, 2030, { review: [v(1200)] })]);
    expect(j).toHaveLength(1);
    expect(j[0]!.factor).toBeCloseTo(13.95, 2);
  });

  it('keeps quiet when any pairing of the stated values is within tenfold, or units differ', () => {
    expect(detectJumps([year(1, 2029, { review: [v(86)] }), year(2, 2030, { review: [v(1200), v(95)] })])).toEqual([]);
    expect(detectJumps([year(1, 2029, { review: [v(86)] }), year(2, 2030, { review: [v(86000, '人次')] })])).toEqual([]);
    expect(detectJumps([year(1, 2029, { review: [v(86)] }), year(2, 2030, { review: [v(700)] })])).toEqual([]);
  });
});

describe('reuse', () => {
  const before = '某县2029年报告\n一、主要举措\n全县坚持以人民为中心的发展思想,统筹推进各项工作。全年办理复议案件52件。今年新建调解室。';
  const after = '某县2030年报告\n一、主要举措\n全县坚持以人民为中心的发展思想,统筹推进各项工作。全年办理复议案件61件。新设立法律服务站三处,覆盖所有乡镇。';

  it('counts prose sentences repeated verbatim or with new numbers, not titles or headings', () => {
    const r = measureReuse({ id: 1, year: 2029, text: before, junk: [] }, { text: after, junk: [], headings: [{ start: 10, end: 17 }] });
    expect(r).toMatchObject({ previousId: 1, previousYear: 2029, sentences: 3, repeated: 2 });
    expect(r.share).toBeCloseTo(2 / 3, 5);
    expect(r.passages.map((p) => p.text)).toEqual(['全县坚持以人民为中心的发展思想,统筹推进各项工作。全年办理复议案件61件。']);
  });

  it('reads a traditional-script copy as the same sentences', () => {
    const traditional = after.replace('发展思想', '發展思想').replace('统筹推进各项工作', '統籌推進各項工作');
    const r = measureReuse({ id: 1, year: 2029, text: before, junk: [] }, { text: traditional, junk: [], headings: [] });
    expect(r.repeated).toBe(2);
  });

  it('gives no share for a text too short to say, and breaks passages at headings', () => {
    const short = measureReuse({ id: 1, year: 2029, text: before, junk: [] }, { text: '全县坚持以人民为中心的发展思想,统筹推进各项工作。', junk: [], headings: [] });
    expect(short).toMatchObject({ share: null, repeated: 1, sentences: 1 });
    const prev = '一、做法\n全县坚持依法行政,统筹推进各项工作。\n二、成效\n全年办理复议案件52件,办结率百分之百。';
    const next = '一、做法\n全县坚持依法行政,统筹推进各项工作。\n二、成效\n全年办理复议案件60件,办结率百分之百。';
    const r = measureReuse({ id: 1, year: 2029, text: prev, junk: [] }, { text: next, junk: [], headings: findHeadings(next) });
    expect(r.passages.map((p) => p.text)).toEqual(['全县坚持依法行政,统筹推进各项工作。', '全年办理复议案件60件,办结率百分之百。']);
  });
});
