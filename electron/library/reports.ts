// The reports table: a narrow row of detected metadata and the user's corrections; text and original bytes apart.
import { statement, type Db } from './open.ts';
import { originalToStore, packText, searchDocumentsOf, unpackOriginal, unpackText, type StoredOriginal } from './stored-text.ts';
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
  /** Prepared by an import worker; computed here when absent. */
  stored?: PreparedStorage;
}

/** The heavy parts of storing a report (compression, the search document), prepared off the writer. */
export interface PreparedStorage {
  packedText: Uint8Array;
  original: StoredOriginal | null;
  search: { positions: string; units: string };
}

export const prepareStorage = (original: Uint8Array, text: string): PreparedStorage => ({
  packedText: packText(text),
  original: originalToStore(original, text),
  search: searchDocumentsOf(text),
});

/** A correction as stored: region carries what the gazetteer said about the chosen code. */
export type Correction =
  | { field: 'region'; value: { name: string; code: string | null; level: RegionLevel | null; parents: string[] } }
  | { field: 'year'; value: number | null }
  | { field: 'docType'; value: DocType };

export interface ReportRow {
  id: number;
  file_name: string;
  format: string;
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
  text_length: number;
  figure_count: number;
}

export const summaryColumns = `
  r.id, r.file_name, r.title, r.region, r.region_code, r.parents, r.level, r.year, r.published, r.issuer,
  r.doc_type, r.encoding, r.decode_warning, r.imported_at, r.preferred, r.figure_count,
  json_extract(r.detected, '$.regionCandidates') AS candidates,
  (SELECT group_concat(c.field) FROM report_corrections c WHERE c.report_id = r.id) AS corrected,
  (SELECT count(*) FROM reports o INDEXED BY reports_slot
     WHERE coalesce(o.region_code, o.region) IS coalesce(r.region_code, r.region) AND o.year IS r.year
       AND o.doc_type = r.doc_type) AS same_slot`;

export type SummaryRow = Pick<
  ReportRow,
  'id' | 'file_name' | 'title' | 'region' | 'region_code' | 'parents' | 'level' | 'year' | 'published' | 'issuer' | 'doc_type' | 'encoding' | 'decode_warning' | 'imported_at' | 'preferred' | 'figure_count'
> & {
  candidates: string | null;
  corrected: string | null;
  same_slot: number;
};

