// Scores detected report metadata against an answer key's `meta`: region, year, level, type and title,
// each right or wrong per file; accuracy is the share of files where the key states the field.
import type { ReportMeta } from '../meta/types.ts';

/** The `meta` of an answer key (corpus README); docType only in newer keys. */
export interface LabelMeta {
  region: string | null;
  parents?: string[];
  level: string | null;
  year: number | null;
  title: string | null;
  published?: string | null;
  docType?: string;
}

export const META_FIELDS = ['region', 'year', 'level', 'docType', 'title'] as const;
export type MetaField = (typeof META_FIELDS)[number];

export interface MetaCheck {
  field: MetaField;
  expected: string | number | null;
  found: string | number | null;
  right: boolean;
}

const compact = (s: string | null) => (s === null ? null : s.replace(/\s+/g, ''));

/** One check per field the key states (docType only where the key has it). */
export function checkMeta(key: LabelMeta, found: ReportMeta): MetaCheck[] {
  const checks: MetaCheck[] = [];
  const add = (field: MetaField, expected: string | number | null, value: string | number | null) =>
    checks.push({ field, expected, found: value, right: expected === value });
  add('region', key.region, found.region);
  add('year', key.year, found.year);
  add('level', key.level, found.level);
  if (key.docType !== undefined) add('docType', key.docType, found.docType);
  // a title the workbench built itself (none in the text) is not a title found in the text
  const title = (found as ReportMeta & { titleBuilt?: boolean }).titleBuilt ? null : found.title;
  add('title', compact(key.title), compact(title));
  return checks;
}

export type MetaAccuracy = Record<MetaField, { right: number; total: number }>;

export function summarizeMeta(files: ReadonlyArray<ReadonlyArray<MetaCheck>>): MetaAccuracy {
  const out = Object.fromEntries(META_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as MetaAccuracy;
  for (const checks of files) {
    for (const c of checks) {
      out[c.field].total++;
      if (c.right) out[c.field].right++;
    }
  }
  return out;
}
