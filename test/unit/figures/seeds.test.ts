// The five labelled seed reports (../shared/corpus/seeds): precision and recall of the extractor against
// their answer keys, matched as the corpus README says (overlapping span, equal value and unit).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';
import { evaluateFigures, formatEvaluationReport, summarizeEvaluations } from '../../../shared/figures/evaluate.ts';
import { describeCorpus, loadSeeds } from '../../corpus.ts';

describeCorpus('figure extraction on the seed reports', () => {
  const files = loadSeeds().map((seed) => {
    const source = readFileSync(seed.path, 'utf8');
    return { name: seed.labels.file, source, evaluation: evaluateFigures(source, seed.labels.figures, extractFigures(source)) };
  });

  it('covers the 280 labelled figures', () => {
    expect(files.reduce((n, f) => n + f.evaluation.truePositives.length + f.evaluation.misses.length, 0)).toBe(280);
  });

  it('reaches precision and recall of at least 0.99', () => {
    const scores = summarizeEvaluations(files.map((f) => f.evaluation));
    const report = formatEvaluationReport(files);
    expect(scores.precision, report).toBeGreaterThanOrEqual(0.99);
    expect(scores.recall, report).toBeGreaterThanOrEqual(0.99);
  });

  it('keeps every figure inside its text and its own sentence', () => {
    for (const f of files) {
      for (const g of extractFigures(f.source)) {
        expect(g.text).toBe(f.source.slice(g.start, g.end));
        expect(f.source.slice(g.sentenceStart, g.sentenceEnd)).toContain(g.text);
      }
    }
  });
});
