// The user's verdicts on figures (figure_reviews), kept apart from extraction and replayed after every
// extraction so they always win: corrected → that span gets the user's values; rejected → kept but marked;
// added → inserted; confirmed → marked. A user's span also displaces unreviewed extracted figures it overlaps.
import { statement, type Db } from './open.ts';
import { recountFigures, replaceFigures, toStoredFigure, type FigureRow } from './figures.ts';
import { readText } from './reports.ts';
import type { FigureReviewStatus, ReviewedFigure } from '../../shared/api-parts/reader.ts';
import { describeUserFigure, kindOfUnit } from '../../shared/figures/read-span.ts';
import type { Figure, FigureKind } from '../../shared/figures/types.ts';
import { sentenceAround } from '../../shared/text/compare.ts';

export type ReviewAction =
  | { action: 'confirm' | 'reject' | 'clear'; start: number; end: number }
  | { action: 'correct' | 'add'; start: number; end: number; value: number; unit: string; indicator: string };

/** Why a review could not be saved; the service turns it into an ApiError in the user's language. */
export class ReviewError extends Error {
  readonly code: 'not-found' | 'bad-span' | 'overlap';
  constructor(code: ReviewError['code'], message: string) {
    super(message);
    this.code = code;
    this.name = 'ReviewError';
  }
}

interface ReviewedRow extends FigureRow {
  review: FigureReviewStatus | null;
}

interface ReviewRow {
  start: number;
  end: number;
  status: FigureReviewStatus;
  value: number | null;
  lo: number | null;
  hi: number | null;
  unit: string | null;
  kind: string | null;
  indicator: string | null;
  indicator_id: string | null;
}

const toFigure = (r: ReviewedRow): ReviewedFigure => ({ ...toStoredFigure(r), review: r.review });

export function listReviewedFigures(db: Db, reportId: number): ReviewedFigure[] {
  return (statement(db, 'SELECT * FROM figures WHERE report_id = ? ORDER BY start, end').all(reportId) as ReviewedRow[]).map(toFigure);
}

/** The report's figures that start in [from, to): the reader sends a huge report's figures in two parts. */
export function listReviewedFiguresIn(db: Db, reportId: number, from: number, to: number): ReviewedFigure[] {
  const sql = 'SELECT * FROM figures WHERE report_id = ? AND start >= ? AND start < ? ORDER BY start, end';
  return (statement(db, sql).all(reportId, from, to) as ReviewedRow[]).map(toFigure);
}

const figureAt = (db: Db, reportId: number, start: number, end: number) =>
  statement(db, 'SELECT * FROM figures WHERE report_id = ? AND start = ? AND end = ?').get(reportId, start, end) as FigureRow | undefined;

const overlapping = (db: Db, reportId: number, start: number, end: number) =>
  statement(db, 'SELECT * FROM figures WHERE report_id = ? AND start < ? AND end > ?').all(reportId, end, start) as ReviewedRow[];

const reportText = (db: Db, reportId: number): string | undefined => readText(db, reportId);

function upsertReview(db: Db, reportId: number, status: FigureReviewStatus, f: Omit<ReviewRow, 'status'>): void {
  statement(db, 
    `INSERT INTO figure_reviews (report_id, start, end, status, value, lo, hi, unit, kind, indicator, indicator_id, reviewed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (report_id, start, end) DO UPDATE SET status = excluded.status, value = excluded.value, lo = excluded.lo,
       hi = excluded.hi, unit = excluded.unit, kind = excluded.kind, indicator = excluded.indicator,
       indicator_id = excluded.indicator_id, reviewed_at = excluded.reviewed_at`,
  ).run(reportId, f.start, f.end, status, f.value, f.lo, f.hi, f.unit, f.kind, f.indicator, f.indicator_id, new Date().toISOString());
}

