// Handlers of the reader's API methods (shared/api-parts/reader.ts).
import { ApiError, type Handlers, type ReportSummary } from '../shared/api.ts';
import type { readerMethods } from '../shared/api-parts/reader.ts';
import type { JunkRange } from '../shared/text/types.ts';
import { extractFigures } from '../shared/figures/extract.ts';
import { writeTransaction, type Db } from './library/open.ts';
import { getReportRow, getSummary, listReports } from './library/reports.ts';
import { listReviewedFigures, ReviewError, saveReview } from './library/reviews.ts';

const regionKey = (r: Pick<ReportSummary, 'region' | 'regionCode'>) => r.regionCode ?? r.region;

/** How close another report of the same year is: same type, then sharing more of the region tree, then level. */
function nearness(of: ReportSummary, other: ReportSummary): number {
  let shared = 0;
  while (shared < of.parents.length && of.parents[shared] === other.parents[shared]) shared++;
  if (of.region && other.parents.includes(of.region)) shared += 1;
  return (other.docType === of.docType ? 100 : 0) + shared * 10 + (other.level === of.level ? 5 : 0) + (other.preferred ? 1 : 0);
}

export function createReaderHandlers(db: Db): Pick<Handlers, keyof typeof readerMethods> {
  const requireReport = (id: number) => {
    const row = getReportRow(db, id);
    if (!row) throw new ApiError('not-found', `报告 #${id} 不在资料库中`, { id });
    return row;
  };

  /** Same region in another year: the same type if there is one, the preferred copy first. */
  const sameRegion = (report: ReportSummary, year: number): ReportSummary | null => {
    const key = regionKey(report);
    if (key === null) return null;
    const candidates = listReports(db, { year }).filter((r) => r.id !== report.id && regionKey(r) === key);
    candidates.sort((a, b) => Number(b.docType === report.docType) - Number(a.docType === report.docType) || Number(b.preferred) - Number(a.preferred));
    return candidates[0] ?? null;
  };

  return {
    'figures.list': ({ reportId }) => {
      requireReport(reportId);
      return listReviewedFigures(db, reportId);
    },

    'figures.review': (request) => {
      const row = requireReport(request.reportId);
      if (request.end > row.text.length || request.start >= request.end) {
        throw new ApiError('bad-request', `figures.review: 位置 ${request.start}–${request.end} 不在报告正文内`);
      }
      const extracted = () => extractFigures(row.text, { skip: JSON.parse(row.junk) as JunkRange[] });
      try {
        writeTransaction(db, () => saveReview(db, request.reportId, request, extracted));
      } catch (error) {
        if (error instanceof ReviewError) throw new ApiError(error.code, error.message);
        throw error;
      }
      return listReviewedFigures(db, request.reportId);
    },

    'reports.related': ({ id }) => {
      const report = getSummary(db, id);
      if (!report) throw new ApiError('not-found', `报告 #${id} 不在资料库中`, { id });
      if (report.year === null) return { previousYear: null, nextYear: null, sameYear: [] };
      const key = regionKey(report);
      const sameYear = listReports(db, { year: report.year })
        .filter((r) => r.id !== id && (key === null || regionKey(r) !== key))
        .sort((a, b) => nearness(report, b) - nearness(report, a))
        .slice(0, 40);
      return {
        previousYear: sameRegion(report, report.year - 1),
        nextYear: sameRegion(report, report.year + 1),
        sameYear,
      };
    },
  };
}
