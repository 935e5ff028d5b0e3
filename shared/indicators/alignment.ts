// Indicator alignment, scored as an analyst sees it on a chart: within one region, two figures whose answer
// keys name the same indicator should share a chart key (and a unit family), and two that name different
// indicators should not. Pairs are taken across reports of the region; precision, recall and F1 over pairs.

export interface AlignedFigure {
  /** The report the figure came from: pairs inside one report are not counted. */
  report: string;
  /** The answer key's indicator label. */
  label: string;
  /** What the workbench would chart it under (chart key and unit family). */
  key: string;
}

export interface AlignmentScores {
  /** Pairs the workbench puts on one chart line. */
  predictedSame: number;
  /** Pairs the answer keys put on one line. */
  labelledSame: number;
  /** Pairs both put together. */
  bothSame: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Pairwise alignment over regions; 0/0 counts as 1 (nothing to align, nothing wrong). */
export function scoreAlignment(regions: ReadonlyArray<ReadonlyArray<AlignedFigure>>): AlignmentScores {
  let predictedSame = 0;
  let labelledSame = 0;
  let bothSame = 0;
  for (const figures of regions) {
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        const a = figures[i]!;
        const b = figures[j]!;
        if (a.report === b.report) continue;
        const predicted = a.key === b.key;
        const labelled = a.label === b.label;
        if (predicted) predictedSame++;
        if (labelled) labelledSame++;
        if (predicted && labelled) bothSame++;
      }
    }
  }
  const precision = predictedSame === 0 ? 1 : bothSame / predictedSame;
  const recall = labelledSame === 0 ? 1 : bothSame / labelledSame;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { predictedSame, labelledSame, bothSame, precision, recall, f1 };
}
