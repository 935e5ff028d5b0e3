// What the reader derives from a loaded report, computed once per report and figure list and shared by the
// pane (rendering, outline), the workspace (find, synchronised scrolling) and the figure panel.
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import type { ReaderReport } from '../../../../shared/api-parts/reading.ts';
import { foldForFind } from './find.ts';
import { toParagraphs, type Paragraph, type Span } from './segments.ts';

export type PaneEntry =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; report: ReaderReport; figures: ReviewedFigure[]; /** The rest of a huge report's figures are on their way. */ figuresPending: boolean };

/** What the text is laid out in: one paragraph, or a run of folded web-page junk. */
export interface TextBlock extends Span {
  junk: boolean;
  /** Index of its first paragraph and one past its last. */
  from: number;
  to: number;
}

export interface ReaderModel {
  report: ReaderReport;
  figures: ReviewedFigure[];
  /** Figures that are highlighted: all but the rejected ones. */
  visible: ReviewedFigure[];
  byId: Map<number, ReviewedFigure>;
  paragraphs: Array<Paragraph<ReviewedFigure>>;
  blocks: TextBlock[];
  /** Paragraphs outside web-page junk: what find searches. */
  searchable: Span[];
  /** The text folded for find; computed on first use (a 20 MB report should not pay for it before a search). */
  readonly folded: string;
}

const models = new WeakMap<ReviewedFigure[], ReaderModel>();
const foldedTexts = new WeakMap<ReaderReport, string>();

export function blocksOf(paragraphs: ReadonlyArray<Paragraph<Span>>): TextBlock[] {
  const blocks: TextBlock[] = [];
  paragraphs.forEach((p, i) => {
    const last = blocks[blocks.length - 1];
    if (p.junk && last?.junk) {
      last.end = p.end;
      last.to = i + 1;
    } else blocks.push({ start: p.start, end: p.end, junk: p.junk, from: i, to: i + 1 });
  });
  return blocks;
}

export function modelOf(report: ReaderReport, figures: ReviewedFigure[]): ReaderModel {
  const cached = models.get(figures);
  if (cached && cached.report === report) return cached;
  const visible = figures.filter((f) => f.review !== 'rejected');
  const paragraphs = toParagraphs(report.text, visible, report.junk, report.headings);
  const model: ReaderModel = {
    report,
    figures,
    visible,
    byId: new Map(figures.map((f) => [f.id, f])),
    paragraphs,
    blocks: blocksOf(paragraphs),
    searchable: paragraphs.filter((p) => !p.junk),
    get folded() {
      let folded = foldedTexts.get(report);
      if (folded === undefined) {
        folded = foldForFind(report.text);
        foldedTexts.set(report, folded);
      }
      return folded;
    },
  };
  models.set(figures, model);
  return model;
}

export const readyModel = (entry: PaneEntry | undefined): ReaderModel | null =>
  entry?.status === 'ready' ? modelOf(entry.report, entry.figures) : null;

/** The region a trend is asked for: the code where the report has one, else the name. */
export const trendRegion = (report: Pick<ReaderReport, 'regionCode' | 'region'>): string | null => report.regionCode ?? report.region;
