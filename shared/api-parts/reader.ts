// API methods of the reader (issue 5): figure review and side-by-side reading. Spread into shared/api.ts.
import { z } from 'zod';
import type { ReportSummary, StoredFigure } from '../api.ts';
import { method } from './method.ts';

const id = z.number().int().positive();
const offset = z.number().int().min(0);
const span = { reportId: id, start: offset, end: offset };
/** What the user says a figure is: the value in plain units (元 for money), its unit and what it counts. */
const figureValues = {
  value: z.number().finite(),
  unit: z.string().trim().min(1).max(12),
  indicator: z.string().trim().min(1).max(80),
};

export type FigureReviewStatus = 'confirmed' | 'corrected' | 'rejected' | 'added';

/** A stored figure with the user's verdict on it; rejected figures stay listed but are not highlighted. */
export interface ReviewedFigure extends StoredFigure {
  review: FigureReviewStatus | null;
}

/** Reports to open beside one: the same region a year before and after, and other regions of the same year. */
export interface RelatedReports {
  previousYear: ReportSummary | null;
  nextYear: ReportSummary | null;
  /** Same year, other regions: same type first, then nearest in the region tree. */
  sameYear: ReportSummary[];
}

export const readerMethods = {
  /** A report's figures with their review status, in text order. */
  'figures.list': method(z.object({ reportId: id })).returns<ReviewedFigure[]>(),
  /**
   * Confirm, correct, reject or add a figure, or clear the review of a span (back to what extraction found).
   * Reviews are kept apart from extraction and replayed after every re-extraction. Returns the report's figures.
   */
  'figures.review': method(
    z.discriminatedUnion('action', [
      z.object({ action: z.literal('confirm'), ...span }),
      z.object({ action: z.literal('reject'), ...span }),
      z.object({ action: z.literal('clear'), ...span }),
      z.object({ action: z.literal('correct'), ...span, ...figureValues }),
      z.object({ action: z.literal('add'), ...span, ...figureValues }),
    ]),
  ).returns<ReviewedFigure[]>(),
  /** Quick picks of the reader: same region previous/next year, same year other regions. */
  'reports.related': method(z.object({ id })).returns<RelatedReports>(),
} as const;
