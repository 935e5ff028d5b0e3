import { describe, expect, it } from 'vitest';
import { findHeadings } from '../../../shared/text/outline.ts';

describe('findHeadings', () => {
  const text = [
    '某某县2023年法治政府建设情况报告',
    '一、主要举措和成效',
    '  (一)强化组织领导,持续推进法治建设。县政府常务会议学法6次。',
    '一是深入学习习近平法治思想。二是健全工作机制。',
    '（二）规范行政决策',
    '1.完善决策程序。全年审查重大决策事项15件。',
    '2、加强合法性审查',
    '1.5亿元资金用于基层法治阵地建设。',
    '十一、其他事项',
    '（1）这一层不在大纲里',
  ].join('\n');
  const headings = findHeadings(text);

  it('finds the three levels and takes the first sentence of a run-on line', () => {
    expect(headings.map((h) => [h.level, h.text])).toEqual([
      [1, '一、主要举措和成效'],
      [2, '(一)强化组织领导,持续推进法治建设'],
      [2, '（二）规范行政决策'],
      [3, '1.完善决策程序'],
      [3, '2、加强合法性审查'],
      [1, '十一、其他事项'],
    ]);
  });

  it('gives offsets into the text', () => {
    for (const h of headings) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('does not take 一是… sentences or numbers like 1.5亿元 for headings', () => {
    expect(headings.some((h) => h.text.startsWith('一是'))).toBe(false);
    expect(headings.some((h) => h.text.startsWith('1.5'))).toBe(false);
  });

  it('skips a numbered line that is a whole paragraph', () => {
    const long = '1.' + '全年共受理行政复议案件并依法审结,纠错率保持稳定,'.repeat(4);
    expect(findHeadings(long)).toEqual([]);
  });
});
