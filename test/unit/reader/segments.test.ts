import { describe, expect, it } from 'vitest';
import { decorationsByParagraph, paragraphIndexAt, piecesOf, toParagraphs } from '../../../renderer/src/views/reader/segments.ts';
import { findMatches, foldForFind } from '../../../renderer/src/views/reader/find.ts';
import { findHeadings } from '../../../shared/text/outline.ts';

const text = '宁都县2023年报告\n\n一、主要工作\n(一)行政复议。全年收到申请52件,受理48件。\n首页 > 政务公开\n';
const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

describe('paragraphs and runs', () => {
  const figures = [{ ...span('52件'), id: 1 }, { ...span('48件'), id: 2 }];
  const junk = [{ ...span('首页 > 政务公开'), kind: 'breadcrumb' as const }];
  const paragraphs = toParagraphs(text, figures, junk, findHeadings(text));

  it('covers every character of a paragraph with runs, figures as their own runs', () => {
    for (const p of paragraphs) {
      expect(p.runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text.slice(p.start, p.end));
    }
    const figureRuns = paragraphs.flatMap((p) => p.runs.filter((r) => r.figure).map((r) => text.slice(r.start, r.end)));
    expect(figureRuns).toEqual(['52件', '48件']);
  });

  it('marks junk lines and whole-line headings', () => {
    expect(paragraphs.map((p) => [text.slice(p.start, p.end), p.junk, p.headingLevel])).toEqual([
      ['宁都县2023年报告', false, null],
      ['一、主要工作', false, 1],
      ['(一)行政复议。全年收到申请52件,受理48件。', false, null],
      ['首页 > 政务公开', true, null],
    ]);
  });

  it('never folds a line that holds a figure', () => {
    const withFigureInJunk = toParagraphs(text, [{ ...span('52件'), id: 1 }], [{ start: span('(一)').start, end: span('受理').start, kind: 'other' }]);
    expect(withFigureInJunk.find((p) => p.runs.some((r) => r.figure))?.junk).toBe(false);
  });

  it('finds the paragraph at an offset', () => {
    expect(paragraphIndexAt(paragraphs, span('52件').start)).toBe(2);
    expect(paragraphIndexAt(paragraphs, 0)).toBe(0);
    expect(paragraphIndexAt(paragraphs, text.indexOf('\n\n') + 1)).toBe(0);
  });
});

describe('decorations', () => {
  it('cut a figure run into pieces without splitting the figure', () => {
    const run = span('52件');
    const pieces = piecesOf(run, [{ start: run.start - 3, end: run.start + 1, className: 'find-hit' }, { start: 0, end: 999, className: 'novel-new' }]);
    expect(pieces.map((p) => [text.slice(p.start, p.end), p.className])).toEqual([
      ['5', 'find-hit novel-new'],
      ['2件', 'novel-new'],
    ]);
  });

  it('are clipped to each paragraph they cross', () => {
    const paragraphs = toParagraphs(text, [], []);
    const all = decorationsByParagraph(paragraphs, [[{ start: 0, end: text.length, className: 'flash' }]]);
    expect(all.map((ds) => ds.map((d) => text.slice(d.start, d.end)))).toEqual(paragraphs.map((p) => [text.slice(p.start, p.end)]));
  });
});

describe('find', () => {
  it('folds width and case without moving offsets', () => {
    expect(foldForFind('ＡＢｃ５，Ok')).toBe('abc5,ok');
    expect(foldForFind('行政复议').length).toBe(4);
  });

  it('finds matches in searchable paragraphs only', () => {
    const paragraphs = toParagraphs(text, [], [{ ...span('首页 > 政务公开'), kind: 'breadcrumb' }]).filter((p) => !p.junk);
    expect(findMatches(foldForFind(text), '件', paragraphs).map((m) => m.start)).toEqual([text.indexOf('件'), text.lastIndexOf('件')]);
    expect(findMatches(foldForFind(text), '政务', paragraphs)).toEqual([]);
    expect(findMatches(foldForFind(text), '５２', paragraphs)).toEqual([span('52')]);
    expect(findMatches(foldForFind(text), '  ', paragraphs)).toEqual([]);
  });
});
