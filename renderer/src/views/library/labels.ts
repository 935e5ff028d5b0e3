import type { TFunction } from 'i18next';
import type { ReportSummary } from '../../../../shared/api.ts';

/** 上犹县 (赣州市) — the region with its nearest parent, so same-stem names stay apart. */
export function regionLabel(report: Pick<ReportSummary, 'region' | 'parents'>, t: TFunction): string {
  if (!report.region) return t('library.unknownRegion');
  const parent = report.parents[report.parents.length - 1];
  return parent ? `${report.region}(${parent})` : report.region;
}
