// Trend queries: an indicator's figures by region and year, from the reports that count (preferred, with a
// year and a region), never from figures the user rejected. Parameterised SQL only; statements are cached per db.
import type { Db } from './open.ts';
import type { FigureRow } from './figures.ts';
import { readText } from './reports.ts';
import type { Statement } from 'better-sqlite3';
import type { ChangeDirection, FigureKind } from '../../shared/figures/types.ts';
import type { DocType, RegionLevel } from '../../shared/meta/types.ts';
import { chartKeyOf, LABEL_PREFIX, parseChartKey, PLAIN_MEASURES } from '../../shared/indicators/chart-key.ts';
import type { FigureMeasure, FigureStatus } from '../../shared/figures/types.ts';
import type { FigureSource, RegionRef } from '../../shared/trends/types.ts';
import type { TrendCandidate } from '../../shared/trends/series.ts';

const statements = new WeakMap<Db, Map<string, Statement>>();
function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** The SQL that picks a chart key's figures (what × measure), and its parameters. */
export function indicatorClause(key: string): { sql: string; params: string[] } {
  const parts = parseChartKey(key);
  const plain = PLAIN_MEASURES.includes(parts.measure);
  const measure = plain ? `f.measure IN (${PLAIN_MEASURES.map((m) => `'${m}'`).join(', ')})` : 'f.measure = ?';
  const what = parts.indicatorId === null ? 'f.indicator_id IS NULL AND f.indicator = ?' : 'f.indicator_id = ?';
  return { sql: `${what} AND ${measure}`, params: [parts.indicatorId ?? parts.indicator, ...(plain ? [] : [parts.measure])] };
}

/** chartKeyOf in SQL: the dictionary id or label, with the measure unless it is a plain one. */
const KEY_SQL = `coalesce(f.indicator_id, '${LABEL_PREFIX}' || f.indicator) ||
  CASE WHEN f.measure IN (${PLAIN_MEASURES.map((m) => `'${m}'`).join(', ')}) THEN '' ELSE '~' || f.measure END`;

const REGION_KEY = 'coalesce(r.region_code, r.region)';
// A page that is not Chinese prose (a machine translation) counts in no trend, whatever its slot.
const COUNTED_REPORT = `r.preferred = 1 AND r.year IS NOT NULL AND ${REGION_KEY} IS NOT NULL
  AND coalesce(json_extract(r.detected, '$.notChinese'), 0) = 0`;
const LIVE_FIGURE = `(f.review IS NULL OR f.review <> 'rejected')`;
// Targets say what was wanted, not what happened: never a point. Estimates are points, marked and outranked.
const CHARTED_FIGURE = `${LIVE_FIGURE} AND f.status <> 'target'`;

const candidateColumns = `
  f.id, f.report_id, f.start, f.end, f.text, f.value, f.lo, f.hi, f.unit, f.qualifier, f.kind, f.direction,
  f.indicator, f.indicator_id, f.sentence_start, f.sentence_end, f.measure, f.status,
  r.year, r.title, r.file_name, r.bytes_sha256, r.doc_type, r.region, r.region_code, r.level, r.parents,
  ${REGION_KEY} AS region_key`;

interface CandidateRow extends FigureRow {
  report_id: number;
  year: number;
  title: string | null;
  file_name: string;
  bytes_sha256: string;
  doc_type: string;
  region: string | null;
  region_code: string | null;
  level: string | null;
  parents: string;
  region_key: string;
}

/** A figure with its report: enough for a trend point, its claim check and its provenance. */
export interface FigureRecord extends TrendCandidate {
  key: string;
  indicatorId: string | null;
  measure: FigureMeasure;
  direction: ChangeDirection;
  sentenceStart: number;
}

