// What the audit reads from the library: every report's text, chrome ranges and metadata, and its figures
// (those the user rejected left out). Parameterised SQL only.
import { statement, type Db } from './open.ts';
import type { AuditFigure } from '../../shared/audit/types.ts';
import type { CountedInput } from '../../shared/audit/audit.ts';
import type { DocType } from '../../shared/meta/types.ts';
import type { FigureKind, FigureMeasure, FigureStatus } from '../../shared/figures/types.ts';
import { findHeadings } from '../../shared/text/outline.ts';
import { unpackText } from './stored-text.ts';
import type { FigureRow } from './figures.ts';

interface AuditReportRow {
  id: number;
  file_name: string;
  title: string | null;
  region: string | null;
  region_key: string | null;
  year: number | null;
  doc_type: string;
  issuer: string | null;
  published: string | null;
  packed: Buffer;
  junk: string;
  preferred: number;
}

/** The figures columns the audit reads (the figures table's own row type), with the report they belong to. */
type AuditFigureRow = Pick<FigureRow, 'start' | 'end' | 'text' | 'value' | 'lo' | 'hi' | 'unit' | 'qualifier' | 'kind' | 'indicator' | 'indicator_id' | 'measure' | 'status'> & {
  report_id: number;
};

/** Reports of the library (or of the regions whose key or name is given), with their figures. */
export function auditInputs(db: Db, regionKeys?: readonly string[]): CountedInput[] {
  const where = regionKeys ? `WHERE coalesce(r.region_code, r.region) IN (${regionKeys.map(() => '?').join(', ')})` : '';
  const rows = statement(db, `SELECT r.id, r.file_name, r.title, r.region, coalesce(r.region_code, r.region) AS region_key, r.year,
      r.doc_type, r.issuer, r.published, t.packed, t.junk, r.preferred
    FROM reports r JOIN report_texts t ON t.report_id = r.id ${where} ORDER BY r.id`).all(...(regionKeys ?? [])) as AuditReportRow[];
  const figures = statement(db, `SELECT report_id, start, end, text, value, lo, hi, unit, qualifier, kind, indicator, indicator_id,
      measure, status FROM figures WHERE review IS NOT 'rejected' ORDER BY report_id, start`);
  const byReport = new Map<number, AuditFigure[]>();
  for (const f of figures.iterate() as IterableIterator<AuditFigureRow>) {
    const list = byReport.get(f.report_id) ?? [];
    list.push({
      start: f.start, end: f.end, text: f.text, value: f.value, lo: f.lo, hi: f.hi, unit: f.unit, qualifier: f.qualifier,
      kind: f.kind as FigureKind, indicator: f.indicator, indicatorId: f.indicator_id, measure: f.measure as FigureMeasure,
      status: f.status as FigureStatus,
    });
    byReport.set(f.report_id, list);
  }
  return rows.map((r) => {
    const text = unpackText(r.packed);
    return {
    id: r.id,
    fileName: r.file_name,
    title: r.title,
    region: r.region,
    regionKey: r.region_key,
    year: r.year,
    docType: r.doc_type as DocType,
    issuer: r.issuer,
    published: r.published,
    text,
    junk: JSON.parse(r.junk) as Array<{ start: number; end: number }>,
    headings: findHeadings(text),
    figures: byReport.get(r.id) ?? [],
    counted: r.preferred === 1,
    };
  });
}

/** Region keys whose code, key or name is the one given (a name may fit several regions). */
export function findAuditRegions(db: Db, wanted: string): Array<{ key: string; name: string }> {
  return statement(db, `SELECT DISTINCT coalesce(region_code, region) AS key, region AS name FROM reports
    WHERE region_code = ? OR region = ? ORDER BY key`).all(wanted, wanted) as Array<{ key: string; name: string }>;
}
