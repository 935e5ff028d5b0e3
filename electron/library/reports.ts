// The reports table: stored originals, decoded text, detected metadata and the user's corrections.
import { statement, type Db } from './open.ts';
import type { ReportSummary } from '../../shared/api.ts';
import type { JunkRange } from '../../shared/text/types.ts';
import type { DocType, RegionCandidate, RegionLevel, ReportMeta } from '../../shared/meta/types.ts';
import { buildTitle } from '../../shared/meta/title.ts';

export interface NewReport {
  fileName: string;
  format: string;
  original: Uint8Array;
  bytesSha256: string;
  contentSha256: string;
  encoding: string;
  decodeWarning: string | null;
  text: string;
  junk: JunkRange[];
  detected: ReportMeta;
  extractorVersion: string;
}

/** A correction as stored: region carries what the gazetteer said about the chosen code. */
export type Correction =
  | { field: 'region'; value: { name: string; code: string | null; level: RegionLevel | null; parents: string[] } }
  | { field: 'year'; value: number | null }
  | { field: 'docType'; value: DocType };

export interface ReportRow {
  id: number;
  file_name: string;
  format: string;
  original: Buffer;
  byte_size: number;
  content_sha256: string;
  encoding: string;
  encoding_override: string | null;
  decode_warning: string | null;
  text: string;
  junk: string;
  detected: string;
  title: string | null;
  region: string | null;
  region_code: string | null;
  parents: string;
  level: string | null;
  year: number | null;
  published: string | null;
  issuer: string | null;
  doc_type: string;
  preferred: number;
  extractor_version: string;
  imported_at: string;
}

const summaryColumns = `
  r.id, r.file_name, r.title, r.region, r.region_code, r.parents, r.level, r.year, r.published, r.issuer,
  r.doc_type, r.encoding, r.decode_warning, r.imported_at, r.preferred,
  json_extract(r.detected, '$.regionCandidates') AS candidates,
  (SELECT count(*) FROM figures f WHERE f.report_id = r.id AND f.review IS NOT 'rejected') AS figure_count,
  (SELECT group_concat(c.field) FROM report_corrections c WHERE c.report_id = r.id) AS corrected,
  (SELECT count(*) FROM reports o
     WHERE o.year IS r.year AND o.doc_type = r.doc_type
       AND coalesce(o.region_code, o.region) IS coalesce(r.region_code, r.region)) AS same_slot`;

type SummaryRow = Pick<
  ReportRow,
  'id' | 'file_name' | 'title' | 'region' | 'region_code' | 'parents' | 'level' | 'year' | 'published' | 'issuer' | 'doc_type' | 'encoding' | 'decode_warning' | 'imported_at' | 'preferred'
> & {
  candidates: string | null;
  figure_count: number;
  corrected: string | null;
  same_slot: number;
};

function toSummary(row: SummaryRow): ReportSummary {
  return {
    id: row.id,
    fileName: row.file_name,
    title: row.title,
    region: row.region,
    regionCode: row.region_code,
    parents: JSON.parse(row.parents) as string[],
    level: row.level as RegionLevel | null,
    year: row.year,
    published: row.published,
    issuer: row.issuer,
    docType: row.doc_type as DocType,
    encoding: row.encoding,
    decodeWarning: row.decode_warning,
    figureCount: row.figure_count,
    importedAt: row.imported_at,
    corrected: row.corrected ? (row.corrected.split(',') as ReportSummary['corrected']) : [],
    regionCandidates: row.corrected?.includes('region') ? [] : (JSON.parse(row.candidates ?? '[]') as RegionCandidate[]),
    sameSlotCount: row.same_slot,
    preferred: row.preferred === 1,
  };
}