function regionOf(row: Pick<CandidateRow, 'region_key' | 'region' | 'region_code' | 'level' | 'parents'>): RegionRef {
  return {
    key: row.region_key,
    name: row.region ?? row.region_key,
    code: row.region_code,
    level: row.level as RegionLevel | null,
    parents: JSON.parse(row.parents) as string[],
  };
}

/**
 * Rows to records, reading each report's text once per call (it is stored deflated: library/stored-text.ts);
 * JavaScript's slice counts UTF-16 units as the offsets do.
 */
function recordsOf(db: Db, rows: readonly CandidateRow[]): FigureRecord[] {
  const texts = new Map<number, string>();
  const textOf = (id: number) => {
    let text = texts.get(id);
    if (text === undefined) {
      text = readText(db, id) ?? '';
      texts.set(id, text);
    }
    return text;
  };
  return rows.map((row) => toRecord(row, textOf(row.report_id).slice(row.sentence_start, row.sentence_end)));
}

function toRecord(row: CandidateRow, sentence: string): FigureRecord {
  const source: FigureSource = {
    figureId: row.id,
    reportId: row.report_id,
    reportTitle: row.title,
    fileName: row.file_name,
    fileHash: row.bytes_sha256,
    docType: row.doc_type as DocType,
    start: row.start,
    end: row.end,
    sentenceStart: row.sentence_start,
    sentenceEnd: row.sentence_end,
    sentence,
    text: row.text,
  };
  return {
    key: chartKeyOf({ indicatorId: row.indicator_id, indicator: row.indicator, measure: row.measure as FigureMeasure }),
    status: row.status as FigureStatus,
    indicatorId: row.indicator_id,
    measure: row.measure as FigureMeasure,
    value: row.value,
    lo: row.lo,
    hi: row.hi,
    unit: row.unit,
    qualifier: row.qualifier,
    kind: row.kind as FigureKind,
    direction: row.direction as ChangeDirection,
    indicator: row.indicator,
    year: row.year,
    region: regionOf(row),
    sentenceStart: row.sentence_start,
    source,
  };
}


/** Every figure of the indicator (changes excluded) in the counted reports of these regions. */
export function indicatorFigures(db: Db, key: string, regionKeys: readonly string[]): FigureRecord[] {
  if (regionKeys.length === 0) return [];
  const indicator = indicatorClause(key);
  // Regions first (few reports through reports_region_year), then each report's figures of the indicator.
  const sql = `SELECT ${candidateColumns} FROM reports r CROSS JOIN figures f
    WHERE ${REGION_KEY} IN (${placeholders(regionKeys.length)}) AND ${COUNTED_REPORT}
      AND f.report_id = r.id AND ${indicator.sql} AND ${CHARTED_FIGURE}`;
  return recordsOf(db, prepared(db, sql).all(...regionKeys, ...indicator.params) as CandidateRow[]);
}

/** Every figure of the indicator in one year across regions (optionally of one level). */
export function indicatorFiguresInYear(db: Db, key: string, year: number, level?: RegionLevel): FigureRecord[] {
  const indicator = indicatorClause(key);
  const sql = `SELECT ${candidateColumns} FROM figures f JOIN reports r ON r.id = f.report_id
    WHERE ${indicator.sql} AND r.year = ? AND ${COUNTED_REPORT} ${level ? 'AND r.level = ?' : ''}
      AND ${CHARTED_FIGURE}`;
  const params: unknown[] = [...indicator.params, year];
  if (level) params.push(level);
  return recordsOf(db, prepared(db, sql).all(...params) as CandidateRow[]);
}

/** Years that have the indicator, with how many regions report it in each. */
export function indicatorYears(db: Db, key: string): Array<{ year: number; regionCount: number }> {
  const indicator = indicatorClause(key);
  const sql = `SELECT r.year AS year, count(DISTINCT ${REGION_KEY}) AS regionCount FROM figures f JOIN reports r ON r.id = f.report_id
    WHERE ${indicator.sql} AND ${COUNTED_REPORT} AND ${CHARTED_FIGURE}
    GROUP BY r.year ORDER BY r.year`;
  return prepared(db, sql).all(...indicator.params) as Array<{ year: number; regionCount: number }>;
}

