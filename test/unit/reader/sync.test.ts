import { describe, expect, it } from 'vitest';
import { alignHeadings, buildAnchors, headingTopic, mapPosition } from '../../../renderer/src/views/reader/sync.ts';
import { findHeadings } from '../../../shared/text/outline.ts';
import { countyReport2023, countyReport2024 } from '../../fixtures/library/reports.ts';
import { guessFigure, inWanYi, indicatorKey } from '../../../renderer/src/views/reader/figure-format.ts';

const figure = (text: string, needle: string, indicator: string, indicatorId: string | null = null) => ({
  start: text.indexOf(needle),
  indicator,
  indicatorId,
});

describe('aligning two reports by content', () => {
  it('strips heading markers down to the topic', () => {
    expect(headingTopic('(一)行政复议工作')).toBe('行政复议工作');
    expect(headingTopic('一、2023年主要工作')).toBe('#年主要工作');
  });

  it('matches headings in order, skipping ones without a counterpart', () => {
    const a = [
      { start: 0, end: 1, level: 1 as const, text: '一、主要工作' },
      { start: 10, end: 11, level: 2 as const, text: '(一)行政复议工作' },
      { start: 20, end: 21, level: 2 as const, text: '(二)矛盾纠纷化解' },
      { start: 30, end: 31, level: 2 as const, text: '(三)法治宣传' },
    ];
    const b = [
      { start: 0, end: 1, level: 1 as const, text: '一、主要工作' },
      { start: 10, end: 11, level: 2 as const, text: '(一)行政复议' },
      { start: 20, end: 21, level: 2 as const, text: '(二)矛盾纠纷多元化解' },
      { start: 30, end: 31, level: 1 as const, text: '二、存在问题' },
    ];
    expect(alignHeadings(a, b).map(([i, j]) => [i, j])).toEqual([[0, 0], [1, 1], [2, 2]]);
  });

  it('builds anchors from headings and shared indicators, increasing in both reports', () => {
    const a = {
      text: countyReport2023,
      headings: findHeadings(countyReport2023),
      figures: [figure(countyReport2023, '52件', '行政复议申请', 'admin-review'), figure(countyReport2023, '1.2万余件', '矛盾纠纷排查')],
    };
    const b = {
      text: countyReport2024,
      headings: findHeadings(countyReport2024),
      figures: [figure(countyReport2024, '61件', '行政复议申请', 'admin-review'), figure(countyReport2024, '1.4万余件', '矛盾纠纷排查')],
    };
    const anchors = buildAnchors(a, b);
    expect(anchors.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < anchors.length; i++) {
      expect(anchors[i]!.a).toBeGreaterThan(anchors[i - 1]!.a);
      expect(anchors[i]!.b).toBeGreaterThan(anchors[i - 1]!.b);
    }
    expect(anchors).toContainEqual({ a: countyReport2023.indexOf('(二)'), b: countyReport2024.indexOf('(二)') });
  });

  it('interpolates between anchor positions and carries on past the ends', () => {
    const points: Array<[number, number]> = [[0, 0], [100, 300], [200, 400]];
    expect(mapPosition(points, 50)).toBe(150);
    expect(mapPosition(points, 150)).toBe(350);
    expect(mapPosition(points, 260)).toBe(460);
    expect(mapPosition([], 42)).toBe(42);
  });
});

describe('figure formatting and guesses', () => {
  it('keys indicators as the trends view does', () => {
    expect(indicatorKey({ indicator: '行政复议案件', indicatorId: 'admin-review.cases', measure: 'level' })).toBe('admin-review.cases');
    expect(indicatorKey({ indicator: '行政复议案件', indicatorId: null, measure: 'level' })).toBe('label:行政复议案件');
    expect(indicatorKey({ indicator: '地区生产总值', indicatorId: 'gdp', measure: 'growth' })).toBe('gdp~growth');
  });

  it('says large values in 万 and 亿', () => {
    expect(inWanYi(150000000)).toBe('1.5亿');
    expect(inWanYi(31000)).toBe('3.1万');
    expect(inWanYi(86)).toBeNull();
  });

  it('guesses value and unit of selected text', () => {
    expect(guessFigure('3.1万余件')).toEqual({ value: 31000, unit: '件' });
    expect(guessFigure('1.5亿元')).toEqual({ value: 150000000, unit: '元' });
    expect(guessFigure('350万元')).toEqual({ value: 3500000, unit: '元' });
    expect(guessFigure('98.7%')).toEqual({ value: 98.7, unit: '%' });
    expect(guessFigure('近300场次')).toEqual({ value: 300, unit: '场次' });
    expect(guessFigure('三百二十人次')).toEqual({ value: 320, unit: '人次' });
    expect(guessFigure('1,234件')).toEqual({ value: 1234, unit: '件' });
    expect(guessFigure('行政复议')).toEqual({ value: null, unit: '' });
  });
});