export function insertReport(db: Db, report: NewReport): number {
  const meta = report.detected;
  const info = db
    .prepare(
      `INSERT INTO reports (file_name, format, original, byte_size, bytes_sha256, content_sha256, encoding,
         decode_warning, text, junk, detected, title, region, region_code, parents, level, year, published, issuer,
         doc_type, preferred, extractor_version, imported_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      report.fileName,
      report.format,
      Buffer.from(report.original),
      report.original.byteLength,
      report.bytesSha256,
      report.contentSha256,
      report.encoding,
      report.decodeWarning,
      report.text,
      JSON.stringify(report.junk),
      JSON.stringify(meta),
      meta.title,
      meta.region,
      meta.regionCode,
      JSON.stringify(meta.parents),
      meta.level,
      meta.year,
      meta.published,
      meta.issuer,
      meta.docType,
      slotIsFree(db, meta) ? 1 : 0,
      report.extractorVersion,
      new Date().toISOString(),
    );
  return Number(info.lastInsertRowid);
}

/** The first report of a region, year and type is the one that counts until the user prefers another. */
function slotIsFree(db: Db, meta: ReportMeta): boolean {
  const key = meta.regionCode ?? meta.region;
  const row = db
    .prepare(
      `SELECT 1 FROM reports WHERE preferred = 1 AND year IS ? AND doc_type = ? AND coalesce(region_code, region) IS ? LIMIT 1`,
    )
    .get(meta.year, meta.docType, key);
  return row === undefined;
}

export function findByContentHash(db: Db, contentSha256: string): { id: number; title: string | null } | undefined {
  return statement(db, 'SELECT id, title FROM reports WHERE content_sha256 = ?').get(contentSha256) as
    | { id: number; title: string | null }
    | undefined;
}

export interface ReportFilter {
  search?: string;
  level?: string;
  year?: number;
  docType?: string;
}

export function listReports(db: Db, filter: ReportFilter = {}): ReportSummary[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.search) {
    where.push(`(r.title LIKE ? OR r.region LIKE ? OR r.file_name LIKE ? OR r.parents LIKE ?)`);
    const like = `%${filter.search.replace(/[%_]/g, '')}%`;
    params.push(like, like, like, like);
  }
  const equal = (column: string, value: unknown) => {
    where.push(`r.${column} = ?`);
    params.push(value);
  };
  if (filter.level) equal('level', filter.level);
  if (filter.year !== undefined) equal('year', filter.year);
  if (filter.docType) equal('doc_type', filter.docType);
  const sql = `SELECT ${summaryColumns} FROM reports r ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY r.parents, r.region, r.year DESC, r.id`;
  return (statement(db, sql).all(...params) as SummaryRow[]).map(toSummary);
}

export function getSummary(db: Db, id: number): ReportSummary | undefined {
  const row = statement(db, `SELECT ${summaryColumns} FROM reports r WHERE r.id = ?`).get(id) as SummaryRow | undefined;
  return row && toSummary(row);
}

export function getReportRow(db: Db, id: number): ReportRow | undefined {
  return statement(db, 'SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
}

export function countReports(db: Db): { reports: number; figures: number } {
  const reports = (statement(db, 'SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  const figures = (statement(db, 'SELECT count(*) AS n FROM figures').get() as { n: number }).n;
  return { reports, figures };
}

export function saveCorrection(db: Db, id: number, correction: Correction): void {
  statement(db, 
    `INSERT INTO report_corrections (report_id, field, value, corrected_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (report_id, field) DO UPDATE SET value = excluded.value, corrected_at = excluded.corrected_at`,
  ).run(id, correction.field, JSON.stringify(correction.value), new Date().toISOString());
  applyMetadata(db, id);
}

/** Effective metadata = what detection found, overlaid with the user's corrections (which always win). */
export function applyMetadata(db: Db, id: number): void {
  const row = statement(db, 'SELECT detected FROM reports WHERE id = ?').get(id) as { detected: string } | undefined;
  if (!row) return;
  const meta = JSON.parse(row.detected) as ReportMeta;
  let { region, regionCode, level, parents, year, docType } = meta;
  const corrections = statement(db, 'SELECT field, value FROM report_corrections WHERE report_id = ?').all(id) as Array<{
    field: Correction['field'];
    value: string;
  }>;
  for (const c of corrections) {
    const value = JSON.parse(c.value) as Correction['value'];
    if (c.field === 'region') {
      const r = value as Extract<Correction, { field: 'region' }>['value'];
      ({ name: region, code: regionCode, level, parents } = r);
    } else if (c.field === 'year') year = value as number | null;
    else docType = value as DocType;
  }
  // a title built from region, year and kind follows their corrections
  const title = meta.titleBuilt ? buildTitle(region, year, docType) : meta.title;
  statement(db, 
    `UPDATE reports SET title = ?, region = ?, region_code = ?, level = ?, parents = ?, year = ?, published = ?,
       issuer = ?, doc_type = ? WHERE id = ?`,
  ).run(title, region, regionCode, level, JSON.stringify(parents), year, meta.published, meta.issuer, docType, id);
}

/** Replaces what decoding and detection produced (after an encoding override or a detector upgrade). */
export function updateDecoded(
  db: Db,
  id: number,
  decoded: { encoding: string; encodingOverride: string | null; decodeWarning: string | null; text: string; junk: JunkRange[]; detected: ReportMeta; extractorVersion: string },
): void {
  statement(db, 
    `UPDATE reports SET encoding = ?, encoding_override = ?, decode_warning = ?, text = ?, junk = ?, detected = ?,
       extractor_version = ? WHERE id = ?`,
  ).run(
    decoded.encoding,
    decoded.encodingOverride,
    decoded.decodeWarning,
    decoded.text,
    JSON.stringify(decoded.junk),
    JSON.stringify(decoded.detected),
    decoded.extractorVersion,
    id,
  );
  applyMetadata(db, id);
}

export function setPreferred(db: Db, id: number): void {
  const row = statement(db, 'SELECT region, region_code, year, doc_type FROM reports WHERE id = ?').get(id) as
    | { region: string | null; region_code: string | null; year: number | null; doc_type: string }
    | undefined;
  if (!row) return;
  statement(db, 
    `UPDATE reports SET preferred = (id = ?) WHERE year IS ? AND doc_type = ? AND coalesce(region_code, region) IS ?`,
  ).run(id, row.year, row.doc_type, row.region_code ?? row.region);
}

export function deleteReports(db: Db, ids: number[]): number {
  const del = statement(db, 'DELETE FROM reports WHERE id = ?');
  let n = 0;
  for (const id of ids) n += del.run(id).changes;
  return n;
}
