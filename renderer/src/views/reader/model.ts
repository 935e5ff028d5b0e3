// What the reader derives from a loaded report, computed once per report and figure list and shared by the
// pane (rendering, outline), the workspace (find, synchronised scrolling) and the figure panel.
import type { ReportDetail } from '../../../../shared/api.ts';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { foldForFind } from './find.ts';
import { toParagraphs, type Paragraph, type Span } from './segments.ts';

export type PaneEntry =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: ReportDetail; figures: ReviewedFigure[] };

export interface ReaderModel {
  report: ReportDetail;
  figures: ReviewedFigure[];
  /** Figures that are highlighted: all but the rejected ones. */
  visible: ReviewedFigure[];
  byId: Map<number, ReviewedFigure>;
  paragraphs: Array<Paragraph<ReviewedFigure>>;
  /** Paragraphs outside web-page junk: what find searches. */
  searchable: Span[];
  folded: string;
}

const models = new WeakMap<ReviewedFigure[], ReaderModel>();
const foldedTexts = new WeakMap<ReportDetail, string>();

export function modelOf(report: ReportDetail, figures: ReviewedFigure[]): ReaderModel {
  const cached = models.get(figures);
  if (cached && cached.report === report) return cached;
  const visible = figures.filter((f) => f.review !== 'rejected');
  const paragraphs = toParagraphs(report.text, visible, report.junk, report.headings);
  let folded = foldedTexts.get(report);
  if (folded === undefined) {
    folded = foldForFind(report.text);
    foldedTexts.set(report, folded);
  }
  const model: ReaderModel = {
    report,
    figures,
    visible,
    byId: new Map(figures.map((f) => [f.id, f])),
    paragraphs,
    searchable: paragraphs.filter((p) => !p.junk),
    folded,
  };
  models.set(figures, model);
  return model;
}

export const readyModel = (entry: PaneEntry | undefined): ReaderModel | null =>
  entry?.status === 'ready' ? modelOf(entry.report, entry.figures) : null;

/** The region a trend is asked for: the code where the report has one, else the name. */
export const trendRegion = (report: Pick<ReportDetail, 'regionCode' | 'region'>): string | null => report.regionCode ?? report.region;
