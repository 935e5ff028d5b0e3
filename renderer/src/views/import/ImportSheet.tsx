// The import sheet: progress while it runs (with cancel), then the summary of every file.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportController } from './useImport.ts';
import type { ImportFileResult } from '../../../../shared/api.ts';
import { regionLabel } from '../library/labels.ts';
import { describeImportResult } from '../../i18n/describe.ts';

export function ImportSheet({ controller, onOpen, onEdit }: { controller: ImportController; onOpen: (id: number) => void; onEdit: (id: number) => void }) {
  const { t } = useTranslation();
  const { state } = controller;
  const count = (status: ImportFileResult['status']) => state.results.filter((r) => r.status === status).length;
  const percent = state.total ? Math.round((Math.min(state.done, state.total) / state.total) * 100) : 0;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !state.running && controller.hide();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [controller, state.running]);

  if (!controller.visible) return null;
  return (
    <div className="sheet-backdrop" role="dialog" aria-modal="true" aria-label={t('import.action')}>
      <div className="sheet">
        <header className="sheet-header">
          <h2>{state.running ? t('import.running') : state.cancelled ? t('import.cancelled') : t('import.done')}</h2>
          {state.running ? (
            <button className="button" onClick={controller.cancel}>{t('import.cancel')}</button>
          ) : (
            <button className="button" onClick={controller.hide}>{t('import.close')}</button>
          )}
        </header>
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={state.total} aria-valuenow={state.done}>
          <div className="progress-bar" style={{ width: `${state.running ? percent : 100}%` }} />
        </div>
        <p className="progress-line">
          <span>{t('import.progress', { done: Math.min(state.done, state.total), total: state.total })}</span>
          <span className="ok">{t('import.imported', { count: count('imported') })}</span>
          <span>{t('import.duplicates', { count: count('duplicate') })}</span>
          <span className={count('failed') ? 'bad' : ''}>{t('import.failed', { count: count('failed') })}</span>
          {state.current && <span className="current" title={state.current}>{t('import.current')}:{state.current}</span>}
        </p>
        <ul className="import-results" data-testid="import-results">
          {state.results.map((r, i) => (
            <li key={i} className={`import-result ${r.status}`}>
              <span className="status">{r.status === 'failed' ? t(`import.reasons.${r.reason ?? 'error'}`) : r.status === 'duplicate' ? t('import.reasons.duplicate') : '✓'}</span>
              <span className="file" title={r.fileName}>{r.fileName}</span>
              {r.summary && r.status === 'imported' && (
                <button className="link" onClick={() => { controller.hide(); onOpen(r.summary!.id); }}>
                  {regionLabel(r.summary, t)} · {r.summary.year ?? t('library.unknownYear')} · {t(`docType.${r.summary.docType}`)} · {t('import.figuresFound', { count: r.summary.figureCount })}
                </button>
              )}
              {r.summary && r.status === 'imported' && (r.summary.regionCandidates.length > 0 || !r.summary.region || !r.summary.year) && (
                <button className="flag" onClick={() => onEdit(r.summary!.id)}>{t('import.checkRegion')}</button>
              )}
              {r.status === 'duplicate' && r.existing && <span className="detail">{t('import.alreadyIn', { title: r.existing.title ?? `#${r.existing.id}` })}</span>}
              {r.status === 'failed' && <span className="detail">{describeImportResult(r, t)}</span>}
              {r.status === 'imported' && r.message && <span className="detail warn">{describeImportResult(r, t)}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
