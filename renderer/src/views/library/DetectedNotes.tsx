// Why detection found what it found: the year's source and words, a built title, a page that is not Chinese.
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../../../shared/api.ts';

/** The reason under the year field: where the year covered was read, or that the user corrected it. */
export function YearReason({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const detected = report.detected;
  if (report.corrected.includes('year')) {
    return <p className="muted info-note" data-testid="year-reason">{t('meta.yearCorrected', { year: detected.year ?? '—' })}</p>;
  }
  if (!detected.yearSource) return null; // detected before reasons were kept
  return (
    <p className="muted info-note" data-testid="year-reason">
      {t(`meta.yearFrom.${detected.yearSource}`, { evidence: detected.yearEvidence ?? '' })}
    </p>
  );
}

/** Notes across the dialog's width: built title, not Chinese prose. */
export function DetectedFlags({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const detected = report.detected;
  return (
    <>
      {detected.titleBuilt && <p className="muted info-wide" data-testid="title-built">{t('meta.titleBuilt')}</p>}
      {detected.notChinese && <p className="warn info-wide" data-testid="not-chinese">{t('meta.notChinese')}</p>}
    </>
  );
}
