// The reader: one pane, or several side by side, with a toolbar (legend, synchronised scrolling, what's new,
// find) over them. It loads the panes' reports and coordinates what spans panes: find, scrolling, focus, keys.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { compareTexts } from '../../../../shared/text/compare.ts';
import type { ReaderFocus } from '../../navigation.ts';
import { ReaderPane, type PaneHandle } from './ReaderPane.tsx';
import { FindBar, type FindCount } from './FindBar.tsx';
import { findMatches } from './find.ts';
import { indicatorKey } from './figure-format.ts';
import { readyModel, type PaneEntry, type ReaderModel } from './model.ts';
import { buildAnchors, mapPosition, type Anchor } from './sync.ts';
import type { Decoration, Span } from './segments.ts';
import './reader.css';

export interface ReaderWorkspaceProps {
  panes: number[];
  onPanesChange: (panes: number[]) => void;
  /** Scroll to and flash this span (from a trend point or a search). */
  focus: ReaderFocus | null;
  /** Show an indicator's trend for a region (from a figure's card). */
  onShowTrend: (indicator: string, region: string) => void;
}

const MAX_PANES = 4;
/** Where on screen the panes are kept aligned: a third of the way down. */
const SYNC_LINE = 0.35;
const KINDS = ['count', 'money', 'percent', 'change'] as const;

