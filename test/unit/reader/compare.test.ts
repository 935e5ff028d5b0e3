import { describe, expect, it } from 'vitest';
import { compareTexts, sentenceAround, sentenceKey, similarity, splitSentences } from '../../../shared/text/compare.ts';
import { countyReport2023, countyReport2024 } from '../../fixtures/library/reports.ts';
import { generateReport } from '../../../scripts/bench/_generate.ts';

const slices = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map((r) => text.slice(r.start, r.end));

describe('splitting sentences', () => {
  it('ends a sentence after 。！？； and at line breaks, without leading spaces', () => {
    const text = '  一、主要工作\n全年收到申请52件。受理48件；审结45件！\n\n  落款';
    expect(slices(text, splitSentences(text))).toEqual(['一、主要工作', '全年收到申请52件。', '受理48件；', '审结45件！', '落款']);
  });

  it('leaves out sentences inside skipped ranges', () => {
    const text = '首页>新闻\n正文第一句。正文第二句。\n版权所有';
    const junkStart = text.indexOf('版权');
    const sentences = slices(text, splitSentences(text, [{ start: 0, end: 5 }, { start: junkStart, end: text.length }]));
    expect(sentences).toEqual(['正文第一句。', '正文第二句。']);
  });

  it('finds the sentence around a span', () => {
    const text = '第一句。全年收到申请52件,受理48件。第三句';
    const at = text.indexOf('52件');
    const around = sentenceAround(text, at, at + 3);
    expect(text.slice(around.start, around.end)).toBe('全年收到申请52件,受理48件。');
  });
});

describe('sentence keys and similarity', () => {
  it('blanks numbers and drops punctuation', () => {
    expect(sentenceKey('全年收到行政复议申请52件,受理48.5件。')).toBe(sentenceKey('全年收到行政复议申请61件，受理50件'));
  });

  it('scores the same text 1 and unrelated text near 0', () => {
    expect(similarity('行政复议', '行政复议')).toBe(1);
    expect(similarity('行政复议案件', '普法宣传活动')).toBe(0);
    expect(similarity('全县排查矛盾纠纷', '全市排查矛盾纠纷')).toBeGreaterThan(0.6);
  });
});

describe("what's new between consecutive years", () => {
  it('counts a sentence whose numbers alone changed as repeated, and rewritten sentences as new', () => {
    const { current } = compareTexts(countyReport2023, countyReport2024);
    const status = new Map(current.map((s) => [countyReport2024.slice(s.start, s.end), s.status]));
    expect(status.get('全县排查矛盾纠纷1.4万余件,调解成功率达98.9%。')).toBe('repeated');
    expect(status.get('一、主要工作')).toBe('repeated');
    expect(status.get('2024年,宁都县持续深化法治政府建设。')).toBe('new');
    expect(status.get('(一)行政复议工作。')).toBe('repeated');
    expect(status.get('全年收到行政复议申请61件,同比增长17.3%,审结58件。')).toBe('new');
  });

  it('counts a lightly edited sentence as repeated', () => {
    const before = '坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻落实党中央、国务院关于法治政府建设的决策部署。';
    const after = '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻落实党中央、国务院关于法治政府建设的决策部署。';
    expect(compareTexts(before, after).current).toEqual([{ start: 0, end: after.length, status: 'repeated' }]);
  });

  it('marks the older sentences that the newer report repeats', () => {
    const { previous } = compareTexts(countyReport2023, countyReport2024);
    const repeated = slices(countyReport2023, previous);
    expect(repeated).toContain('全县排查矛盾纠纷1.2万余件,调解成功率达98.2%。');
    expect(repeated).not.toContain('(三)法治宣传。');
  });

  it('compares two 60 KB reports quickly', () => {
    const a = generateReport(1, 60_000).text;
    const b = generateReport(9, 60_000).text;
    const started = performance.now();
    const result = compareTexts(a, b);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.current.length).toBeGreaterThan(500);
    expect(result.current.filter((s) => s.status === 'repeated').length).toBeGreaterThan(result.current.length / 2);
  });
});
