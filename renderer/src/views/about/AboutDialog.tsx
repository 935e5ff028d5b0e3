// About: version, where the library and the log are (copyable), and the library's care: backup, check, restore.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { AboutInfo } from '../../../../shared/api-parts/library-care.ts';
import { CopyablePath } from './CopyablePath.tsx';

export function AboutDialog({ onClose, onRestored }: { onClose: () => void; onRestored: () => void }) {
  const { t, i18n } = useTranslation();
  const [about, setAbout] = useState<AboutInfo | null>(null);
  const [status, setStatus] = useState<{ text: string; bad?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const time = (iso: string) => new Date(iso).toLocaleString(i18n.language);

  const load = useCallback(() => api['library.about']({}).then(setAbout, (e: Error) => setStatus({ text: e.message, bad: true })), []);
  useEffect(() => {
    void load();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [load, onClose]);

  const run = async (working: string, work: () => Promise<{ text: string; bad?: boolean }>) => {
    setBusy(true);
    setStatus({ text: working });
    let outcome: { text: string; bad?: boolean };
    try {
      outcome = await work();
    } catch (e) {
      outcome = { text: (e as Error).message, bad: true };
    }
    await load(); // the list of backups first, then the word that it is done
    setStatus(outcome);
    setBusy(false);
  };
  const backup = () => run(t('about.backingUp'), async () => (await api['library.backup']({}), { text: t('about.backedUp') }));
  const check = (full: boolean) =>
    run(t('about.checking'), async () => {
      const result = await api['library.check']({ full });
      return result.ok ? { text: t('about.checkOk') } : { text: t('about.checkBad', { detail: result.detail }), bad: true };
    });
  const restore = (name: string, createdAt: string) => {
    if (!window.confirm(t('about.restoreConfirm', { time: time(createdAt) }))) return;
    void run(t('about.checking'), async () => {
      await api['library.restore']({ name });
      onRestored();
      return { text: t('about.restored', { time: time(createdAt) }) };
    });
  };

  return (
    <div className="sheet-backdrop" role="dialog" aria-modal="true" aria-label={t('about.title')}>
      <div className="sheet about-sheet" data-testid="about">
        <header className="sheet-header">
          <h2>{t('about.title')}</h2>
          <button className="icon-button" onClick={onClose} aria-label={t('about.close')}>×</button>
        </header>
        {about && (
          <dl className="about-facts">
            <dt>{t('about.version')}</dt>
            <dd>{about.appVersion ?? '—'} <span className="muted">{t('about.schema', { schema: about.schemaVersion, extractor: about.extractorVersion })}</span></dd>
            <dt>{t('about.library')}</dt>
            <dd><CopyablePath path={about.libraryPath} /></dd>
            <dt>{t('about.log')}</dt>
            <dd>{about.logPath ? <><CopyablePath path={about.logPath} testId="about-log-path" /><div className="muted small">{t('about.logHint')}</div></> : '—'}</dd>
            <dt>{t('about.backups')}</dt>
            <dd>
              {about.backups.length === 0 && <span className="muted">{t('about.noBackups')}</span>}
              <ul className="about-backups">
                {about.backups.slice(0, 8).map((b) => (
                  <li key={b.name}>
                    <span>{time(b.createdAt)}</span>
                    <span className="muted">{(b.bytes / 1048576).toFixed(1)} MB</span>
                    <button className="button subtle" disabled={busy} onClick={() => restore(b.name, b.createdAt)}>{t('about.restore')}</button>
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
        )}
        <div className="about-actions">
          <button className="button primary" disabled={busy} onClick={() => void backup()}>{t('about.backupNow')}</button>
          <button className="button" disabled={busy} onClick={() => void check(false)}>{t('about.check')}</button>
          <button className="button subtle" disabled={busy} onClick={() => void check(true)}>{t('about.fullCheck')}</button>
        </div>
        {status && <p className={status.bad ? 'error about-status' : 'about-status'} role="status">{status.text}</p>}
      </div>
    </div>
  );
}
