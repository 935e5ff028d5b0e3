// API methods of the analyst's audit (issue 11): ranking of regions, a region's report card, export. Spread into shared/api.ts.
import { z } from 'zod';
import type { RegionAudit, ReportAudit } from '../audit/audit.ts';
import type { ExportFile } from '../trends/types.ts';
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
  /** Every region of the library with its audit figures: the ranking. */
  'audit.overview': method(z.object({})).returns<AuditOverview>(),
  /** One region's report card: each report's completeness, timeliness, checks and reuse; silence and jumps. */
  'audit.region': method(z.object({ region })).returns<RegionCard>(),
  /** Every finding (of one region, or all) with its provenance, as CSV (UTF-8 with BOM) or XLSX in base64. */
  'audit.export': method(
    z.object({ format: z.enum(['csv', 'xlsx']), language: z.enum(['zh-CN', 'en']).optional(), region: region.optional() }),
  ).returns<ExportFile>(),
} as const;
