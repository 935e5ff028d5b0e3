// The toolbar over the panes: the highlight legend, what's new, synchronised scrolling, find and the keys.
import { useTranslation } from 'react-i18next';
import type { ReaderModel } from './model.ts';

const KINDS = ['count', 'money', 'percent', 'change'] as const;

interface Props {
  models: ReadonlyMap<number, ReaderModel>;
  paneCount: number;
  overflowing: boolean;
  novelty: boolean;
  pair: { older: ReaderModel; newer: ReaderModel } | null;
  whatsNew: boolean;
  sync: boolean;
  onWhatsNew: () => void;
  onSync: () => void;
  onFind: () => void;
  onShowKeys?: () => void;
}

export function ReaderToolbar({ models, paneCount, overflowing, novelty, pair, whatsNew, sync, onWhatsNew, onSync, onFind, onShowKeys }: Props) {
  const { t } = useTranslation();
  const kindsPresent = new Set<string>();
  for (const m of models.values()) for (const f of m.visible) kindsPresent.add(f.kind);
  return (
    <div className="reader-toolbar" role="toolbar">
      <div className="legend" aria-label={t('reader.legend')} data-testid="legend">
        {KINDS.map((k) => <span key={k} className={`legend-item figure kind-${k}`}>{t(`kind.${k}`)}</span>)}
        {(['duration', 'measure', 'other'] as const).filter((k) => kindsPresent.has(k)).map((k) => (
          <span key={k} className={`legend-item figure kind-${k}`}>{t(`kind.${k}`)}</span>
        ))}
        <span className="legend-item figure kind-count hedged">{t('reader.hedged')}</span>
        {novelty && (
          <>
            <span className="legend-item novel-new">{t('reader.novelNew')}</span>
            <span className="legend-item novel-repeated">{t('reader.novelRepeated')}</span>
          </>
        )}
      </div>
      <span className="topbar-spacer" />
      {overflowing && <span className="muted narrow-hint">{t('reader.tooNarrow', { count: paneCount })}</span>}
      {pair && (
        <button
          className={`tool${whatsNew ? ' on' : ''}`}
          aria-pressed={whatsNew}
          onClick={onWhatsNew}
          title={t('reader.whatsNewHint', { region: pair.newer.report.region, older: pair.older.report.year, newer: pair.newer.report.year })}
          data-testid="whats-new-toggle"
        >
          {t('reader.whatsNew')}
        </button>
      )}
      {paneCount > 1 && (
        <button className={`tool${sync ? ' on' : ''}`} aria-pressed={sync} onClick={onSync} title={t('reader.syncHint')} data-testid="sync-toggle">
          ⇅ {sync ? t('reader.syncOn') : t('reader.syncOff')}
        </button>
      )}
      <button className="tool" onClick={onFind} title={`${t('reader.keys.find')} (Ctrl/⌘+F)`} data-testid="find-open">⌕ {t('reader.find.placeholder')}</button>
      {onShowKeys && <button className="tool" onClick={onShowKeys} title={`${t('reader.keys.title')} (?)`} aria-label={t('reader.keys.title')}>⌨</button>}
    </div>
  );
}
