// Every arithmetic and consistency check of one report, in text order.
import { checkChanges } from './check-change.ts';
import { checkOrder } from './check-order.ts';
import { checkParts } from './check-parts.ts';
import { checkRates } from './check-rate.ts';
import { checkShares } from './check-share.ts';
import type { Paragraph } from './paragraphs.ts';
import { sentenceFigures } from './sentence-figures.ts';
import type { AuditFigure, CheckResult } from './types.ts';

export function runChecks(text: string, paragraphs: readonly Paragraph[], figures: readonly AuditFigure[]): CheckResult[] {
  // targets, estimates and thresholds are not counts of what happened
  const actual = figures.filter((f) => f.status === 'actual');
  const sentences = sentenceFigures(text, paragraphs, actual);
  return [...checkOrder(sentences), ...checkRates(sentences), ...checkParts(sentences), ...checkShares(sentences), ...checkChanges(sentences)]
    .sort((a, b) => a.spans[0]!.start - b.spans[0]!.start);
}