export function toSummary(row: SummaryRow): ReportSummary {
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

/** Search documents held back to be indexed together: see insertReport. */
export type PendingSearch = Array<{ id: number; search: PreparedStorage['search'] }>;

/**
 * Adds a report. Its search documents are indexed at once, or added to `pending` for indexSearch: a bulk import
 * stores each file in its own savepoint, and FTS5 writes its pending index at every savepoint, so the import
 * indexes a whole slice of reports after their savepoints, in the same transaction.
 */
export function insertReport(db: Db, report: NewReport, pending?: PendingSearch): number {
  const meta = report.detected;
  const stored = report.stored ?? prepareStorage(report.original, report.text);
  const info = statement(db,
    `INSERT INTO reports (file_name, format, byte_size, bytes_sha256, content_sha256, encoding, decode_warning, detected,
       title, region, region_code, parents, level, year, published, issuer, doc_type, extractor_version, imported_at, text_length)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    report.fileName,
    report.format,
    report.original.byteLength,
    report.bytesSha256,
    report.contentSha256,
    report.encoding,
    report.decodeWarning,
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
    report.extractorVersion,
    new Date().toISOString(),
    report.text.length,
  );
  const id = Number(info.lastInsertRowid);
  statement(db, 'INSERT INTO report_texts (report_id, packed, junk) VALUES (?, ?, ?)').run(id, stored.packedText, JSON.stringify(report.junk));
  storeOriginal(db, id, stored);
  if (pending) pending.push({ id, search: stored.search });
  else indexSearch(db, [{ id, search: stored.search }]);
  return id;
}

function storeOriginal(db: Db, id: number, stored: PreparedStorage): void {
  statement(db, 'DELETE FROM report_originals WHERE report_id = ?').run(id);
  if (stored.original) {
    statement(db, 'INSERT INTO report_originals (report_id, compression, bytes) VALUES (?, ?, ?)').run(id, stored.original.compression, stored.original.bytes);
  }
}

/** (Re)indexes reports for full-text search. */
export function indexSearch(db: Db, pending: PendingSearch): void {
  for (const { id, search } of pending) indexOne(db, id, search);
}

function indexOne(db: Db, id: number, search: PreparedStorage['search']): void {
  statement(db, 'DELETE FROM report_search WHERE rowid = ?').run(id);
  statement(db, 'INSERT INTO report_search (rowid, document) VALUES (?, ?)').run(id, search.positions);
  statement(db, 'DELETE FROM report_units WHERE rowid = ?').run(id);
  statement(db, 'INSERT INTO report_units (rowid, document) VALUES (?, ?)').run(id, search.units);
}

const textCache = new WeakMap<Db, { generation: string; texts: Map<number, string> }>();

/**
 * A report's text. Trend queries ask for the same few reports' sentences many times, so recent texts are kept
 * until the library changes (by this connection or any other).
 */
export function readText(db: Db, id: number): string | undefined {
  const generation = `${statement(db, 'SELECT total_changes()').pluck().get() as number}:${statement(db, 'PRAGMA data_version').pluck().get() as number}`;
  let cache = textCache.get(db);
  if (!cache || cache.generation !== generation) textCache.set(db, (cache = { generation, texts: new Map() }));
  let text = cache.texts.get(id);
  if (text === undefined) {
    const packed = statement(db, 'SELECT packed FROM report_texts WHERE report_id = ?').pluck().get(id) as Buffer | undefined;
    if (!packed) return undefined;
    text = unpackText(packed);
    if (cache.texts.size >= 64) cache.texts.delete(cache.texts.keys().next().value!);
    cache.texts.set(id, text);
  }
  return text;
}

/** The file's bytes as imported. */
export function readOriginal(db: Db, id: number): Uint8Array | undefined {
  const text = readText(db, id);
  if (text === undefined) return undefined;
  const stored = statement(db, 'SELECT compression, bytes FROM report_originals WHERE report_id = ?').get(id) as StoredOriginal | undefined;
  return unpackOriginal(stored, text);
}

/** A report already imported from exactly these bytes: recognised before any decoding or analysis. */
export function findByBytesHash(db: Db, bytesSha256: string): { id: number; title: string | null } | undefined {
  return statement(db, 'SELECT id, title FROM reports WHERE bytes_sha256 = ? LIMIT 1').get(bytesSha256) as
    | { id: number; title: string | null }
    | undefined;
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

/** The row with its text and junk ranges. */
export function getReportRow(db: Db, id: number): ReportRow | undefined {
  const row = statement(db, 'SELECT r.*, t.junk FROM reports r JOIN report_texts t ON t.report_id = r.id WHERE r.id = ?').get(id) as
    | Omit<ReportRow, 'text'>
    | undefined;
  return row && { ...row, text: readText(db, id)! };
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
  decoded: {
    original: Uint8Array; encoding: string; encodingOverride: string | null; decodeWarning: string | null; text: string; junk: JunkRange[];
    detected: ReportMeta; extractorVersion: string;
  },
): void {
  statement(db,
    `UPDATE reports SET encoding = ?, encoding_override = ?, decode_warning = ?, detected = ?, extractor_version = ?,
       text_length = ? WHERE id = ?`,
  ).run(
    decoded.encoding,
    decoded.encodingOverride,
    decoded.decodeWarning,
    JSON.stringify(decoded.detected),
    decoded.extractorVersion,
    decoded.text.length,
    id,
  );
  const stored = prepareStorage(decoded.original, decoded.text);
  statement(db, 'UPDATE report_texts SET packed = ?, junk = ? WHERE report_id = ?').run(stored.packedText, JSON.stringify(decoded.junk), id);
  storeOriginal(db, id, stored);
  indexSearch(db, [{ id, search: stored.search }]);
  applyMetadata(db, id);
}

/**
 * The user's choice of the copy that counts for its (region, year, type) slot. The database re-derives every slot's
 * preferred copy on each write (migration 6): the choice while that report stays in the slot, else the best.
 */
export function setPreferred(db: Db, id: number): void {
  statement(db,
    `INSERT INTO slot_choices (slot, report_id, chosen_at)
       SELECT json_array(coalesce(region_code, region), year, doc_type), id, ? FROM reports WHERE id = ?
     ON CONFLICT (slot) DO UPDATE SET report_id = excluded.report_id, chosen_at = excluded.chosen_at`,
  ).run(new Date().toISOString(), id);
}

export function deleteReports(db: Db, ids: number[]): number {
  const del = statement(db, 'DELETE FROM reports WHERE id = ?');
  let n = 0;
  for (const id of ids) n += del.run(id).changes;
  return n;
}
