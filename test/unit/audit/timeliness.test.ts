import { describe, expect, it } from 'vitest';
import { assessTimeliness, issuerKind, locateDate } from '../../../shared/audit/timeliness.ts';

describe('timeliness', () => {
  it('holds a government report to 1 April of the next year, with the date’s place in the text', () => {
    const text = '某市2030年法治政府建设情况报告\n正文。\n某市人民政府\n2031年3月28日';
    const t = assessTimeliness({ text, year: 2030, title: '某市2030年法治政府建设情况报告', published: '2031-03-28' });
    expect(t).toMatchObject({ deadline: '2031-04-01', issuerKind: 'government', late: false, days: -4 });
    expect(text.slice(t.source!.span.start, t.source!.span.end)).toBe('2031年3月28日');
    expect(t.source!.kind).toBe('signature');
  });

  it('holds a department’s report to 1 March, by its title', () => {
    const title = '某县司法局2030年法治政府建设年度报告';
    expect(issuerKind(title)).toBe('department');
    expect(issuerKind('中共某市委、某市人民政府关于2030年法治政府建设情况的报告')).toBe('government');
    const t = assessTimeliness({ text: `${title}\n发布时间:2031-03-15\n正文。`, year: 2030, title, published: '2031-03-15' });
    expect(t).toMatchObject({ deadline: '2031-03-01', late: true, days: 14 });
    expect(t.source!.kind).toBe('header');
  });

  it('does not call a page late by its 更新时间 alone', () => {
    const text = '某县2030年法治政府建设报告\n文章来源:本网  更新时间:2031-05-10 15:18\n正文。';
    const t = assessTimeliness({ text, year: 2030, title: '某县2030年法治政府建设报告', published: '2031-05-10' });
    expect(t).toMatchObject({ late: null, days: 39, source: { kind: 'updated' } });
    const early = assessTimeliness({ text: text.replace('2031-05-10', '2031-02-10'), year: 2030, title: null, published: '2031-02-10' });
    expect(early).toMatchObject({ late: false });
  });

  it('judges a date given only as a month when the whole month is on one side of the deadline', () => {
    const at = (published: string) => assessTimeliness({ text: `落款\n${published.replace('-', '年')}月`, year: 2030, title: null, published }).late;
    expect(at('2031-02')).toBe(false);
    expect(at('2031-04')).toBe(null);
    expect(at('2031-06')).toBe(true);
  });

  it('says unknown when no date is stated', () => {
    expect(assessTimeliness({ text: '正文。', year: 2030, title: null, published: null })).toMatchObject({ published: null, late: null, source: null });
  });

  it('finds a date written with dashes or with 年月日', () => {
    expect(locateDate('日期:2031-01-07 来源', '2031-01-07')!.span).toEqual({ start: 3, end: 13 });
    expect(locateDate('2031年1月7日', '2031-01-07')!.span).toEqual({ start: 0, end: 9 });
  });
});
