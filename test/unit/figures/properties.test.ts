// Properties that hold on any string: the extractor never throws, spans lie inside the text, do not
// overlap, text equals the slice, values are finite and inside their hedge interval.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';
import type { Figure } from '../../../shared/figures/types.ts';

const pieces = [
  ...'0123456789０１２３４５６７８９',
  ...'〇零一二三四五六七八九十百千万亿两兩萬億',
  ...'.,，、。；：:;%％‰+×-—/（）()“”《》 \n\u3000',
  '个', '件', '项', '人次', '名', '次', '场次', '家', '条', '元', '万元', '亿元', '个百分点', '個百分點', '岁', '亩', '年', '月', '日',
  '余', '多', '几', '近', '超过', '约', '逾', '以上', '左右', '以内', '不足', '至少', '第', '每', '同比增长', '下降', '降至', '压缩到',
  '百分之', '千分之', '点', '大类', '小时', '分钟', '圈', '届', '行动', '其中', '办理', '行政复议案件', '满意率', 'A', 'G', 'PM',
  '\uD800', '\uDC00', '\uFFFD',
];

const reportish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));
const anyText = fc.oneof(reportish, fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }));

function checkInvariants(text: string, found: Figure[]): void {
  let lastEnd = 0;
  for (const f of found) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.start).toBeGreaterThanOrEqual(lastEnd);
    lastEnd = f.end;
    expect(f.text).toBe(text.slice(f.start, f.end));
    for (const x of [f.value, f.lo, f.hi]) expect(Number.isFinite(x)).toBe(true);
    expect(f.lo).toBeLessThanOrEqual(f.value);
    expect(f.value).toBeLessThanOrEqual(f.hi);
    expect(f.sentenceStart).toBeLessThanOrEqual(f.start);
    expect(f.sentenceEnd).toBeGreaterThanOrEqual(f.end);
    expect(f.sentenceEnd).toBeLessThanOrEqual(text.length);
    expect(typeof f.indicator).toBe('string');
  }
}

describe('extractFigures on any string', { timeout: 60_000 }, () => {
  it('never throws and keeps its invariants', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkInvariants(text, extractFigures(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps them with arbitrary skip ranges, and finds nothing inside them', () => {
    const withSkip = fc.tuple(reportish, fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: -5, max: 70 })), { maxLength: 4 }));
    fc.assert(
      fc.property(withSkip, ([text, pairs]) => {
        const skip = pairs.map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
        const found = extractFigures(text, { skip });
        checkInvariants(text, found);
        // an empty range holds no characters, so nothing can be inside it
        for (const f of found) for (const r of skip) if (r.end > r.start) expect(f.end <= r.start || f.start >= r.end).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds a plain count written between clauses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.constantFrom('件', '个', '人次', '家', '条'), (n, unit) => {
        const text = `全年办理事项${n}${unit}，工作有序推进。`;
        const found = extractFigures(text);
        expect(found.map((f) => [f.value, f.unit])).toEqual([[n, unit]]);
      }),
      { numRuns: 300 },
    );
  });
});
