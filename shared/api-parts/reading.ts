// The reader's calls to open a report: its text, outline and metadata with its reviewed figures. A huge report's
// figures come in two parts — those of its first pages with the text, the rest in a second call — so its first
// screen does not wait for 100,000 figures.
import { z } from 'zod';
import type { ReportDetail } from '../api.ts';
import type { ReviewedFigure } from './reader.ts';
import { method } from './method.ts';

const id = z.number().int().positive();

/** A report as the reader shows it: everything of ReportDetail but its unreviewed figure list. */
export type ReaderReport = Omit<ReportDetail, 'figures'>;

export interface ReaderDocument {
  report: ReaderReport;
  /** The figures (with their review status, in text order) that start before `figuresUntil`. */
  figures: ReviewedFigure[];
  /** Offset up to which `figures` is complete: the text's length when it holds them all. */
  figuresUntil: number;
}

/** How much text the first part's figures cover when the caller does not say: several screens. */
export const FIRST_FIGURES_WINDOW = 60_000;

export const readingMethods = {
  'reader.open': method(z.object({ id, figuresWindow: z.number().int().min(0).optional() })).returns<ReaderDocument>(),
  /** The figures starting at or after `from`: the second part of a huge report's figures. */
  'reader.figures': method(z.object({ id, from: z.number().int().min(0) })).returns<ReviewedFigure[]>(),
} as const;
