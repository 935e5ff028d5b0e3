// API methods of the library list (issue 13): pages of reports sorted and filtered in SQLite, and full-text search.
import { z } from 'zod';
import type { ReportSummary } from '../api.ts';
import type { Snippet } from '../search/fold.ts';
import { method } from './method.ts';
import { DOC_TYPES } from '../meta/types.ts';

export const REPORT_SORTS = ['region', 'year', 'type', 'figures', 'imported'] as const;
export type ReportSortKey = (typeof REPORT_SORTS)[number];
export const MAX_PAGE = 500;

export const reportFilters = z.object({
  /** 'unknown': reports whose region is not known. */
  level: z.enum(['province', 'city', 'district', 'county', 'township', 'unknown']).optional(),
  year: z.number().int().optional(),
  docType: z.enum(DOC_TYPES).optional(),
});
export type ReportFilters = z.infer<typeof reportFilters>;

const page = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(MAX_PAGE).default(100),
  filters: reportFilters.default({}),
};

export interface ReportPage {
  /** Reports that pass the filters, all pages together. */
  total: number;
  rows: ReportSummary[];
}

export interface SearchHit extends ReportSummary {
  /** The first place the words occur, as plain text around them. */
  snippet: Snippet | null;
}

export interface SearchPage {
  total: number;
  rows: SearchHit[];
}

export interface LibraryFacets {
  total: number;
  years: number[];
}

/** Why a report's details need a look (region uncertain or unknown, year unknown, two copies of one slot, decoding). */
export type LookReason = 'ambiguous' | 'noRegion' | 'noYear' | 'sameSlot' | 'decode';

export function reasonsOf(r: ReportSummary): LookReason[] {
  const reasons: LookReason[] = [];
  if (r.regionCandidates.length > 0) reasons.push('ambiguous');
  else if (!r.region) reasons.push('noRegion');
  if (r.year === null) reasons.push('noYear');
  if (r.sameSlotCount > 1) reasons.push('sameSlot');
  if (r.decodeWarning) reasons.push('decode');
  return reasons;
}

/** The whole library at a glance (home). */
export interface LibraryOverview {
  total: number;
  figures: number;
  /** Level (or 'unknown'), year, type → reports; levels from province down, years newest first, types commonest first. */
  byLevel: Array<[string, number]>;
  byYear: Array<[number, number]>;
  byType: Array<[string, number]>;
  latest: ReportSummary[];
  /** The newest of the reports that need a look, and how many need one in all. */
  needsLook: Array<{ report: ReportSummary; reasons: LookReason[] }>;
  needsLookTotal: number;
}

export const libraryMethods = {
  /** One page of the library, sorted and filtered by SQLite. */
  'reports.list': method(
    z.object({
      ...page,
      sort: z.object({ by: z.enum(REPORT_SORTS), direction: z.enum(['asc', 'desc']) }).default({ by: 'region', direction: 'asc' }),
    }),
  ).returns<ReportPage>(),
  /** Reports whose text holds the query (folded: 復/复, Ａ/a), best matches first, with snippets. */
  'reports.search': method(z.object({ ...page, query: z.string().trim().min(1).max(100) })).returns<SearchPage>(),
  /** What the filters can offer. */
  'reports.facets': method(z.object({})).returns<LibraryFacets>(),
  /** Counts by level, year and type, the latest imports and the reports that need a look, over the whole library. */
  'library.overview': method(z.object({ latest: z.number().int().min(1).max(50).default(6), looks: z.number().int().min(1).max(100).default(12) })).returns<LibraryOverview>(),
} as const;