function insertFigure(db: Db, reportId: number, f: Figure, review: FigureReviewStatus | null): void {
  statement(db, 
    `INSERT INTO figures (report_id, start, end, text, value, lo, hi, unit, qualifier, kind, direction, indicator,
       indicator_id, sentence_start, sentence_end, measure, status, review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(reportId, f.start, f.end, f.text, f.value, f.lo, f.hi, f.unit, f.qualifier, f.kind, f.direction, f.indicator,
    f.indicatorId, f.sentenceStart, f.sentenceEnd, f.measure, f.status, review);
}

function updateFigure(db: Db, id: number, r: ReviewRow): void {
  statement(db, 
    `UPDATE figures SET value = coalesce(?, value), lo = coalesce(?, lo), hi = coalesce(?, hi), unit = coalesce(?, unit),
       kind = coalesce(?, kind), indicator = coalesce(?, indicator), indicator_id = ?, review = ? WHERE id = ?`,
  ).run(r.value, r.lo, r.hi, r.unit, r.kind, r.indicator, r.indicator_id, r.status, id);
}

/** Unreviewed (extracted) figures give way to a span the user vouched for. */
function displaceExtracted(db: Db, reportId: number, start: number, end: number): void {
  statement(db, 'DELETE FROM figures WHERE report_id = ? AND start < ? AND end > ? AND review IS NULL').run(reportId, end, start);
}

/** A figure built from a review alone (the extraction has nothing at that span). */
function figureFromReview(text: string, r: ReviewRow): Figure | null {
  if (r.value === null || r.unit === null || r.indicator === null) return null;
  const sentence = sentenceAround(text, r.start, r.end);
  const read = describeUserFigure(text, r.start, r.end, r.value, r.unit);
  const kind = (r.kind as FigureKind | null) ?? read.kind;
  return {
    start: r.start,
    end: r.end,
    text: text.slice(r.start, r.end),
    value: r.value,
    lo: r.lo ?? read.lo,
    hi: r.hi ?? read.hi,
    unit: r.unit,
    qualifier: read.qualifier,
    kind,
    direction: kind === 'change' ? read.direction : null,
    indicator: r.indicator,
    indicatorId: r.indicator_id,
    measure: read.measure,
    status: read.status,
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
  };
}

const NUMERAL = /[0-9０-９零〇一二三四五六七八九十百千万亿两]/;

/** A span of the report's text a figure can stand on: inside the text, not empty, holding a number. */
function spanHoldsNumber(text: string, start: number, end: number): boolean {
  return start < end && end <= text.length && NUMERAL.test(text.slice(start, end)) && !text.slice(start, end).includes('\n');
}

function applyReview(db: Db, reportId: number, text: string, r: ReviewRow): void {
  if (!spanHoldsNumber(text, r.start, r.end)) return; // the text changed under the review (another decoding)
  const row = figureAt(db, reportId, r.start, r.end);
  if (r.status === 'rejected' || r.status === 'confirmed') {
    if (row) {
      statement(db, 'UPDATE figures SET review = ? WHERE id = ?').run(r.status, row.id);
      return;
    }
    if (r.status === 'rejected') return;
  } else if (row) {
    updateFigure(db, row.id, r);
    displaceExtracted(db, reportId, r.start, r.end);
    return;
  }
  const figure = figureFromReview(text, r);
  if (!figure) return;
  displaceExtracted(db, reportId, r.start, r.end);
  insertFigure(db, reportId, figure, r.status);
}

/** Stores what extraction found and replays the user's reviews over it: the user's edits always win. */
export function storeExtractedFigures(db: Db, reportId: number, figures: readonly Figure[]): void {
  replaceFigures(db, reportId, figures);
  applyReviews(db, reportId);
  recountFigures(db, reportId);
}

/** Replays every review of a report over freshly extracted figures. Call inside the extraction's transaction. */
export function applyReviews(db: Db, reportId: number): void {
  const reviews = statement(
    db,
    `SELECT start, end, status, value, lo, hi, unit, kind, indicator, indicator_id FROM figure_reviews
     WHERE report_id = ? ORDER BY start, end`,
  ).all(reportId) as ReviewRow[];
  // a report nobody reviewed (every new import) needs no text
  if (reviews.length === 0) return;
  const text = reportText(db, reportId);
  if (text === undefined) return;
  for (const r of reviews) applyReview(db, reportId, text, r);
}

const valuesOf = (row: FigureRow): Omit<ReviewRow, 'status'> => ({
  start: row.start,
  end: row.end,
  value: row.value,
  lo: row.lo,
  hi: row.hi,
  unit: row.unit,
  kind: row.kind,
  indicator: row.indicator,
  indicator_id: row.indicator_id,
});

/**
 * Saves one review and applies it at once. `extracted` is what extraction finds in the report now; only
 * 'clear' needs it, to put back the extracted figures that the cleared span had displaced or replaced.
 */
export function saveReview(db: Db, reportId: number, action: ReviewAction, extracted: () => readonly Figure[]): void {
  applyAction(db, reportId, action, extracted);
  recountFigures(db, reportId);
}

function applyAction(db: Db, reportId: number, action: ReviewAction, extracted: () => readonly Figure[]): void {
  const text = reportText(db, reportId);
  if (text === undefined) throw new ReviewError('not-found', `报告 #${reportId} 不在资料库中`);
  const { start, end } = action;
  const row = figureAt(db, reportId, start, end);
  const existing = statement(db, 'SELECT status FROM figure_reviews WHERE report_id = ? AND start = ? AND end = ?').get(reportId, start, end) as
    | { status: FigureReviewStatus }
    | undefined;

  switch (action.action) {
    case 'clear':
      clearReview(db, reportId, start, end, extracted());
      return;
    case 'confirm':
    case 'reject': {
      if (!row) throw new ReviewError('not-found', '这个位置没有数字,可能报告已重新识别,请刷新');
      if (action.action === 'reject' && existing?.status === 'added') {
        clearReview(db, reportId, start, end, extracted());
        return;
      }
      // a corrected or added figure is confirmed already; confirming must not drop the user's values
      if (action.action === 'confirm' && (existing?.status === 'corrected' || existing?.status === 'added')) return;
      const status = action.action === 'confirm' ? 'confirmed' : 'rejected';
      upsertReview(db, reportId, status, valuesOf(row));
      statement(db, 'UPDATE figures SET review = ? WHERE id = ?').run(status, row.id);
      return;
    }
    case 'correct':
    case 'add': {
      if (!spanHoldsNumber(text, start, end)) throw new ReviewError('bad-span', '所选文字里没有数字,或跨了段落');
      const clash = overlapping(db, reportId, start, end).find(
        (f) => !(f.start === start && f.end === end) && f.review !== null && f.review !== 'rejected',
      );
      if (clash) throw new ReviewError('overlap', `与已核对的数字“${clash.text}”重叠`);
      const status: FigureReviewStatus = row && existing?.status !== 'added' ? 'corrected' : 'added';
      const base = row && status === 'corrected' ? row : null;
      const unitChanged = !base || base.unit !== action.unit;
      const kind: FigureKind =
        base && (!unitChanged || (base.kind === 'change' && ['%', '个百分点', '‰'].includes(action.unit)))
          ? (base.kind as FigureKind)
          : kindOfUnit(action.unit);
      let interval: { lo: number; hi: number };
      if (base && base.value === action.value) interval = { lo: base.lo, hi: base.hi };
      else if (base && base.value !== 0) interval = { lo: (base.lo * action.value) / base.value, hi: (base.hi * action.value) / base.value };
      else interval = describeUserFigure(text, start, end, action.value, action.unit);
      const review: ReviewRow = {
        start,
        end,
        status,
        value: action.value,
        lo: Math.min(interval.lo, interval.hi),
        hi: Math.max(interval.lo, interval.hi),
        unit: action.unit,
        kind,
        indicator: action.indicator,
        // the dictionary id only stands while the label does
        indicator_id: base && base.indicator === action.indicator ? base.indicator_id : null,
      };
      upsertReview(db, reportId, status, review);
      applyReview(db, reportId, text, review);
      return;
    }
  }
}

/** Forgets the review of a span and puts back what extraction finds there. */
function clearReview(db: Db, reportId: number, start: number, end: number, extracted: readonly Figure[]): void {
  statement(db, 'DELETE FROM figure_reviews WHERE report_id = ? AND start = ? AND end = ?').run(reportId, start, end);
  statement(db, 'DELETE FROM figures WHERE report_id = ? AND start = ? AND end = ?').run(reportId, start, end);
  displaceExtracted(db, reportId, start, end);
  for (const f of extracted) {
    if (f.start >= end || f.end <= start) continue;
    if (overlapping(db, reportId, f.start, f.end).length === 0) insertFigure(db, reportId, f, null);
  }
}