/** Where a figure stands and what it counts: enough to tell what a change figure is about. */
export interface FigureSpot {
  id: number;
  reportId: number;
  start: number;
  sentenceStart: number;
  kind: string;
  key: string;
}

/** The live figures of those of these reports that state a change, in text order (light rows: no text). */
export function changeReportSpots(db: Db, reportIds: readonly number[]): FigureSpot[] {
  if (reportIds.length === 0) return [];
  const sql = `SELECT f.id, f.report_id AS reportId, f.start, f.sentence_start AS sentenceStart, f.kind,
      ${KEY_SQL} AS key
    FROM figures f WHERE f.report_id IN (${placeholders(reportIds.length)}) AND ${LIVE_FIGURE}
      AND EXISTS (SELECT 1 FROM figures c WHERE c.report_id = f.report_id AND c.kind = 'change')
    ORDER BY f.report_id, f.start`;
  return prepared(db, sql).all(...reportIds) as FigureSpot[];
}

/** Figures with their reports, by id. */
export function figureRecords(db: Db, ids: readonly number[]): FigureRecord[] {
  if (ids.length === 0) return [];
  const sql = `SELECT ${candidateColumns} FROM figures f JOIN reports r ON r.id = f.report_id WHERE f.id IN (${placeholders(ids.length)})`;
  return recordsOf(db, prepared(db, sql).all(...ids) as CandidateRow[]);
}

/** Every charted figure of one region's counted reports (of these chart keys). */
export function regionFigures(db: Db, regionKey: string, keys?: readonly string[]): FigureRecord[] {
  const filter = keys?.length ? `AND ${KEY_SQL} IN (${placeholders(keys.length)})` : '';
  const sql = `SELECT ${candidateColumns} FROM reports r CROSS JOIN figures f
    WHERE ${REGION_KEY} = ? AND ${COUNTED_REPORT} AND f.report_id = r.id AND ${CHARTED_FIGURE} ${filter}`;
  return recordsOf(db, prepared(db, sql).all(regionKey, ...(keys ?? [])) as CandidateRow[]);
}

/** A region's indicators, most years first, then most figures. */
export function regionIndicatorRanking(db: Db, regionKey: string, limit: number): Array<{ key: string; years: number; figures: number }> {
  const sql = `SELECT ${KEY_SQL} AS key, count(DISTINCT r.year) AS years, count(*) AS figures
    FROM reports r CROSS JOIN figures f
    WHERE ${REGION_KEY} = ? AND ${COUNTED_REPORT} AND f.report_id = r.id AND ${CHARTED_FIGURE}
    GROUP BY key ORDER BY years DESC, figures DESC, key LIMIT ?`;
  return prepared(db, sql).all(regionKey, limit) as Array<{ key: string; years: number; figures: number }>;
}

export interface IndicatorCounts {
  key: string;
  indicatorId: string | null;
  regionCount: number;
  yearCount: number;
  figureCount: number;
  /** Labels, units and kinds its figures carry, with counts, most common first. */
  labels: Array<{ label: string; unit: string; kind: FigureKind; n: number }>;
}

