import { describe, expect, it } from 'vitest';
import {
  evaluateFigures,
  formatEvaluationReport,
  indicatorsAgree,
  locateKey,
  summarizeEvaluations,
  type LabelFigure,
} from '../../../shared/figures/evaluate.ts';
import type { Figure } from '../../../shared/figures/types.ts';

const source = '全年受理案件86件，办结80件，办结率93.0%，其中1件移送。';

function key(context: string, text: string, value: number, unit: string): LabelFigure {
  return { context, text, value, unit, qualifier: null, indicator: '受理案件' };
}

function found(text: string, value: number, unit: string, from = 0): Figure {
  const start = source.indexOf(text, from);
  return {
    start,
    end: start + text.length,
    text,
    value,
    lo: value,
    hi: value,
    unit,
    qualifier: null,
    kind: 'count',
    direction: null,
    measure: 'level',
    status: 'actual',
    indicator: '受理案件',
    indicatorId: null,
    sentenceStart: 0,
    sentenceEnd: source.length,
  };
}

describe('evaluateFigures', () => {
  it('locates a key by its context, then its text inside it', () => {
    expect(locateKey(source, key('办结80件', '80件', 80, '件'))).toMatchObject({ start: 12, end: 15 });
    expect(locateKey(source, key('不在文中', '80件', 80, '件'))).toMatchObject({ start: null });
  });

  it('matches on overlapping span with equal value and unit, one to one', () => {
    const keys = [key('受理案件86件', '86件', 86, '件'), key('办结80件', '80件', 80, '件'), key('其中1件', '1件', 1, '件')];
    const result = evaluateFigures(source, keys, [
      found('86件', 86, '件'),
      found('80件', 80, '个'), // wrong unit
      found('93.0%', 93, '%'), // not in the key
      found('1件', 1, '件'),
    ]);
    expect(result.truePositives.map((t) => t.found.text)).toEqual(['86件', '1件']);
    expect(result.misses.map((m) => m.key.text)).toEqual(['80件']);
    expect(result.falsePositives.map((f) => f.text)).toEqual(['80件', '93.0%']);
  });

  it('sums files into precision, recall and F1', () => {
    const a = evaluateFigures(source, [key('受理案件86件', '86件', 86, '件')], [found('86件', 86, '件'), found('80件', 80, '件')]);
    const b = evaluateFigures(source, [key('办结80件', '80件', 80, '件')], []);
    const s = summarizeEvaluations([a, b]);
    expect(s).toMatchObject({ truePositives: 1, misses: 1, falsePositives: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(summarizeEvaluations([])).toMatchObject({ precision: 1, recall: 1 });
  });

  it('formats a plain-text report with the misses and false positives in context', () => {
    const e = evaluateFigures(source, [key('办结80件', '80件', 80, '件')], [found('93.0%', 93, '%')]);
    const text = formatEvaluationReport([{ name: 'a.txt', source, evaluation: e }]);
    expect(text.split('\n')[0]).toBe('precision 0.00%  recall 0.00%  F1 0.00%');
    expect(text).toContain('miss  80件 = 80 件');
    expect(text).toContain('[80件]');
    expect(text).toContain('false 93.0% = 93 %');
  });

  it('compares indicator labels loosely', () => {
    expect(indicatorsAgree('收到行政复议案件', '行政复议案件收案数')).toBe(true);
    expect(indicatorsAgree('满意率', '行政复议案件')).toBe(false);
  });
});
