// One reader pane: the report's heading (title, region, year) and its highlighted text.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ReportDetail } from '../../../../shared/api.ts';
import { regionLabel } from '../library/labels.ts';
import { ReportText } from './ReportText.tsx';

export function ReaderPane({ id, onClose }: { id: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [report, setReport] = useState<ReportDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setReport(null);
    setError(null);
    api['reports.get']({ id }).then((r) => live && setReport(r), (e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <section className="reader-pane" data-testid="reader-pane" aria-busy={!report}>
      <header className="pane-header">
        {report ? (
          <div>
            <h1 className="pane-title">{report.title ?? report.fileName}</h1>
            <p className="pane-meta">
              <span>{regionLabel(report, t)}</span>
              <span>{report.year ?? t('library.unknownYear')}</span>
              <span>{t(`docType.${report.docType}`)}</span>
              {report.published && <span>{t('reader.published')} {report.published}</span>}
              <span>{t('reader.figures')} {report.figures.length}</span>
            </p>
          </div>
        ) : (
          <div className="skeleton-title" />
        )}
        <button className="icon-button" onClick={onClose} aria-label={t('reader.close')} title={t('reader.close')}>×</button>
      </header>
      <div className="pane-body">
        {error && <p className="error">{t('errors.generic', { message: error })}</p>}
        {!report && !error && <div className="skeleton-lines">{Array.from({ length: 8 }, (_, i) => <div key={i} className="skeleton-line" />)}</div>}
        {report && <ReportText text={report.text} figures={report.figures} junk={report.junk} />}
      </div>
    </section>
  );
}