/** Every indicator of the counted reports with how many regions, years and figures have it. */
export function indicatorCounts(db: Db, only?: string): IndicatorCounts[] {
  const keyExpr = KEY_SQL;
  const onlyClause = only ? indicatorClause(only) : null;
  const where = `${COUNTED_REPORT} AND ${CHARTED_FIGURE}${onlyClause ? ` AND ${onlyClause.sql}` : ''}`;
  const params = onlyClause ? onlyClause.params : [];
  const totals = prepared(db, `SELECT ${keyExpr} AS key, max(f.indicator_id) AS indicatorId,
      count(DISTINCT ${REGION_KEY}) AS regionCount, count(DISTINCT r.year) AS yearCount, count(*) AS figureCount
    FROM figures f JOIN reports r ON r.id = f.report_id WHERE ${where} GROUP BY key`).all(...params) as Array<Omit<IndicatorCounts, 'labels'>>;
  const labelRows = prepared(db, `SELECT ${keyExpr} AS key, f.indicator AS label, f.unit AS unit, f.kind AS kind, count(*) AS n
    FROM figures f JOIN reports r ON r.id = f.report_id WHERE ${where} GROUP BY key, label, unit, kind ORDER BY n DESC`)
    .all(...params) as Array<{ key: string; label: string; unit: string; kind: FigureKind; n: number }>;
  const labels = new Map<string, IndicatorCounts['labels']>();
  for (const { key, ...rest } of labelRows) {
    const list = labels.get(key);
    if (list) list.push(rest);
    else labels.set(key, [rest]);
  }
  return totals.map((t) => ({ ...t, labels: labels.get(t.key) ?? [] }));
}

export interface RegionYears extends RegionRef {
  years: number[];
  reportCount: number;
}

/** The regions of the counted reports (with an indicator: those that report it), with their years. */
export function regionYears(db: Db, key?: string): RegionYears[] {
  const indicator = key ? indicatorClause(key) : null;
  const sql = indicator
    ? `SELECT DISTINCT r.id, ${REGION_KEY} AS region_key, r.region, r.region_code, r.level, r.parents, r.year
       FROM figures f JOIN reports r ON r.id = f.report_id
       WHERE ${indicator.sql} AND ${COUNTED_REPORT} AND ${CHARTED_FIGURE} ORDER BY r.id`
    : `SELECT r.id, ${REGION_KEY} AS region_key, r.region, r.region_code, r.level, r.parents, r.year
       FROM reports r WHERE ${COUNTED_REPORT} ORDER BY r.id`;
  const rows = prepared(db, sql).all(...(indicator ? indicator.params : [])) as Array<
    Pick<CandidateRow, 'region_key' | 'region' | 'region_code' | 'level' | 'parents' | 'year'> & { id: number }
  >;
  const regions = new Map<string, RegionYears>();
  for (const row of rows) {
    const known = regions.get(row.region_key);
    // The newest report names the region (a later correction wins).
    const region = { ...regionOf(row), years: known?.years ?? [], reportCount: (known?.reportCount ?? 0) + 1 };
    if (!region.years.includes(row.year)) region.years.push(row.year);
    regions.set(row.region_key, region);
  }
  for (const r of regions.values()) r.years.sort((a, b) => a - b);
  return [...regions.values()];
}

/** What the newest counted report says about a region key; null when no report has it. */
export function regionRef(db: Db, key: string): RegionRef | null {
  const row = prepared(db, `SELECT ${REGION_KEY} AS region_key, r.region, r.region_code, r.level, r.parents FROM reports r
    WHERE ${REGION_KEY} = ? ORDER BY r.preferred DESC, r.id DESC LIMIT 1`).get(key) as
    | Pick<CandidateRow, 'region_key' | 'region' | 'region_code' | 'level' | 'parents'>
    | undefined;
  return row ? regionOf(row) : null;
}

/** Region keys whose name or code is this (nianbao trend --region 兴国县). */
export function findRegionKeys(db: Db, nameOrCode: string): RegionRef[] {
  return regionYears(db).filter((r) => r.key === nameOrCode || r.name === nameOrCode || r.code === nameOrCode)
    .map(({ key, name, code, level, parents }) => ({ key, name, code, level, parents }));
}

/** Changes whenever anything is written to the library, by this connection or another process. */
export function libraryGeneration(db: Db): string {
  const changes = prepared(db, 'SELECT total_changes() AS n').get() as { n: number };
  const version = db.pragma('data_version', { simple: true }) as number;
  return `${changes.n}:${version}`;
}
