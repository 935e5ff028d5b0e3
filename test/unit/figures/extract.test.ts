import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractFigures } from '../../../shared/figures/extract.ts';
import { DICTIONARY_VERSION } from '../../../shared/indicators/match.ts';

const report = [
  '某县2023年法治政府建设情况报告',
  '2023年，全县共收到行政复议申请152件，审结140件，纠错率为8.6%。',
  '全年办理县人大代表建议64件、政协提案91件，满意率达100%。',
  '调解各类矛盾纠纷3.2万余件，调解成功率98.7%，涉及金额近2亿元。',
].join('\n');

describe('extractFigures', () => {
  const found = extractFigures(report);

  it('returns figures sorted by start, non-overlapping, with text equal to the slice', () => {
    expect(found.length).toBe(9);
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      expect(f.text).toBe(report.slice(f.start, f.end));
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
    }
  });

  it('gives each figure its sentence', () => {
    const f = found.find((g) => g.text === '98.7%')!;
    expect(report.slice(f.sentenceStart, f.sentenceEnd)).toBe('调解各类矛盾纠纷3.2万余件，调解成功率98.7%，涉及金额近2亿元。');
  });

  it('fills every field', () => {
    expect(found.find((g) => g.text === '3.2万余件')).toEqual({
      start: expect.any(Number),
      end: expect.any(Number),
      text: '3.2万余件',
      value: 32000,
      lo: 32000,
      hi: 33000,
      unit: '件',
      qualifier: '余',
      kind: 'count',
      direction: null,
      indicator: '调解各类矛盾纠纷',
      indicatorId: 'disputes_resolved',
      measure: 'level',
      status: 'actual',
      sentenceStart: expect.any(Number),
      sentenceEnd: expect.any(Number),
    });
    expect(found.find((g) => g.text === '2亿元')).toMatchObject({ value: 200000000, unit: '元', kind: 'money', qualifier: '近' });
  });

  it('reads offsets in the original text when it is traditional script or full-width', () => {
    const text = '全年受理案件１，２３４件，同比增長１２．５％，提高３個百分點。';
    const figures = extractFigures(text);
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['１，２３４件', 1234, '件'],
      ['１２．５％', 12.5, '%'],
      ['３個百分點', 3, '个百分点'],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('never throws on odd input', () => {
    expect(extractFigures('')).toEqual([]);
    expect(extractFigures(undefined as unknown as string)).toEqual([]);
    expect(extractFigures('\uD800\uDFFF\u0000%%%一一一万万万亿亿', { skip: [{ start: -5, end: Number.NaN }] })).toEqual(
      expect.any(Array),
    );
  });

  it('never reads the tail of a number broken over two lines as a number of its own', () => {
    const values = (text: string) => extractFigures(text).map((f) => `${f.value}${f.unit}`);
    // text copied from a page laid out in lines
    expect(values('全年固定资产投资完成1\n5440万元,同比增长6\n.5%,社会消费品零售总额63\n.3亿元。')).toEqual([]);
    expect(values('办理行政复议案件1,\n234件。')).toEqual([]);
    // a number that starts its line after a line of words is read
    expect(values('全年办理行政复议案件\n86件,审结\n75件。')).toEqual(['86件', '75件']);
    // and one after a heading's number is read too: the heading ends in words
    expect(values('一、2023年工作情况\n86件行政复议案件全部审结。')).toEqual(['86件']);
  });

  it('names its version with the dictionary version', () => {
    expect(EXTRACTOR_VERSION).toContain(DICTIONARY_VERSION);
  });
});
