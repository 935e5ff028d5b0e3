// What the audit reads from the library: first where each report stands, then one report at a time its text,
// chrome ranges, metadata and figures (those the user rejected left out). Parameterised SQL only.
import { statement, type Db } from './open.ts';
import type { AuditFigure } from '../../shared/audit/types.ts';
import type { AuditPlace, CountedInput } from '../../shared/audit/audit.ts';
import type { DocType } from '../../shared/meta/types.ts';
import type { FigureKind, FigureMeasure, FigureStatus } from '../../shared/figures/types.ts';
import { findHeadings } from '../../shared/text/outline.ts';
import { unpackText } from './stored-text.ts';
import type { FigureRow } from './figures.ts';

/** A report as the audit first sees it: where it stands, and its label for progress. */
export interface AuditReportPlace extends AuditPlace {
  label: string;
}

interface AuditReportRow {
  file_name: string;
  title: string | null;
  region: string | null;
  issuer: string | null;
  published: string | null;
  packed: Buffer;
  junk: string;
}

/** The figures columns the audit reads (the figures table's own row type). */
type AuditFigureRow = Pick<FigureRow, 'start' | 'end' | 'text' | 'value' | 'lo' | 'hi' | 'unit' | 'qualifier' | 'kind' | 'indicator' | 'indicator_id' | 'measure' | 'status'>;

/** Reports of the library (or of the regions whose key is given), without their text: what to audit, in id order. */
export function auditPlaces(db: Db, regionKeys?: readonly string[]): AuditReportPlace[] {
  const where = regionKeys ? `WHERE coalesce(region_code, region) IN (${regionKeys.map(() => '?').join(', ')})` : '';
  const rows = statement(db, `SELECT id, coalesce(title, file_name) AS label, coalesce(region_code, region) AS regionKey, year,
      doc_type AS docType, preferred FROM reports ${where} ORDER BY id`).all(...(regionKeys ?? [])) as Array<Omit<AuditReportPlace, 'counted'> & { preferred: number }>;
  return rows.map(({ preferred, ...r }) => ({ ...r, docType: r.docType as DocType, counted: preferred === 1 }));
}

/** One report's text, chrome ranges, metadata and figures (those the user rejected left out); null once deleted. */
export function auditInput(db: Db, place: AuditPlace): CountedInput | null {
  const row = statement(db, `SELECT r.file_name, r.title, r.region, r.issuer, r.published, t.packed, t.junk
    FROM reports r JOIN report_texts t ON t.report_id = r.id WHERE r.id = ?`).get(place.id) as AuditReportRow | undefined;
  if (!row) return null;
  const figures = statement(db, `SELECT start, end, text, value, lo, hi, unit, qualifier, kind, indicator, indicator_id, measure, status
    FROM figures WHERE report_id = ? AND review IS NOT 'rejected' ORDER BY start`).all(place.id) as AuditFigureRow[];
  const text = unpackText(row.packed);
  return {
    id: place.id,
    regionKey: place.regionKey,
    year: place.year,
    docType: place.docType,
    counted: place.counted,
    fileName: row.file_name,
    title: row.title,
    region: row.region,
    issuer: row.issuer,
    published: row.published,
    text,
    junk: JSON.parse(row.junk) as Array<{ start: number; end: number }>,
    headings: findHeadings(text),
    figures: figures.map((f): AuditFigure => ({
      start: f.start, end: f.end, text: f.text, value: f.value, lo: f.lo, hi: f.hi, unit: f.unit, qualifier: f.qualifier,
      kind: f.kind as FigureKind, indicator: f.indicator, indicatorId: f.indicator_id, measure: f.measure as FigureMeasure,
      status: f.status as FigureStatus,
    })),
  };
}

/** Region keys whose code, key or name is the one given (a name may fit several regions). */
export function findAuditRegions(db: Db, wanted: string): Array<{ key: string; name: string }> {
  return statement(db, `SELECT DISTINCT coalesce(region_code, region) AS key, region AS name FROM reports
    WHERE region_code = ? OR region = ? ORDER BY key`).all(wanted, wanted) as Array<{ key: string; name: string }>;
}
