// `?`: every keyboard shortcut of the workbench, grouped by where it works.
import { useTranslation } from 'react-i18next';

const GROUPS = [
  ['everywhere', [['Ctrl/⌘ K', 'palette'], ['Ctrl/⌘ O', 'import'], ['?', 'help'], ['Esc', 'escape']]],
  ['library', [['↑ ↓', 'rows'], ['Enter', 'open'], ['Ctrl/⌘ Enter', 'openBeside']]],
  ['reader', [['Ctrl/⌘ F', 'find'], ['↑ ↓ · N P · J K', 'figures'], ['[ ] · Alt 1–4', 'panes'], ['O', 'outline'], ['T', 'panel']]],
] as const;

export function KeysDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="sheet-backdrop" role="dialog" aria-modal="true" aria-label={t('shell.keys.title')} onMouseDown={(e) => e.target === e.currentTarget && onClose()} data-testid="keys-dialog">
      <div className="sheet keys-sheet">
        <header className="sheet-header">
          <h2>{t('shell.keys.title')}</h2>
          <button className="icon-button" onClick={onClose} aria-label={t('shell.keys.close')}>×</button>
        </header>
        <div className="keys-groups">
          {GROUPS.map(([group, keys]) => (
            <section key={group}>
              <h3>{t(`shell.keys.groups.${group}`)}</h3>
              <dl>
                {keys.map(([combo, what]) => (
                  <div key={what} className="key-row"><dt><kbd>{combo}</kbd></dt><dd>{t(`shell.keys.${what}`)}</dd></div>
                ))}
              </dl>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
