// API methods of the analyst's audit (issue 11): ranking of regions, a region's report card, export. Spread into shared/api.ts.
import { z } from 'zod';
import type { RegionAudit, ReportAudit } from '../audit/audit.ts';
import type { ExportFile } from '../trends/types.ts';
import { jobId, type Cancellable } from './jobs.ts';
import { method } from './method.ts';

/** A region code, or a name where reports have no code. */
const region = z.string().trim().min(1).max(60);

export interface IndicatorName {
  name: string;
  nameEn: string | null;
}

export interface AuditOverview {
  regions: RegionAudit[];
  /** Reports left out of every region: no region or no year yet. */
  unplaced: number;
  indicatorNames: Record<string, IndicatorName>;
}

export interface RegionCard {
  region: RegionAudit;
  /** The region's reports, oldest first; copies that do not count are marked. */
  reports: ReportAudit[];
  indicatorNames: Record<string, IndicatorName>;
}

export const auditMethods = {
  /** Every region of the library with its audit figures: the ranking. With a job id, a library not yet audited is
   *  audited as a job (kind 'audit', one item per report) that can be cancelled. */
  'audit.overview': method(z.object({ jobId: jobId.optional() })).returns<Cancellable<AuditOverview>>(),
  /** One region's report card: each report's completeness, timeliness, checks and reuse; silence and jumps. */
  'audit.region': method(z.object({ region })).returns<RegionCard>(),
  /** Every finding (of one region, or all) with its provenance, as CSV (UTF-8 with BOM) or XLSX in base64. With a job
   *  id it runs as a job (kind 'export': the audit's reports if it is not fresh, then each report's findings). */
  'audit.export': method(
    z.object({ format: z.enum(['csv', 'xlsx']), language: z.enum(['zh-CN', 'en']).optional(), region: region.optional(), jobId: jobId.optional() }),
  ).returns<Cancellable<ExportFile>>(),
} as const;
