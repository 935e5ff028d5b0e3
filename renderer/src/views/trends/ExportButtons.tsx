// Export: the chart as PNG or SVG (drawn here), the data as CSV or XLSX (written by the main side).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export type ExportKind = 'png' | 'svg' | 'csv' | 'xlsx';

export function ExportButtons({ onExport, disabled }: { onExport: (kind: ExportKind) => Promise<'saved' | 'cancelled'>; disabled?: boolean }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const run = async (kind: ExportKind) => {
    setBusy(kind);
    setError(null);
    setCancelled(false);
    try {
      setCancelled((await onExport(kind)) === 'cancelled');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const labels: Record<ExportKind, string> = { png: t('trends.exportPng'), svg: t('trends.exportSvg'), csv: t('trends.exportCsv'), xlsx: t('trends.exportXlsx') };
  return (
    <div className="export-buttons" role="group" aria-label={t('trends.export')}>
      <span className="export-label">{t('trends.export')}</span>
      {(['png', 'svg', 'csv', 'xlsx'] as const).map((kind) => (
        <button key={kind} className="button" disabled={disabled || busy !== null} onClick={() => void run(kind)} data-testid={`export-${kind}`}>
          {busy === kind ? t('trends.exporting') : labels[kind]}
        </button>
      ))}
      {error && <span className="error small" role="alert">{t('trends.exportFailed', { message: error })}</span>}
      {cancelled && <span className="muted small" role="status" data-testid="export-note">{t('trends.exportCancelled')}</span>}
    </div>
  );
}
