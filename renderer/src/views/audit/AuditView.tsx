// The analyst's audit (issue 11): a ranking of all regions, and a report card per region. Every finding opens
// its passage in the reader; repeated passages open side by side with the previous year's report.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCancelled } from '../../../../shared/api-parts/jobs.ts';
import { useApi } from '../../api/context.tsx';
import { useJobs } from '../shell/jobs-context.tsx';
import { useQuery } from '../trends/useQuery.ts';
import { base64ToBlob, saveBlob } from '../trends/chart-export.ts';
import { RankingTable } from './RankingTable.tsx';
import { RegionCardView } from './RegionCardView.tsx';
import { useShown } from './useShown.ts';
import './strings.ts';
import './audit.css';

export interface AuditViewProps {
  onOpenFigure: (reportId: number, start: number, end: number) => void;
  /** Open two reports side by side, the newer one at a passage. */
  onCompare: (previousId: number, currentId: number, start: number, end: number) => void;
}

function ExportLinks({ region }: { region?: string }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const jobs = useJobs();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ error: boolean; text: string } | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setNote(null);
    try {
      const language = i18n.language === 'en' ? 'en' : 'zh-CN';
      const file = await jobs.track(t('audit.exportTitle', { format: format.toUpperCase() }), 'export', (jobId) => api['audit.export']({ format, region, language, jobId }));
      if (isCancelled(file)) setNote({ error: false, text: t('audit.exportCancelled') });
      else saveBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
    } catch (e) {
      setNote({ error: true, text: t('audit.exportFailed', { message: (e as Error).message }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={region ? t('audit.exportRegion') : t('audit.export')}>
      <span className="export-label">{busy ? t('audit.exporting') : region ? t('audit.exportRegion') : t('audit.export')}</span>
      <button className="button" disabled={busy} onClick={() => void run('csv')} data-testid="audit-export-csv">{t('audit.exportCsv')}</button>
      <button className="button" disabled={busy} onClick={() => void run('xlsx')} data-testid="audit-export-xlsx">{t('audit.exportXlsx')}</button>
      {note && <span className={note.error ? 'error small' : 'muted small'} role={note.error ? 'alert' : 'status'} data-testid="audit-export-note">{note.text}</span>}
    </div>
  );
}

function Failed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="pad">
      <p className="error">{t('audit.error', { message })}</p>
      <button className="button" onClick={onRetry}>{t('audit.retry')}</button>
    </div>
  );
}

export function AuditView({ onOpenFigure, onCompare }: AuditViewProps) {
  const { t } = useTranslation();
  const api = useApi();
  const jobs = useJobs();
  const root = useRef<HTMLDivElement>(null);
  const shown = useShown(root);
  const [region, setRegion] = useState<string | null>(null);
  // a library not audited since it changed is audited as a job the user can follow and cancel
  const audited = useQuery(`audit:${shown}`, () => jobs.track(t('audit.computing'), 'audit', (jobId) => api['audit.overview']({ jobId })));
  const cancelled = audited.data !== null && isCancelled(audited.data);
  const overview = audited.data && !isCancelled(audited.data) ? audited.data : null;
  const card = useQuery(region ? `audit:${region}:${shown}` : null, () => api['audit.region']({ region: region! }));

  return (
    <div className="audit-view" ref={root} data-testid="audit-view">
      <header className="audit-head">
        <div>
          {region ? <button className="link" onClick={() => setRegion(null)} data-testid="audit-back">{t('audit.back')}</button> : <h2>{t('audit.title')}</h2>}
          {!region && <p className="muted small">{t('audit.intro')}</p>}
        </div>
        <ExportLinks region={region ?? undefined} />
      </header>
      {region === null && (
        <>
          {audited.error && <Failed message={audited.error} onRetry={audited.reload} />}
          {cancelled && (
            <div className="pad" role="status" data-testid="audit-cancelled">
              <p className="muted">{t('audit.cancelled')}</p>
              <button className="button" onClick={audited.reload}>{t('audit.recompute')}</button>
            </div>
          )}
          {!overview && !audited.error && !cancelled && <div className="skeleton-lines pad">{Array.from({ length: 6 }, (_, i) => <div key={i} className="skeleton-line" />)}</div>}
          {overview && overview.regions.length === 0 && <p className="muted pad">{t('audit.empty')}</p>}
          {overview && overview.regions.length > 0 && <RankingTable regions={overview.regions} names={overview.indicatorNames} onOpen={setRegion} />}
          {overview && overview.unplaced > 0 && <p className="muted small pad">{t('audit.unplaced', { count: overview.unplaced })}</p>}
        </>
      )}
      {region !== null && (
        <>
          {card.error && <Failed message={card.error} onRetry={card.reload} />}
          {!card.data && !card.error && <div className="skeleton-lines pad">{Array.from({ length: 8 }, (_, i) => <div key={i} className="skeleton-line" />)}</div>}
          {card.data && <RegionCardView card={card.data} onOpen={onOpenFigure} onCompare={onCompare} />}
        </>
      )}
    </div>
  );
}
