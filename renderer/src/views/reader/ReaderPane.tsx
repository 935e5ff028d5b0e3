// One reader pane: while loading a skeleton, on failure what happened and a retry, once loaded the LoadedPane.
import { useTranslation } from 'react-i18next';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { LoadedPane } from './LoadedPane.tsx';
import { modelOf, type PaneEntry } from './model.ts';
import type { Decoration, Span } from './segments.ts';
import { reportLabel } from '../../report-label.ts';

export interface PaneHandle {
  scroller: () => HTMLElement | null;
  /** The y of an offset in the scroller's content, or null before the text is laid out. */
  yOf: (offset: number) => number | null;
  /** The scrollTop that shows span at the top or centre. */
  topFor: (span: Span, block: 'center' | 'start') => number | null;
  scrollToSpan: (span: Span, options?: { flash?: boolean; block?: 'center' | 'start' }) => void;
  flash: (span: Span) => void;
  /** The first figure of this indicator here (by id or label, else the most similar label). */
  figureOf: (key: string, label: string) => ReviewedFigure | null;
  stepFigure: (direction: 1 | -1) => void;
  toggleOutline: () => void;
  togglePanel: () => void;
  dismiss: () => void;
}

export interface ReaderPaneProps {
  id: number;
  entry: PaneEntry | undefined;
  active: boolean;
  /** Decorations from the workspace (what's new, find hits), as layers over the text. */
  layers: ReadonlyArray<readonly Decoration[]>;
  openIds: readonly number[];
  onActivate: () => void;
  onClose: () => void;
  onRetry: () => void;
  /** Open another report next to this pane: before it (to its left) or after it. */
  onOpenBeside: (id: number, before: boolean) => void;
  onFiguresChange: (figures: ReviewedFigure[]) => void;
  /** A figure was clicked: the workspace shows its indicator in the other panes; true when one has it. */
  onFigurePinned: (figure: ReviewedFigure) => boolean | null;
  onShowTrend: (indicator: string, region: string) => void;
  onScroll: () => void;
  register: (handle: PaneHandle | null) => void;
}


export function ReaderPane(props: ReaderPaneProps) {
  const { t } = useTranslation();
  const { id, entry, active, onActivate, onClose, onRetry } = props;
  const model = entry?.status === 'ready' ? modelOf(entry.report, entry.figures) : null;

  return (
    <section
      className={`reader-pane${active ? ' active' : ''}`}
      data-testid="reader-pane"
      data-report-id={id}
      aria-busy={!model}
      aria-label={model ? reportLabel(model.report, t) : t('reader.loading')}
      onMouseDownCapture={onActivate}
    >
      {model ? (
        <LoadedPane {...props} model={model} />
      ) : (
        <>
          <header className="pane-header">
            <div className="pane-heading">
              {entry?.status === 'error' ? (
                <h1 className="pane-title muted">{t('reader.reportNumber', { id })}</h1>
              ) : (
                <>
                  <div className="skeleton-title" />
                  <div className="skeleton-meta" />
                </>
              )}
            </div>
            <button className="icon-button" onClick={onClose} aria-label={t('reader.close')} title={t('reader.close')}>×</button>
          </header>
          <div className="pane-scroll">
            {entry?.status === 'error' ? (
              <div className="pane-error" role="alert">
                <p>{t('reader.loadFailed', { message: entry.message })}</p>
                <div className="row-actions">
                  <button className="button primary" onClick={onRetry}>{t('reader.retry')}</button>
                  <button className="button subtle" onClick={onClose}>{t('reader.close')}</button>
                </div>
              </div>
            ) : (
              <div className="skeleton-text" aria-label={t('reader.loading')}>
                {Array.from({ length: 12 }, (_, i) => <div key={i} className="skeleton-line" style={{ width: `${[96, 100, 88, 100, 72, 0, 100, 94, 100, 83, 100, 60][i]}%` }} />)}
              </div>
            )}
          </div>
        </>
      )}
    </section>
  );
}
