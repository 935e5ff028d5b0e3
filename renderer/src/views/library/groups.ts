// Group headers of the library list follow its sort: a region with its parents, a year, a type or an import day.
import type { TFunction } from 'i18next';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { ReportSortKey } from '../../../../shared/api-parts/library.ts';

export interface GroupHeader {
  key: string;
  label: string;
  /** Muted context beside the label: the region's parents. */
  context: string;
}

export function groupOf(report: ReportSummary, sort: ReportSortKey | null, t: TFunction): GroupHeader | null {
  switch (sort) {
    case 'region':
      return report.region
        ? { key: `r:${report.regionCode ?? report.region}`, label: report.region, context: report.parents.join(' › ') }
        : { key: 'r:', label: t('library.unknownRegion'), context: '' };
    case 'year':
      return { key: `y:${report.year}`, label: report.year === null ? t('library.unknownYear') : t('libraryList.yearGroup', { year: report.year }), context: '' };
    case 'type':
      return { key: `t:${report.docType}`, label: t(`docType.${report.docType}`), context: '' };
    case 'imported': {
      const day = report.importedAt.slice(0, 10);
      return { key: `i:${day}`, label: t('libraryList.importedOn', { date: day }), context: '' };
    }
    case 'figures':
    case null:
      return null;
  }
}
