// The analyst's audit (issue 11): a ranking of all regions, and a report card per region. Every finding opens
// its passage in the reader; repeated passages open side by side with the previous year's report.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setError(null);
    try {
      const file = await api['audit.export']({ format, region, language: i18n.language === 'en' ? 'en' : 'zh-CN' });
      saveBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export-buttons" role="group" aria-label={region ? t('audit.exportRegion') : t('audit.export')}>
      <span className="export-label">{busy ? t('audit.exporting') : region ? t('audit.exportRegion') : t('audit.export')}</span>
      <button className="button" disabled={busy} onClick={() => void run('csv')} data-testid="audit-export-csv">{t('audit.exportCsv')}</button>
      <button className="button" disabled={busy} onClick={() => void run('xlsx')} data-testid="audit-export-xlsx">{t('audit.exportXlsx')}</button>
      {error && <span className="error small" role="alert">{t('audit.exportFailed', { message: error })}</span>}
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
  const root = useRef<HTMLDivElement>(null);
  const shown = useShown(root);
  const [region, setRegion] = useState<string | null>(null);
  const overview = useQuery(`audit:${shown}`, () => api['audit.overview']({}));
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
          {overview.error && <Failed message={overview.error} onRetry={overview.reload} />}
          {!overview.data && !overview.error && <div className="skeleton-lines pad">{Array.from({ length: 6 }, (_, i) => <div key={i} className="skeleton-line" />)}</div>}
          {overview.data && overview.data.regions.length === 0 && <p className="muted pad">{t('audit.empty')}</p>}
          {overview.data && overview.data.regions.length > 0 && (
            <RankingTable regions={overview.data.regions} names={overview.data.indicatorNames} onOpen={setRegion} />
          )}
          {overview.data && overview.data.unplaced > 0 && <p className="muted small pad">{t('audit.unplaced', { count: overview.data.unplaced })}</p>}
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