/** Loads each open pane's report and figures; forgets a report when its pane closes. */
function usePaneEntries(panes: readonly number[]) {
  const [entries, setEntries] = useState<ReadonlyMap<number, PaneEntry>>(new Map());
  const loading = useRef(new Set<number>());

  const load = useCallback((id: number) => {
    loading.current.add(id);
    setEntries((m) => new Map(m).set(id, { status: 'loading' }));
    Promise.all([api['reports.get']({ id }), api['figures.list']({ reportId: id })]).then(
      ([report, figures]) => {
        if (loading.current.delete(id)) setEntries((m) => new Map(m).set(id, { status: 'ready', report, figures }));
      },
      (e: Error) => {
        if (loading.current.delete(id)) setEntries((m) => new Map(m).set(id, { status: 'error', message: e.message }));
      },
    );
  }, []);

  useEffect(() => {
    for (const id of panes) if (!entries.has(id) && !loading.current.has(id)) load(id);
    const gone = [...entries.keys()].filter((id) => !panes.includes(id));
    if (gone.length) {
      for (const id of gone) loading.current.delete(id);
      setEntries((m) => new Map([...m].filter(([id]) => panes.includes(id))));
    }
  }, [panes, entries, load]);

  const setFigures = useCallback((id: number, figures: ReviewedFigure[]) => {
    setEntries((m) => {
      const entry = m.get(id);
      return entry?.status === 'ready' ? new Map(m).set(id, { ...entry, figures }) : m;
    });
  }, []);

  return { entries, reload: load, setFigures };
}

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function ReaderWorkspace({ panes, onPanesChange, focus, onShowTrend }: ReaderWorkspaceProps) {
  const { t } = useTranslation();
  const root = useRef<HTMLDivElement>(null);
  const { entries, reload, setFigures } = usePaneEntries(panes);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [sync, setSync] = useState(true);
  const [whatsNew, setWhatsNew] = useState(true);
  const [find, setFind] = useState<{ open: boolean; query: string; index: number; nonce: number }>({ open: false, query: '', index: 0, nonce: 0 });
  const [showKeys, setShowKeys] = useState(false);
  const [width, setWidth] = useState(0);
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

  // ---- what's new: the same region in consecutive years --------------------------------------------------
  const pair = useMemo(() => {
    const ready = panes.map((id) => models.get(id)).filter((m): m is ReaderModel => m !== undefined);
    for (const newer of ready) {
      const older = ready.find(
        (o) => o !== newer && newer.report.year !== null && o.report.year === newer.report.year - 1 &&
          (o.report.regionCode ?? o.report.region) !== null && (o.report.regionCode ?? o.report.region) === (newer.report.regionCode ?? newer.report.region),
      );
      if (older) return { older, newer };
    }
    return null;
  }, [panes, models]);
  const novelty = useMemo(() => {
    if (!pair || !whatsNew) return new Map<number, Decoration[]>();
    const { older, newer } = pair;
    const result = compareTexts(older.report.text, newer.report.text, { previousSkip: older.report.junk, currentSkip: newer.report.junk });
    // only the newer report is marked: grey in the older one would read as "old" rather than "kept next year"
    return new Map<number, Decoration[]>([
      [newer.report.id, result.current.map((s) => ({ start: s.start, end: s.end, className: s.status === 'new' ? 'novel-new' : 'novel-repeated' }))],
    ]);
  }, [pair, whatsNew]);

  // ---- find ---------------------------------------------------------------------------------------------
  const hits = useMemo(() => {
    const out = new Map<number, Span[]>();
    if (!find.open || !find.query.trim()) return out;
    for (const [id, model] of models) out.set(id, findMatches(model.folded, find.query, model.searchable));
    return out;
  }, [find.open, find.query, models]);
  const allHits = useMemo(() => panes.flatMap((id) => (hits.get(id) ?? []).map((span) => ({ id, span }))), [panes, hits]);
  const currentHit = allHits.length ? allHits[Math.min(find.index, allHits.length - 1)]! : null;

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

  // ---- scrolling: programmatic scrolls are remembered so they do not drive the other panes ----------------
  const quiet = useRef(new Map<number, number>());
  const quietScroll = useCallback((id: number, top: number) => {
    const el = handles.current.get(id)?.scroller();
    if (!el) return;
    const target = Math.round(Math.max(0, Math.min(top, el.scrollHeight - el.clientHeight)));
    if (Math.abs(el.scrollTop - target) < 1) return;
    quiet.current.set(id, target);
    el.scrollTop = target;
  }, []);

  const anchorCache = useRef(new Map<string, { a: ReaderModel; b: ReaderModel; anchors: Anchor[] }>());
  const anchorsFor = useCallback((a: ReaderModel, b: ReaderModel): Anchor[] => {
    const key = `${a.report.id}:${b.report.id}`;
    const cached = anchorCache.current.get(key);
    if (cached && cached.a === a && cached.b === b) return cached.anchors;
    const anchors = buildAnchors(
      { text: a.report.text, headings: a.report.headings, figures: a.visible },
      { text: b.report.text, headings: b.report.headings, figures: b.visible },
    );
    anchorCache.current.set(key, { a, b, anchors });
    return anchors;
  }, []);

  const syncFrom = useCallback(
    (driverId: number) => {
      const driver = handles.current.get(driverId);
      const driverModel = models.get(driverId);
      const el = driver?.scroller();
      if (!driver || !driverModel || !el) return;
      const line = el.scrollTop + el.clientHeight * SYNC_LINE;
      for (const id of panes) {
        if (id === driverId) continue;
        const other = handles.current.get(id);
        const otherModel = models.get(id);
        const otherEl = other?.scroller();
        if (!other || !otherModel || !otherEl) continue;
        const points: Array<[number, number]> = [[0, 0]];
        for (const anchor of anchorsFor(driverModel, otherModel)) {
          const ya = driver.yOf(anchor.a);
          const yb = other.yOf(anchor.b);
          const last = points[points.length - 1]!;
          if (ya !== null && yb !== null && ya > last[0] && yb > last[1]) points.push([ya, yb]);
        }
        const end: [number, number] = [el.scrollHeight, otherEl.scrollHeight];
        if (end[0] > points[points.length - 1]![0] && end[1] > points[points.length - 1]![1]) points.push(end);
        quietScroll(id, mapPosition(points, line) - otherEl.clientHeight * SYNC_LINE);
      }
    },
    [panes, models, anchorsFor, quietScroll],
  );

  const frames = useRef(new Map<number, number>());
  const onPaneScroll = useCallback(
    (id: number) => {
      const el = handles.current.get(id)?.scroller();
      const expected = quiet.current.get(id);
      if (expected !== undefined) {
        quiet.current.delete(id);
        if (el && Math.abs(el.scrollTop - expected) <= 2) return;
      }
      if (!sync || panes.length < 2 || frames.current.has(id)) return;
      frames.current.set(
        id,
        requestAnimationFrame(() => {
          frames.current.delete(id);
          syncFrom(id);
        }),
      );
    },
    [sync, panes.length, syncFrom],
  );

  // ---- per-pane callbacks, stable per id -----------------------------------------------------------------
  const applyFocus = useCallback(() => {
    const f = pendingFocus.current;
    if (!f) return;
    const handle = handles.current.get(f.reportId);
    if (!handle) return;
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

  // ---- find navigation ------------------------------------------------------------------------------------
  const stepFind = useCallback(
    (direction: 1 | -1) => {
      if (!allHits.length) return;
      setFind((f) => ({ ...f, index: (Math.min(f.index, allHits.length - 1) + direction + allHits.length) % allHits.length }));
    },
    [allHits.length],
  );
  useEffect(() => {
    if (!currentHit) return;
    handles.current.get(currentHit.id)?.scrollToSpan(currentHit.span, { block: 'center' });
  }, [currentHit]);

  const openFind = useCallback(() => setFind((f) => ({ ...f, open: true, nonce: f.nonce + 1 })), []);

  // ---- keyboard ---------------------------------------------------------------------------------------------
  useEffect(() => {
    const visible = () => root.current !== null && root.current.offsetParent !== null && !document.querySelector('.sheet-backdrop');
    const onKey = (e: KeyboardEvent) => {
      if (!visible()) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        openFind();
        return;
      }
      if (e.key === 'Escape') {
        if (find.open) setFind((f) => ({ ...f, open: false }));
        for (const h of handles.current.values()) h.dismiss();
        setShowKeys(false);
        return;
      }
      if (mod || isEditable(e.target) || panes.length === 0) return;
      const focusPane = (id: number | undefined) => {
        if (id === undefined) return;
        setActiveId(id);
        handles.current.get(id)?.scroller()?.focus({ preventScroll: true });
      };
      const at = active === null ? 0 : panes.indexOf(active);
      const handle = active === null ? undefined : handles.current.get(active);
      if (e.altKey && /^Digit[1-4]$/.test(e.code)) focusPane(panes[Number(e.code.slice(5)) - 1]);
      else if (e.altKey) return;
      else if (e.key === ']') focusPane(panes[(at + 1) % panes.length]);
      else if (e.key === '[') focusPane(panes[(at - 1 + panes.length) % panes.length]);
      else if (e.key === 'n' || e.key === 'j') handle?.stepFigure(1);
      else if (e.key === 'p' || e.key === 'k' || e.key === 'N') handle?.stepFigure(-1);
      else if (e.key === 'o') handle?.toggleOutline();
      else if (e.key === 't') handle?.togglePanel();
      else if (e.key === '?') setShowKeys((s) => !s);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const off = api.on('menu.command', (command) => command === 'find' && visible() && openFind());
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [panes, active, find.open, openFind]);

  const empty = panes.length === 0;
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const observer = new ResizeObserver(([e]) => setWidth(e!.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, [empty]);

  if (panes.length === 0) return <div className="empty-state"><p className="muted">{t('reader.empty')}</p></div>;

  const counts: FindCount[] = panes.map((id) => {
    const report = models.get(id)?.report;
    return { id, label: report ? `${report.region ?? report.fileName}${report.year ? ` ${report.year}` : ''}` : `#${id}`, count: hits.get(id)?.length ?? 0 };
  });
  const minPane = panes.length > 2 ? 360 : 320;
  const overflowing = width > 0 && width < panes.length * minPane;
  const kindsPresent = new Set([...models.values()].flatMap((m) => m.visible.map((f) => f.kind)));

  return (
    <div className="reader-workspace" ref={root}>
      <div className="reader-toolbar" role="toolbar">
        <div className="legend" aria-label={t('reader.legend')} data-testid="legend">
          {KINDS.map((k) => <span key={k} className={`legend-item figure kind-${k}`}>{t(`kind.${k}`)}</span>)}
          {(['duration', 'measure', 'other'] as const).filter((k) => kindsPresent.has(k)).map((k) => (
            <span key={k} className={`legend-item figure kind-${k}`}>{t(`kind.${k}`)}</span>
          ))}
          <span className="legend-item figure kind-count hedged">{t('reader.hedged')}</span>
          {novelty.size > 0 && (
            <>
              <span className="legend-item novel-new">{t('reader.novelNew')}</span>
              <span className="legend-item novel-repeated">{t('reader.novelRepeated')}</span>
            </>
          )}
        </div>
        <span className="topbar-spacer" />
        {overflowing && <span className="muted narrow-hint">{t('reader.tooNarrow', { count: panes.length })}</span>}
        {pair && (
          <button
            className={`tool${whatsNew ? ' on' : ''}`}
            aria-pressed={whatsNew}
            onClick={() => setWhatsNew(!whatsNew)}
            title={t('reader.whatsNewHint', { region: pair.newer.report.region, older: pair.older.report.year, newer: pair.newer.report.year })}
            data-testid="whats-new-toggle"
          >
            {t('reader.whatsNew')}
          </button>
        )}
        {panes.length > 1 && (
          <button className={`tool${sync ? ' on' : ''}`} aria-pressed={sync} onClick={() => setSync(!sync)} title={t('reader.syncHint')} data-testid="sync-toggle">
            ⇅ {sync ? t('reader.syncOn') : t('reader.syncOff')}
          </button>
        )}
        <button className="tool" onClick={openFind} title={`${t('reader.keys.find')} (Ctrl/⌘+F)`} data-testid="find-open">⌕ {t('reader.find.placeholder')}</button>
        <div className="menu-wrap">
          <button className={`tool${showKeys ? ' on' : ''}`} onClick={() => setShowKeys(!showKeys)} aria-expanded={showKeys} title={t('reader.keys.title')}>⌨</button>
          {showKeys && (
            <dl className="menu keys" onMouseLeave={() => setShowKeys(false)}>
              <dt>Ctrl/⌘ F</dt><dd>{t('reader.keys.find')}</dd>
              <dt>[ ] · Alt 1–4</dt><dd>{t('reader.keys.switchPane')}</dd>
              <dt>N / P</dt><dd>{t('reader.keys.nextFigure')}</dd>
              <dt>O</dt><dd>{t('reader.keys.outline')}</dd>
              <dt>T</dt><dd>{t('reader.keys.panel')}</dd>
              <dt>Esc</dt><dd>{t('reader.keys.escape')}</dd>
            </dl>
          )}
        </div>
      </div>
      {find.open && (
        <FindBar
          query={find.query}
          counts={counts}
          index={currentHit ? Math.min(find.index, allHits.length - 1) : -1}
          total={allHits.length}
          focusNonce={find.nonce}
          onQuery={(query) => setFind((f) => ({ ...f, query, index: 0 }))}
          onStep={stepFind}
          onClose={() => setFind((f) => ({ ...f, open: false }))}
        />
      )}
      <div className="panes" style={{ gridTemplateColumns: `repeat(${panes.length}, minmax(${minPane}px, 1fr))` }}>
        {panes.map((id) => (
          <ReaderPane
            key={id}
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
        ))}
      </div>
    </div>
  );
}
