// One reader pane: the report's heading (title, region, year, quick picks), its outline, its highlighted text
// with hover cards, and its figure panel. The workspace drives it through a PaneHandle (scrolling, find, keys).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { ReportSummary } from '../../../../shared/api.ts';
import type { RelatedReports, ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { similarity } from '../../../../shared/text/compare.ts';
import { regionLabel } from '../library/labels.ts';
import { ReportText } from './ReportText.tsx';
import { FigureCard } from './FigureCard.tsx';
import { FigurePanel, type PanelEditing, type ReviewRequest } from './FigurePanel.tsx';
import { Outline } from './Outline.tsx';
import { indicatorKey } from './figure-format.ts';
import { modelOf, trendRegion, type PaneEntry, type ReaderModel } from './model.ts';
import { decorationsByParagraph, paragraphIndexAt, type Decoration, type HeadingSpan, type Span } from './segments.ts';

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

const WIDE_PANE = 720;
const HIDE_DELAY = 160;

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
      aria-label={model ? (model.report.title ?? model.report.fileName) : t('reader.loading')}
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

function LoadedPane({ id, model, layers, openIds, onClose, onOpenBeside, onFiguresChange, onFigurePinned, onShowTrend, onScroll, register }: ReaderPaneProps & { model: ReaderModel }) {
  const { t } = useTranslation();
  const { report } = model;
  const section = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [outlineChoice, setOutlineChoice] = useState<boolean | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);
  const [editing, setEditing] = useState<PanelEditing>(null);
  const [hover, setHover] = useState<{ figureId: number; rect: DOMRect } | null>(null);
  const [pinned, setPinned] = useState<{ figureId: number; rect: DOMRect; inOther: boolean | null } | null>(null);
  const [activeFigureId, setActiveFigureIdState] = useState<number | null>(null);
  // keys can arrive faster than renders: stepping reads the latest figure from a ref
  const activeRef = useRef<number | null>(null);
  const setActiveFigureId = useCallback((figureId: number | null) => {
    activeRef.current = figureId;
    setActiveFigureIdState(figureId);
  }, []);
  const [flash, setFlash] = useState<(Span & { n: number }) | null>(null);
  const [selection, setSelection] = useState<{ span: Span; rect: DOMRect } | null>(null);
  const [currentHeading, setCurrentHeading] = useState<number | null>(null);
  const [related, setRelated] = useState<RelatedReports | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const hideTimer = useRef<number | null>(null);

  const wide = width === 0 || width >= WIDE_PANE;
  const outlineOpen = outlineChoice ?? (wide && report.headings.length > 0);

  useLayoutEffect(() => {
    const el = section.current?.parentElement;
    if (!el) return;
    const observer = new ResizeObserver(([e]) => setWidth(e!.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    let live = true;
    setRelated(null);
    api['reports.related']({ id }).then((r) => live && setRelated(r), () => {});
    return () => {
      live = false;
    };
  }, [id, report]);

  // ---- offsets <-> pixels --------------------------------------------------------------------------------
  const elements = useRef<{ map: Map<number, HTMLElement>; stale: boolean }>({ map: new Map(), stale: true });
  useLayoutEffect(() => {
    elements.current.stale = true;
  });
  const elementFor = useCallback((start: number): HTMLElement | undefined => {
    const cache = elements.current;
    if (cache.stale && scroller.current) {
      cache.map = new Map();
      for (const el of scroller.current.querySelectorAll<HTMLElement>('[data-pstart]')) cache.map.set(Number(el.dataset.pstart), el);
      cache.stale = false;
    }
    return cache.map.get(start);
  }, []);

  const yOf = useCallback(
    (offset: number): number | null => {
      const ps = model.paragraphs;
      let i = paragraphIndexAt(ps, offset);
      if (i < 0) return 0;
      const p = ps[i]!;
      let el = elementFor(p.start);
      // inside folded junk: the fold's own line
      while (!el && i > 0) el = elementFor(ps[--i]!.start);
      if (!el) return null;
      const own = el.tagName === 'P' && Number(el.dataset.pstart) === p.start;
      const fraction = own && p.end > p.start ? Math.min(1, Math.max(0, (offset - p.start) / (p.end - p.start))) : 0;
      return el.offsetTop + fraction * el.offsetHeight;
    },
    [model, elementFor],
  );

  const topFor = useCallback(
    (span: Span, block: 'center' | 'start'): number | null => {
      const el = scroller.current;
      const y = yOf(span.start);
      if (!el || y === null) return null;
      const top = block === 'center' ? y - el.clientHeight / 2 + 16 : y - 20;
      return Math.max(0, Math.min(top, el.scrollHeight - el.clientHeight));
    },
    [yOf],
  );

  const flashSpan = useCallback((span: Span) => setFlash((f) => ({ start: span.start, end: span.end, n: (f?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!flash) return;
    const timer = window.setTimeout(() => setFlash(null), 1800);
    return () => window.clearTimeout(timer);
  }, [flash]);

  const scrollToSpan = useCallback(
    (span: Span, options: { flash?: boolean; block?: 'center' | 'start' } = {}) => {
      const top = topFor(span, options.block ?? 'center');
      if (top !== null && scroller.current) scroller.current.scrollTop = top;
      if (options.flash) flashSpan(span);
    },
    [topFor, flashSpan],
  );

  const markRect = (figureId: number) => scroller.current?.querySelector(`mark[data-figure-id="${figureId}"]`)?.getBoundingClientRect() ?? null;

  const pin = useCallback(
    (figure: ReviewedFigure, notifyOthers: boolean) => {
      const rect = markRect(figure.id);
      setActiveFigureId(figure.id);
      setHover(null);
      if (!rect) return setPinned(null);
      setPinned({ figureId: figure.id, rect, inOther: notifyOthers ? onFigurePinned(figure) : null });
    },
    [onFigurePinned],
  );

  const stepFigure = useCallback(
    (direction: 1 | -1) => {
      const figures = model.visible;
      if (figures.length === 0 || !scroller.current) return;
      const current = activeRef.current;
      let index = current === null ? -1 : figures.findIndex((f) => f.id === current);
      if (index === -1) {
        const top = scroller.current.scrollTop;
        const firstBelow = figures.findIndex((f) => (yOf(f.start) ?? 0) >= top);
        index = direction === 1 ? (firstBelow === -1 ? figures.length - 1 : firstBelow) : Math.max(0, (firstBelow === -1 ? figures.length : firstBelow) - 1);
      } else index = Math.min(figures.length - 1, Math.max(0, index + direction));
      const figure = figures[index]!;
      // set now, not in the frame below, so a second key in the same frame steps on from here
      setActiveFigureId(figure.id);
      scrollToSpan(figure, { block: 'center', flash: true });
      requestAnimationFrame(() => pin(figure, false));
    },
    [model, setActiveFigureId, yOf, scrollToSpan, pin],
  );

  const figureOf = useCallback(
    (key: string, label: string): ReviewedFigure | null => {
      const exact = model.visible.find((f) => indicatorKey(f) === key);
      if (exact) return exact;
      let best: ReviewedFigure | null = null;
      let bestScore = 0.6;
      for (const f of model.visible) {
        const score = similarity(f.indicator, label);
        if (score > bestScore) {
          best = f;
          bestScore = score;
        }
      }
      return best;
    },
    [model],
  );

  // a pinned card closes when the user clicks anywhere but on it or on another figure
  useEffect(() => {
    if (!pinned) return;
    const onDown = (e: MouseEvent) => {
      const target = e.target as Element | null;
      if (!target?.closest?.('.figure-card, mark.figure')) setPinned(null);
    };
    document.addEventListener('mousedown', onDown, true);
    return () => document.removeEventListener('mousedown', onDown, true);
  }, [pinned]);

  const dismiss = useCallback(() => {
    setActiveFigureId(null);
    setPinned(null);
    setHover(null);
    setSelection(null);
    setMenuOpen(false);
  }, [setActiveFigureId]);

  useEffect(() => {
    register({
      scroller: () => scroller.current,
      yOf,
      topFor,
      scrollToSpan,
      flash: flashSpan,
      figureOf,
      stepFigure,
      toggleOutline: () => setOutlineChoice(!outlineOpen),
      togglePanel: () => setPanelOpen((open) => !open),
      dismiss,
    });
  }, [register, yOf, topFor, scrollToSpan, flashSpan, figureOf, stepFigure, outlineOpen, dismiss]);
  useEffect(() => () => register(null), [register]);

  // ---- decorations ---------------------------------------------------------------------------------------
  const headingLeads = useMemo<Decoration[]>(
    () => report.headings.filter((h) => {
      const i = paragraphIndexAt(model.paragraphs, h.start);
      return i >= 0 && model.paragraphs[i]!.headingLevel === null;
    }).map((h) => ({ start: h.start, end: h.end, className: 'heading-lead' })),
    [report, model],
  );
  const decorations = useMemo(() => {
    const flashLayer: Decoration[] = flash ? [{ start: flash.start, end: flash.end, className: flash.n % 2 ? 'flash' : 'flash flash-again' }] : [];
    return decorationsByParagraph(model.paragraphs, [headingLeads, ...layers, flashLayer]);
  }, [model, headingLeads, layers, flash]);

  // ---- pointer: hover cards, pinning, selecting text to add a figure -------------------------------------
  const figureFromEvent = (e: ReactMouseEvent) => {
    const mark = (e.target as HTMLElement).closest?.('mark.figure') as HTMLElement | null;
    return mark ? { mark, figure: model.byId.get(Number(mark.dataset.figureId)) ?? null } : null;
  };
  const cancelHide = () => {
    if (hideTimer.current !== null) window.clearTimeout(hideTimer.current);
    hideTimer.current = null;
  };
  const scheduleHide = () => {
    cancelHide();
    hideTimer.current = window.setTimeout(() => setHover(null), HIDE_DELAY);
  };
  useEffect(() => cancelHide, []);

  const onMouseOver = (e: ReactMouseEvent) => {
    const hit = figureFromEvent(e);
    if (!hit?.figure) return;
    cancelHide();
    if (pinned?.figureId === hit.figure.id) return;
    setHover({ figureId: hit.figure.id, rect: hit.mark.getBoundingClientRect() });
  };
  const onMouseOut = (e: ReactMouseEvent) => {
    const hit = figureFromEvent(e);
    if (hit && !hit.mark.contains(e.relatedTarget as Node | null)) scheduleHide();
  };
  const onClick = (e: ReactMouseEvent) => {
    const hit = figureFromEvent(e);
    if (hit?.figure && window.getSelection()?.isCollapsed !== false) pin(hit.figure, true);
    else if (!hit) setPinned(null);
  };
  const onMouseUp = () => {
    window.setTimeout(() => setSelection(readSelection(scroller.current)), 0);
  };
  useEffect(() => {
    const onChange = () => {
      if (window.getSelection()?.isCollapsed) setSelection(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  const frame = useRef<number | null>(null);
  const handleScroll = () => {
    onScroll();
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      setHover(null);
      setSelection(null);
      setPinned((p) => {
        if (!p) return p;
        const rect = markRect(p.figureId);
        const box = scroller.current?.getBoundingClientRect();
        if (!rect || !box || rect.bottom < box.top || rect.top > box.bottom) return null;
        return { ...p, rect };
      });
      if (outlineOpen && scroller.current) setCurrentHeading(headingAt(report.headings, yOf, scroller.current.scrollTop + 40));
    });
  };
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  // ---- figure panel --------------------------------------------------------------------------------------
  const review = useCallback(
    async (request: ReviewRequest) => {
      const figures = await api['figures.review']({ reportId: id, ...request });
      onFiguresChange(figures);
    },
    [id, onFiguresChange],
  );
  const jumpTo = useCallback(
    (figure: ReviewedFigure) => {
      setActiveFigureId(figure.id);
      scrollToSpan(figure, { block: 'center', flash: true });
    },
    [scrollToSpan],
  );

  const shownFigure = pinned ? model.byId.get(pinned.figureId) : hover ? model.byId.get(hover.figureId) : undefined;
  const region = trendRegion(report);
  const openBeside = (other: ReportSummary, before = false) => {
    setMenuOpen(false);
    onOpenBeside(other.id, before);
  };
  const previous = related?.previousYear ?? null;
  const place = report.region ?? t('library.unknownRegion');

  return (
    <>
      <header className="pane-header" ref={section}>
        <div className="pane-heading">
          <h1 className="pane-title" title={report.title ?? report.fileName}>{report.title ?? report.fileName}</h1>
          <p className="pane-meta">
            <span className="meta-region">{regionLabel(report, t)}</span>
            <span className="meta-year">{report.year ? `${report.year}` : t('library.unknownYear')}</span>
            <span>{t(`docType.${report.docType}`)}</span>
            {report.published && <span>{t('reader.published')} {report.published}</span>}
            <span>{t('reader.figures')} {model.visible.length}</span>
          </p>
          <div className="pane-tools">
            <button className={`tool${outlineOpen ? ' on' : ''}`} aria-pressed={outlineOpen} onClick={() => setOutlineChoice(!outlineOpen)} title={t('reader.outlineHint')} data-testid="outline-toggle">
              ☰ {t('reader.outline')}
            </button>
            <button className={`tool${panelOpen ? ' on' : ''}`} aria-pressed={panelOpen} onClick={() => setPanelOpen(!panelOpen)} data-testid="panel-toggle">
              ▦ {t('reader.figurePanel')} <span className="count">{model.figures.length}</span>
            </button>
            <button
              className="tool"
              disabled={!previous}
              onClick={() => previous && openBeside(previous, true)}
              title={previous ? t('reader.previousYearOf', { region: place, year: previous.year }) : t('reader.noPreviousYear', { region: place, year: (report.year ?? 0) - 1 })}
              data-testid="pick-previous-year"
            >
              ‹ {t('reader.previousYear')}{previous ? ` ${previous.year}` : ''}
            </button>
            <div className="menu-wrap">
              <button
                className={`tool${menuOpen ? ' on' : ''}`}
                disabled={!related || related.sameYear.length === 0}
                aria-expanded={menuOpen}
                onClick={() => setMenuOpen(!menuOpen)}
                title={related?.sameYear.length ? t('reader.sameYearOf', { year: report.year }) : t('reader.noSameYear', { year: report.year ?? '' })}
                data-testid="pick-same-year"
              >
                {t('reader.sameYear')} ▾
              </button>
              {menuOpen && related && (
                <ul className="menu" role="menu" onMouseLeave={() => setMenuOpen(false)}>
                  {related.sameYear.map((r) => (
                    <li key={r.id} role="none">
                      <button role="menuitem" onClick={() => openBeside(r)}>
                        <span>{regionLabel(r, t)}</span>
                        <span className="muted">{t(`docType.${r.docType}`)}{openIds.includes(r.id) ? ` · ${t('reader.alreadyOpen')}` : ''}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        </div>
        <button className="icon-button" onClick={onClose} aria-label={t('reader.close')} title={t('reader.close')}>×</button>
      </header>
      <div className={`pane-main${outlineOpen && wide ? ' with-outline' : ''}`}>
        {outlineOpen && (
          <Outline
            headings={report.headings}
            current={currentHeading}
            overlay={!wide}
            onClose={() => setOutlineChoice(false)}
            onJump={(h) => {
              scrollToSpan(h, { block: 'start', flash: true });
              if (!wide) setOutlineChoice(false);
            }}
          />
        )}
        <div
          className="pane-scroll"
          ref={scroller}
          tabIndex={-1}
          onScroll={handleScroll}
          onMouseOver={onMouseOver}
          onMouseOut={onMouseOut}
          onClick={onClick}
          onMouseUp={onMouseUp}
        >
          {report.text.trim() === '' ? (
            <p className="muted pad">{t('reader.noText')}</p>
          ) : (
            <ReportText text={report.text} paragraphs={model.paragraphs} decorations={decorations} activeFigureId={activeFigureId} />
          )}
        </div>
        {selection && (
          <button
            className="selection-add button primary small"
            style={{ left: Math.min(selection.rect.right, window.innerWidth - 140), top: selection.rect.bottom + 6 }}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              setPanelOpen(true);
              setEditing({ kind: 'add', span: selection.span });
              setSelection(null);
              window.getSelection()?.removeAllRanges();
            }}
            data-testid="add-from-selection"
          >
            + {t('reader.panel.addFromSelection')}
          </button>
        )}
      </div>
      {panelOpen && (
        <FigurePanel
          text={report.text}
          figures={model.figures}
          editing={editing}
          activeFigureId={activeFigureId}
          onEditingChange={setEditing}
          onReview={review}
          onJump={jumpTo}
          onClose={() => setPanelOpen(false)}
        />
      )}
      {shownFigure && (pinned ?? hover) && (
        <FigureCard
          figure={shownFigure}
          report={report}
          anchor={(pinned ?? hover)!.rect}
          pinned={pinned !== null}
          inOtherPane={pinned?.inOther ?? null}
          onClose={() => setPinned(null)}
          onPointerEnter={cancelHide}
          onPointerLeave={() => !pinned && scheduleHide()}
          onTrend={() => region && onShowTrend(indicatorKey(shownFigure), region)}
          onEdit={() => {
            setPanelOpen(true);
            setEditing({ kind: 'edit', figureId: shownFigure.id });
            setPinned(null);
          }}
        />
      )}
    </>
  );
}

/** The heading whose section holds y (the last heading at or above it). */
function headingAt(headings: readonly HeadingSpan[], yOf: (offset: number) => number | null, y: number): number | null {
  let found: number | null = null;
  let lo = 0;
  let hi = headings.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = yOf(headings[mid]!.start) ?? Infinity;
    if (at <= y) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The user's selection as offsets into the report text, when it lies in one paragraph and holds a number. */
function readSelection(container: HTMLElement | null): { span: Span; rect: DOMRect } | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('p[data-pstart]') ?? null;
  const p = paragraphOf(range.startContainer);
  if (!p || p !== paragraphOf(range.endContainer) || !container.contains(p) || p.closest('.junk')) return null;
  const offsetIn = (node: Node, offset: number) => {
    const r = document.createRange();
    r.selectNodeContents(p);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  const base = Number(p.dataset.pstart);
  const raw = range.toString();
  let start = base + offsetIn(range.startContainer, range.startOffset);
  let end = start + raw.length;
  start += raw.length - raw.trimStart().length;
  end -= raw.length - raw.trimEnd().length;
  const chosen = raw.trim();
  if (!chosen || chosen.length > 40 || !/[0-9０-９零〇一二三四五六七八九十百千万亿两]/.test(chosen)) return null;
  return { span: { start, end }, rect: range.getBoundingClientRect() };
}
