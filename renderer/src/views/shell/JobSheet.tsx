// A long job's sheet: a progress bar with the item in hand and a running count, Cancel, then what was done.
import { useTranslation } from 'react-i18next';
import type { JobState } from './useJob.ts';

export function JobSheet({ job, onCancel, onClose }: { job: JobState; onCancel: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const { progress, result } = job;
  const done = result?.done ?? progress?.done ?? 0;
  const total = result?.total ?? progress?.total ?? 0;
  return (
    <div className="sheet-backdrop" role="dialog" aria-modal="true" aria-label={job.title} data-testid="job-sheet">
      <div className="sheet">
        <header className="sheet-header">
          <h2>{job.title}</h2>
          {result || job.error ? (
            <button className="button" onClick={onClose}>{t('shell.jobs.close')}</button>
          ) : (
            <button className="button" onClick={onCancel} disabled={job.cancelling} data-testid="job-cancel">
              {job.cancelling ? t('shell.jobs.cancelling') : t('shell.jobs.cancel')}
            </button>
          )}
        </header>
        <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
          <div className="progress-bar" style={{ width: `${total ? (100 * done) / total : 0}%` }} />
        </div>
        <p className="progress-line" data-testid="job-status">
          <span>{t('shell.jobs.progress', { done, total, percent: total ? Math.floor((100 * done) / total) : 0 })}</span>
          {!result && progress?.current && <span className="current">{t('shell.jobs.current', { name: progress.current })}</span>}
          {result && <span className={result.cancelled ? 'bad' : 'ok'}>{result.cancelled ? t('shell.jobs.cancelled', { done }) : t('shell.jobs.done', { done })}</span>}
          {job.error && <span className="bad">{job.error}</span>}
        </p>
        {result && result.failed.length > 0 && (
          <ul className="import-results">
            {result.failed.map((f) => <li key={f.id} className="import-result failed"><span className="file">{f.label}</span><span className="detail">{f.message}</span></li>)}
          </ul>
        )}
      </div>
    </div>
  );
}
