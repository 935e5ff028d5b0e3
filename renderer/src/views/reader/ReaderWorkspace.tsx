// The reader: one pane, or several side by side with draggable dividers, under a toolbar (legend, synchronised
// scrolling, what's new, find). It loads the panes' reports and coordinates what spans panes.
import { Fragment, memo, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import type { ReaderFocus } from '../../navigation.ts';
import { Splitter } from '../../components/Splitter.tsx';
import { ReaderPane, type PaneHandle } from './ReaderPane.tsx';
import { ReaderToolbar } from './ReaderToolbar.tsx';
import { FindBar, type FindCount } from './FindBar.tsx';
import { indicatorKey } from './figure-format.ts';
import { readyModel, type ReaderModel } from './model.ts';
import type { Decoration } from './segments.ts';
import { usePaneEntries } from './usePaneEntries.ts';
import { useFind } from './useFind.ts';
import { useWhatsNew } from './useWhatsNew.ts';
import { useSyncScroll } from './useSyncScroll.ts';
import { useReaderKeys } from './useReaderKeys.ts';
import { usePaneWidths } from './usePaneWidths.ts';
import { slotLabel } from '../../report-label.ts';
import './reader.css';
import { useElementWidth } from '../../components/useElementWidth.ts';

export interface ReaderWorkspaceProps {
  panes: number[];
  onPanesChange: (panes: number[]) => void;
  /** Scroll to and flash this span (from a trend point or a search). */
  focus: ReaderFocus | null;
  /** Show an indicator's trend for a region (from a figure's card). */
  onShowTrend: (indicator: string, region: string) => void;
  /** Show the list of keyboard shortcuts. */
  onShowKeys?: () => void;
  /** What the reader shows with no report open (the home view). */
  empty?: ReactNode;
}

const MAX_PANES = 4;

/** Memoised: the app renders again on every tab change, and a large report's panes need not. */
export const ReaderWorkspace = memo(function ReaderWorkspace({ panes, onPanesChange, focus, onShowTrend, onShowKeys, empty }: ReaderWorkspaceProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const { entries, reload, setFigures } = usePaneEntries(panes);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [sync, setSync] = useState(true);
  const [whatsNew, setWhatsNew] = useState(true);
  const handles = useRef(new Map<number, PaneHandle>());
  const pendingFocus = useRef<ReaderFocus | null>(null);
  const active = activeId !== null && panes.includes(activeId) ? activeId : (panes[0] ?? null);

  const models = useMemo(() => {
    const out = new Map<number, ReaderModel>();
    for (const id of panes) {
      const model = readyModel(entries.get(id));
      if (model) out.set(id, model);
    }
    return out;
  }, [panes, entries]);

  const { pair, novelty } = useWhatsNew(panes, models, whatsNew);
  const finder = useFind(panes, models);
  const { find, hits, allHits, currentHit } = finder;
  const { quietScroll, onPaneScroll } = useSyncScroll(panes, models, handles, sync);

  const layersFor = useMemo(() => {
    const out = new Map<number, Decoration[][]>();
    for (const id of panes) {
      const found = (hits.get(id) ?? []).map((s) => ({
        ...s,
        className: currentHit?.id === id && currentHit.span.start === s.start ? 'find-hit find-current' : 'find-hit',
      }));
      out.set(id, [novelty.get(id) ?? [], found]);
    }
    return out;
  }, [panes, hits, novelty, currentHit]);

  // ---- per-pane handles, registered once per id; a pending focus is applied when its pane registers ----------
  const applyFocus = useCallback(() => {
    const f = pendingFocus.current;
    const handle = f && handles.current.get(f.reportId);
    if (!f || !handle) return;
    pendingFocus.current = null;
    setActiveId(f.reportId);
    requestAnimationFrame(() => handle.scrollToSpan(f, { flash: true, block: 'center' }));
  }, []);
  const registrars = useRef(new Map<number, (handle: PaneHandle | null) => void>());
  const registerFor = (id: number) => {
    let r = registrars.current.get(id);
    if (!r) {
      r = (handle) => {
        if (handle) {
          handles.current.set(id, handle);
          if (pendingFocus.current?.reportId === id) applyFocus();
        } else handles.current.delete(id);
      };
      registrars.current.set(id, r);
    }
    return r;
  };
  useEffect(() => {
    if (!focus) return;
    pendingFocus.current = focus;
    applyFocus();
  }, [focus, applyFocus]);

  const onFigurePinned = useCallback(
    (fromId: number, figure: ReviewedFigure): boolean | null => {
      const others = panes.filter((id) => id !== fromId && models.has(id));
      if (others.length === 0) return null;
      let found = false;
      for (const id of others) {
        const handle = handles.current.get(id);
        const match = handle?.figureOf(indicatorKey(figure), figure.indicator);
        if (!handle || !match) continue;
        found = true;
        const top = handle.topFor(match, 'center');
        if (top !== null) quietScroll(id, top);
        handle.flash(match);
      }
      return found;
    },
    [panes, models, quietScroll],
  );

  const openBeside = useCallback(
    (fromId: number, id: number, before: boolean) => {
      if (panes.includes(id)) return setActiveId(id);
      const at = panes.indexOf(fromId) + (before ? 0 : 1);
      const next = [...panes.slice(0, at), id, ...panes.slice(at)];
      onPanesChange(next.length > MAX_PANES ? next.filter((x) => x !== panes.find((p) => p !== fromId)) : next);
      setActiveId(id);
    },
    [panes, onPanesChange],
  );

  useEffect(() => {
    if (currentHit) handles.current.get(currentHit.id)?.scrollToSpan(currentHit.span, { block: 'center' });
  }, [currentHit]);

  useReaderKeys(root, panes, active, handles, {
    openFind: finder.openFind,
    escape: () => {
      finder.closeFind();
      for (const h of handles.current.values()) h.dismiss();
    },
    focusPane: (id) => {
      if (id === undefined) return;
      setActiveId(id);
      handles.current.get(id)?.scroller()?.focus({ preventScroll: true });
    },
    toggleKeys: () => onShowKeys?.(),
  });

  const none = panes.length === 0;
  const width = useElementWidth(root, none);

  const minPane = panes.length > 2 ? 360 : 320;
  const widths = usePaneWidths(panes, width, minPane);
  if (none) return <div className="reader-workspace" ref={root}>{empty ?? <div className="empty-state"><p className="muted">{t('reader.empty')}</p></div>}</div>;

  const counts: FindCount[] = panes.map((id) => {
    const report = models.get(id)?.report;
    return { id, label: report ? slotLabel(report, t) : `#${id}`, count: hits.get(id)?.length ?? 0 };
  });
  const overflowing = width > 0 && width < panes.length * minPane;
  const columns = panes.map((id) => `minmax(${minPane}px, ${widths.shareOf(id)}fr)`).join(' 5px ');

  return (
    <div className="reader-workspace" ref={root}>
      <ReaderToolbar
        models={models}
        paneCount={panes.length}
        overflowing={overflowing}
        novelty={novelty.size > 0}
        pair={pair}
        whatsNew={whatsNew}
        sync={sync}
        onWhatsNew={() => setWhatsNew(!whatsNew)}
        onSync={() => setSync(!sync)}
        onFind={finder.openFind}
        onShowKeys={onShowKeys}
      />
      {find.open && (
        <FindBar
          query={find.query}
          counts={counts}
          index={currentHit ? Math.min(find.index, allHits.length - 1) : -1}
          total={allHits.length}
          focusNonce={find.nonce}
          onQuery={finder.setQuery}
          onStep={finder.step}
          onClose={finder.closeFind}
        />
      )}
      <div className="panes" style={{ gridTemplateColumns: columns }}>
        {panes.map((id, i) => (
          <Fragment key={id}>
            {i > 0 && (
              <Splitter label={t('shell.resizePanes')} onDragStart={widths.begin} onDrag={(dx) => widths.drag(i - 1, dx)} onReset={widths.reset} testId="pane-splitter" />
            )}
            <ReaderPane
              id={id}
              entry={entries.get(id)}
              active={panes.length > 1 && id === active}
              layers={layersFor.get(id) ?? []}
              openIds={panes}
              onActivate={() => setActiveId(id)}
              onClose={() => onPanesChange(panes.filter((x) => x !== id))}
              onRetry={() => reload(id)}
              onOpenBeside={(other, before) => openBeside(id, other, before)}
              onFiguresChange={(figures) => setFigures(id, figures)}
              onFigurePinned={(figure) => onFigurePinned(id, figure)}
              onShowTrend={onShowTrend}
              onScroll={() => onPaneScroll(id)}
              register={registerFor(id)}
            />
          </Fragment>
        ))}
      </div>
    </div>
  );
});
