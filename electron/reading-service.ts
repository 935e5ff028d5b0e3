// Handlers of the reader's open calls (shared/api-parts/reading.ts): text, outline and the first part of the
// reviewed figures in one reply, the rest on request.
import { ApiError, type Handlers } from '../shared/api.ts';
import { FIRST_FIGURES_WINDOW, type readingMethods } from '../shared/api-parts/reading.ts';
import type { ReportMeta } from '../shared/meta/types.ts';
import type { JunkRange } from '../shared/text/types.ts';
import { findHeadings } from '../shared/text/outline.ts';
import type { Db } from './library/open.ts';
import { getReportRow, getSummary } from './library/reports.ts';
import { listReviewedFiguresIn } from './library/reviews.ts';

export function createReadingHandlers(db: Db): Pick<Handlers, keyof typeof readingMethods> {
  const requireRow = (id: number) => {
    const row = getReportRow(db, id);
    if (!row) throw new ApiError('not-found', `报告 #${id} 不在资料库中`);
    return row;
  };
  return {
    'reader.open': ({ id, figuresWindow }) => {
      const row = requireRow(id);
      const summary = getSummary(db, id)!;
      const figuresUntil = Math.min(row.text.length, figuresWindow ?? FIRST_FIGURES_WINDOW);
      const whole = figuresUntil === row.text.length;
      return {
        report: {
          ...summary,
          text: row.text,
          junk: JSON.parse(row.junk) as JunkRange[],
          headings: findHeadings(row.text),
          detected: JSON.parse(row.detected) as ReportMeta,
          byteSize: row.byte_size,
          contentHash: row.content_sha256,
          extractorVersion: row.extractor_version,
        },
        figures: listReviewedFiguresIn(db, id, 0, whole ? Number.MAX_SAFE_INTEGER : figuresUntil),
        figuresUntil,
      };
    },
    'reader.figures': ({ id, from }) => {
      if (!getSummary(db, id)) throw new ApiError('not-found', `报告 #${id} 不在资料库中`);
      return listReviewedFiguresIn(db, id, from, Number.MAX_SAFE_INTEGER);
    },
  };
}
