// A loaded report in its pane: heading, outline, the text laid out by window with hover cards and selection,
// and the figure panel. The workspace drives it through a PaneHandle (scrolling, find, keys).
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { useApi } from '../../api/context.tsx';
import { ReportText } from './ReportText.tsx';
import { FigureCard } from './FigureCard.tsx';
import { FigurePanel, type PanelEditing, type ReviewRequest } from './FigurePanel.tsx';
import { Outline } from './Outline.tsx';
import { PaneHeader } from './PaneHeader.tsx';
import { indicatorKey } from './figure-format.ts';
import { trendRegion, type ReaderModel } from './model.ts';
import { decorationsByParagraph, paragraphIndexAt, type Decoration, type HeadingSpan, type Span } from './segments.ts';
import type { ReaderPaneProps } from './ReaderPane.tsx';
import { useTextLayout } from './useTextLayout.ts';
import { usePointerCards } from './usePointerCards.ts';
import { useTextSelection } from './useTextSelection.ts';
import { useRelated } from './useRelated.ts';
import { useFlash } from './useFlash.ts';
import { useFigureFocus } from './useFigureFocus.ts';
import { useElementWidth } from '../../components/useElementWidth.ts';

const WIDE_PANE = 720;
/** From this width (a 4K screen) the figure panel stands beside the text, open unless closed, instead of under it. */
const PANEL_BESIDE_FROM = 1400;

export function LoadedPane({ id, entry, model, layers, openIds, onClose, onOpenBeside, onFiguresChange, onFigurePinned, onShowTrend, onScroll, register }: ReaderPaneProps & { model: ReaderModel }) {
  const { t } = useTranslation();
  const api = useApi();
  const { report } = model;
  const body = useRef<HTMLDivElement>(null);
  const width = useElementWidth(body);
  const scroller = useRef<HTMLDivElement>(null);
  const textTop = useRef<HTMLDivElement>(null);
  const [outlineChoice, setOutlineChoice] = useState<boolean | null>(null);
  const [panelChoice, setPanelChoice] = useState<boolean | null>(null);
  const [editing, setEditing] = useState<PanelEditing>(null);
  const [currentHeading, setCurrentHeading] = useState<number | null>(null);
  const related = useRelated(id, report);
  const layout = useTextLayout(model, scroller, textTop);
  const { flash, flashSpan } = useFlash();
  const cards = usePointerCards(scroller, model.byId);
  const { selection, clearSelection, onMouseUp } = useTextSelection(scroller);
  const { pinAt } = cards;
  const pinQuietly = useCallback((f: ReviewedFigure) => pinAt(f.id, null), [pinAt]);
  const focus = useFigureFocus(model, layout, scroller, flashSpan, pinQuietly);
  const { setActiveFigureId, stepFigure, figureOf, jumpTo } = focus;

  const wide = width === 0 || width >= WIDE_PANE;
  const outlineOpen = outlineChoice ?? (wide && report.headings.length > 0);
  const panelBeside = width >= PANEL_BESIDE_FROM;
  const panelOpen = panelChoice ?? panelBeside;

  const { yOf, topFor, scrollTo } = layout;
  const scrollToSpan = useCallback(
    (span: Span, options: { flash?: boolean; block?: 'center' | 'start' } = {}) => {
      scrollTo(span, options.block ?? 'center');
      if (options.flash) flashSpan(span);
    },
    [scrollTo, flashSpan],
  );

  const { clear: clearCards } = cards;
  const dismiss = useCallback(() => {
    setActiveFigureId(null);
    clearCards();
    clearSelection();
  }, [setActiveFigureId, clearCards, clearSelection]);

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
      togglePanel: () => setPanelChoice(!panelOpen),
      dismiss,
    });
  }, [register, yOf, topFor, scrollToSpan, flashSpan, figureOf, stepFigure, outlineOpen, panelOpen, dismiss]);
  useEffect(() => () => register(null), [register]);

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

  const onClick = (e: ReactMouseEvent) => {
    const hit = cards.figureFromEvent(e);
    if (hit?.figure && window.getSelection()?.isCollapsed !== false) {
      setActiveFigureId(hit.figure.id);
      pinAt(hit.figure.id, onFigurePinned(hit.figure));
    } else if (!hit) cards.unpin();
  };

  const frame = useRef<number | null>(null);
  const handleScroll = () => {
    onScroll();
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      cards.followScroll();
      clearSelection();
      if (outlineOpen && scroller.current) setCurrentHeading(headingAt(report.headings, yOf, scroller.current.scrollTop + 40));
    });
  };
  useEffect(() => () => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
  }, []);

  const review = useCallback(
    async (request: ReviewRequest) => onFiguresChange(await api['figures.review']({ reportId: id, ...request })),
    [api, id, onFiguresChange],
  );

  const shown = cards.pinned ?? cards.hover;
  const shownFigure = shown ? model.byId.get(shown.figureId) : undefined;
  const region = trendRegion(report);

  return (
    <>
      <PaneHeader
        report={report}
        figureCount={model.figures.length}
        visibleCount={model.visible.length}
        figuresPending={entry?.status === 'ready' && entry.figuresPending}
        related={related}
        openIds={openIds}
        outlineOpen={outlineOpen}
        panelOpen={panelOpen}
        onToggleOutline={() => setOutlineChoice(!outlineOpen)}
        onTogglePanel={() => setPanelChoice(!panelOpen)}
        onOpenBeside={(other, before) => onOpenBeside(other.id, before)}
        onClose={onClose}
      />
      <div className={`pane-body${panelBeside ? ' beside' : ''}`} ref={body}>
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
          <div className="pane-scroll" ref={scroller} tabIndex={-1} onScroll={handleScroll} onMouseOver={cards.onMouseOver} onMouseOut={cards.onMouseOut} onClick={onClick} onMouseUp={onMouseUp}>
            <div ref={textTop} className="text-top" />
            {report.text.trim() === '' ? (
              <p className="muted pad">{t('reader.noText')}</p>
            ) : (
              <ReportText text={report.text} paragraphs={model.paragraphs} blocks={model.blocks} layout={layout} decorations={decorations} activeFigureId={focus.activeFigureId} />
            )}
          </div>
          {selection && (
            <button
              className="selection-add button primary small"
              style={{ left: Math.min(selection.rect.right, window.innerWidth - 140), top: selection.rect.bottom + 6 }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => {
                setPanelChoice(true);
                setEditing({ kind: 'add', span: selection.span });
                clearSelection();
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
            activeFigureId={focus.activeFigureId}
            onEditingChange={setEditing}
            onReview={review}
            onJump={jumpTo}
            onClose={() => setPanelChoice(false)}
          />
        )}
      </div>
      {shownFigure && shown && (
        <FigureCard
          figure={shownFigure}
          report={report}
          anchor={shown.rect}
          pinned={cards.pinned !== null}
          inOtherPane={cards.pinned?.inOther ?? null}
          onClose={cards.unpin}
          onPointerEnter={cards.cancelHide}
          onPointerLeave={() => !cards.pinned && cards.scheduleHide()}
          onTrend={() => region && onShowTrend(indicatorKey(shownFigure), region)}
          onEdit={() => {
            setPanelChoice(true);
            setEditing({ kind: 'edit', figureId: shownFigure.id });
            cards.unpin();
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
