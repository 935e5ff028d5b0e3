// The figure cards under the pointer: one shown on hover (hidden a moment after the pointer leaves), one pinned
// by a click until the user clicks elsewhere or scrolls it out of sight.
import { useCallback, useEffect, useRef, useState, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';

const HIDE_DELAY = 160;

export interface PinnedCard {
  figureId: number;
  rect: DOMRect;
  /** Whether another pane has the figure's indicator (null: no other pane asked). */
  inOther: boolean | null;
}

export function usePointerCards(scroller: RefObject<HTMLDivElement | null>, byId: ReadonlyMap<number, ReviewedFigure>) {
  const [hover, setHover] = useState<{ figureId: number; rect: DOMRect } | null>(null);
  const [pinned, setPinned] = useState<PinnedCard | null>(null);
  const hideTimer = useRef<number | null>(null);

  const markRect = useCallback(
    (figureId: number) => scroller.current?.querySelector(`mark[data-figure-id="${figureId}"]`)?.getBoundingClientRect() ?? null,
    [scroller],
  );

  const cancelHide = useCallback(() => {
    if (hideTimer.current !== null) window.clearTimeout(hideTimer.current);
    hideTimer.current = null;
  }, []);
  const scheduleHide = useCallback(() => {
    cancelHide();
    hideTimer.current = window.setTimeout(() => setHover(null), HIDE_DELAY);
  }, [cancelHide]);
  useEffect(() => cancelHide, [cancelHide]);

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

  const pinAt = useCallback(
    (figureId: number, inOther: boolean | null) => {
      const rect = markRect(figureId);
      setHover(null);
      setPinned(rect ? { figureId, rect, inOther } : null);
    },
    [markRect],
  );

  const figureFromEvent = (e: ReactMouseEvent) => {
    const mark = (e.target as HTMLElement).closest?.('mark.figure') as HTMLElement | null;
    return mark ? { mark, figure: byId.get(Number(mark.dataset.figureId)) ?? null } : null;
  };

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

  /** After a scroll: the hover card goes, the pinned one follows its figure or goes when it leaves the view. */
  const followScroll = useCallback(() => {
    setHover(null);
    setPinned((p) => {
      if (!p) return p;
      const rect = markRect(p.figureId);
      const box = scroller.current?.getBoundingClientRect();
      if (!rect || !box || rect.bottom < box.top || rect.top > box.bottom) return null;
      return { ...p, rect };
    });
  }, [markRect, scroller]);

  const clear = useCallback(() => {
    setPinned(null);
    setHover(null);
  }, []);

  return { hover, pinned, pinAt, unpin: () => setPinned(null), clear, figureFromEvent, onMouseOver, onMouseOut, cancelHide, scheduleHide, followScroll };
}
