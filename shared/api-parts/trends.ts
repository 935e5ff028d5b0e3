// API methods of trends (issue 6): indicators, series, comparisons, claim checks, export. Spread into shared/api.ts.
import { z } from 'zod';
import type {
  CompareResult, ExportFile, IndicatorSummary, RegionDashboard, RegionSummary, TrendResult,
} from '../trends/types.ts';
import { jobId, type Cancellable } from './jobs.ts';
import { method } from './method.ts';

/** An indicator id from the dictionary, or `label:<phrase>` for an unmatched one. */
const indicator = z.string().trim().min(1).max(120);
/** A region code, or a name where reports have no code. */
const region = z.string().trim().min(1).max(60);
const level = z.enum(['province', 'city', 'district', 'county', 'township']);
const year = z.number().int().min(1949).max(2100);

export const MAX_TREND_REGIONS = 12;

export const trendMethods = {
  /** Indicators the counted reports hold, with how many regions and years have each; most widespread first. */
  'trends.indicators': method(z.object({ search: z.string().max(60).optional() })).returns<IndicatorSummary[]>(),
  /** Regions of the library (with an indicator: those that report it), with their years. */
  'trends.regions': method(z.object({ indicator: indicator.optional() })).returns<RegionSummary[]>(),
  /** One indicator across years, one series per region, with year-over-year changes and the 同比 claim checks. */
  'trends.series': method(z.object({ indicator, regions: z.array(region).min(1).max(MAX_TREND_REGIONS) })).returns<TrendResult>(),
  /** The indicators a region reports most, each across its years: small multiples. */
  'trends.dashboard': method(z.object({ region, limit: z.number().int().min(1).max(24).optional() })).returns<RegionDashboard>(),
  /** One indicator in one year (the latest with most regions unless given) across every region that reports it. */
  'trends.compare': method(z.object({ indicator, year: year.optional(), level: level.optional() })).returns<CompareResult>(),
  /** The data behind a trend (regions) or a comparison (year): CSV (UTF-8 with BOM) or XLSX, as base64. With a job id
   *  it runs as a job (kind 'export', one item per region written) that can be cancelled. */
  'trends.export': method(
    z.object({
      format: z.enum(['csv', 'xlsx']),
      language: z.enum(['zh-CN', 'en']).optional(),
      indicator,
      regions: z.array(region).min(1).max(MAX_TREND_REGIONS).optional(),
      year: year.optional(),
      level: level.optional(),
      jobId: jobId.optional(),
    }),
  ).returns<Cancellable<ExportFile>>(),
} as const;
