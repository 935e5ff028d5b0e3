// Loading and error states of the trends view: a skeleton the shape of a chart, and an error that says what to do.
import { useTranslation } from 'react-i18next';

export function SkeletonChart({ height = 360 }: { height?: number }) {
  return (
    <div className="chart-skeleton" style={{ height }} data-testid="chart-skeleton" aria-hidden>
      {Array.from({ length: 5 }, (_, i) => <div key={i} className="skeleton-bar" style={{ height: `${30 + ((i * 37) % 55)}%` }} />)}
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="trend-error" role="alert">
      <p className="error">{t('trends.error', { message })}</p>
      <p className="muted small">{t('trends.errorHint')}</p>
      <button className="button" onClick={onRetry}>{t('trends.retry')}</button>
    </div>
  );
}
