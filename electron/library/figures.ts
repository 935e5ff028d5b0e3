// The figures table: what extraction found in each report, stored with the report in one transaction.
import { statement, type Db } from './open.ts';
import type { StoredFigure } from '../../shared/api.ts';
import type { ChangeDirection, Figure, FigureKind, FigureMeasure, FigureStatus } from '../../shared/figures/types.ts';

/** Replaces a report's figures; call recountFigures once the report's figures are final (reviews replayed). */
export function replaceFigures(db: Db, reportId: number, figures: readonly Figure[]): void {
  statement(db, 'DELETE FROM figures WHERE report_id = ?').run(reportId);
  const insert = statement(db, 
    `INSERT INTO figures (report_id, start, end, text, value, lo, hi, unit, qualifier, kind, direction, indicator,
       indicator_id, sentence_start, sentence_end, measure, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const f of figures) {
    insert.run(reportId, f.start, f.end, f.text, f.value, f.lo, f.hi, f.unit, f.qualifier, f.kind, f.direction,
      f.indicator, f.indicatorId, f.sentenceStart, f.sentenceEnd, f.measure, f.status);
  }
}

/**
 * Sets a report's figure count (the library list shows and sorts by it) from its figures. Every write to a
 * report's figures ends with this: once per report, where a per-row trigger rewrote the report row per figure.
 */
export function recountFigures(db: Db, reportId: number): void {
  statement(db, `UPDATE reports SET figure_count = (SELECT count(*) FROM figures WHERE report_id = ? AND review IS NOT 'rejected') WHERE id = ?`).run(reportId, reportId);
}

/** A figures row as SQLite returns it; reviews.ts and trends.ts read the same columns. */
export interface FigureRow {
  id: number;
  start: number;
  end: number;
  text: string;
  value: number;
  lo: number;
  hi: number;
  unit: string;
  qualifier: string | null;
  kind: string;
  direction: string | null;
  indicator: string;
  indicator_id: string | null;
  sentence_start: number;
  sentence_end: number;
  measure: string;
  status: string;
}

export function listFigures(db: Db, reportId: number): StoredFigure[] {
  const rows = statement(db, 'SELECT * FROM figures WHERE report_id = ? ORDER BY start').all(reportId) as FigureRow[];
  return rows.map(toStoredFigure);
}

export function toStoredFigure(r: FigureRow): StoredFigure {
  return {
    id: r.id,
    start: r.start,
    end: r.end,
    text: r.text,
    value: r.value,
    lo: r.lo,
    hi: r.hi,
    unit: r.unit,
    qualifier: r.qualifier,
    kind: r.kind as FigureKind,
    direction: r.direction as ChangeDirection,
    indicator: r.indicator,
    indicatorId: r.indicator_id,
    sentenceStart: r.sentence_start,
    sentenceEnd: r.sentence_end,
    measure: r.measure as FigureMeasure,
    status: r.status as FigureStatus,
  };
}
