// The library at a glance, computed from the report summaries: counts by level, year and type, the latest
// imports, and the reports whose details need a look.
import type { ReportSummary } from '../../../../shared/api.ts';

export type LookReason = 'ambiguous' | 'noRegion' | 'noYear' | 'sameSlot' | 'decode';

export interface LibraryOverview {
  byLevel: Array<[string, number]>;
  byYear: Array<[number, number]>;
  byType: Array<[string, number]>;
  latest: ReportSummary[];
  needsLook: Array<{ report: ReportSummary; reasons: LookReason[] }>;
  figures: number;
}

const count = <K,>(items: readonly K[]) => {
  const out = new Map<K, number>();
  for (const item of items) out.set(item, (out.get(item) ?? 0) + 1);
  return out;
};

export function reasonsOf(r: ReportSummary): LookReason[] {
  const reasons: LookReason[] = [];
  if (r.regionCandidates.length > 0) reasons.push('ambiguous');
  else if (!r.region) reasons.push('noRegion');
  if (r.year === null) reasons.push('noYear');
  if (r.sameSlotCount > 1) reasons.push('sameSlot');
  if (r.decodeWarning) reasons.push('decode');
  return reasons;
}

const LEVELS = ['province', 'city', 'district', 'county', 'township'];

export function overviewOf(reports: readonly ReportSummary[], latest = 6, looks = 12): LibraryOverview {
  const levels = count(reports.map((r) => r.level ?? 'unknown'));
  return {
    byLevel: [...levels].sort((a, b) => LEVELS.indexOf(a[0]) - LEVELS.indexOf(b[0])),
    byYear: [...count(reports.map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b[0] - a[0]),
    byType: [...count(reports.map((r) => r.docType))].sort((a, b) => b[1] - a[1]),
    latest: [...reports].sort((a, b) => b.importedAt.localeCompare(a.importedAt) || b.id - a.id).slice(0, latest),
    needsLook: reports.map((report) => ({ report, reasons: reasonsOf(report) })).filter((x) => x.reasons.length > 0).slice(0, looks),
    figures: reports.reduce((sum, r) => sum + r.figureCount, 0),
  };
}
