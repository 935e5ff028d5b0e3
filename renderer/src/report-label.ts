// What a report is called on screen: its clean title, or region · year · type when it has none — never a bare
// file name where a better label exists.
import type { TFunction } from 'i18next';
import type { ReportSummary } from '../../shared/api.ts';

type Labelled = Pick<ReportSummary, 'title' | 'region' | 'year' | 'docType' | 'fileName'>;

const stem = (fileName: string) => fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '');

/** The title with its spacing tidied; null when it is empty or only repeats the file name. */
export function cleanTitle(report: Pick<ReportSummary, 'title' | 'fileName'>): string | null {
  const title = report.title?.replace(/\s+/g, ' ').replace(/^[《“"]+|[》”"]+$/g, '').trim() ?? '';
  if (!title || title === report.fileName || title === stem(report.fileName)) return null;
  return title;
}

/** region · year · type, from what is known; the file name only when nothing else is. */
export function slotLabel(report: Labelled, t: TFunction): string {
  const parts = [
    report.region,
    report.year ? t('shell.year', { year: report.year }) : null,
    report.docType !== 'other' ? t(`docType.${report.docType}`) : null,
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return stem(report.fileName);
  return parts.join(' · ');
}

export function reportLabel(report: Labelled, t: TFunction): string {
  return cleanTitle(report) ?? slotLabel(report, t);
}
