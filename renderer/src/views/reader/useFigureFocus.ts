// The figure the user is on (stepped to with N/P, clicked or picked in the panel), and finding a figure of an
// indicator for the other panes.
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { similarity } from '../../../../shared/text/compare.ts';
import { indicatorKey } from './figure-format.ts';
import type { ReaderModel } from './model.ts';
import type { TextLayout } from './useTextLayout.ts';

export function useFigureFocus(model: ReaderModel, layout: TextLayout, scroller: RefObject<HTMLDivElement | null>, flash: (f: ReviewedFigure) => void, pin: (f: ReviewedFigure) => void) {
  const [activeFigureId, setActiveState] = useState<number | null>(null);
  // keys can arrive faster than renders: stepping reads the latest figure from a ref
  const activeRef = useRef<number | null>(null);
  const setActiveFigureId = useCallback((figureId: number | null) => {
    activeRef.current = figureId;
    setActiveState(figureId);
  }, []);

  const { yOf, scrollTo } = layout;
  const jumpTo = useCallback(
    (figure: ReviewedFigure) => {
      setActiveFigureId(figure.id);
      scrollTo(figure, 'center');
      flash(figure);
    },
    [setActiveFigureId, scrollTo, flash],
  );

  const stepFigure = useCallback(
    (direction: 1 | -1) => {
      const figures = model.visible;
      if (figures.length === 0 || !scroller.current) return;
      const current = activeRef.current;
      let index = current === null ? -1 : figures.findIndex((f) => f.id === current);
      if (index === -1) {
        const top = scroller.current.scrollTop;
        const firstBelow = firstAtOrBelow(figures, (f) => yOf(f.start) ?? 0, top);
        index = direction === 1 ? (firstBelow === -1 ? figures.length - 1 : firstBelow) : Math.max(0, (firstBelow === -1 ? figures.length : firstBelow) - 1);
      } else index = Math.min(figures.length - 1, Math.max(0, index + direction));
      const figure = figures[index]!;
      // set now, not in the frame below, so a second key in the same frame steps on from here
      jumpTo(figure);
      requestAnimationFrame(() => requestAnimationFrame(() => pin(figure)));
    },
    [model, scroller, yOf, jumpTo, pin],
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

  return { activeFigureId, setActiveFigureId, jumpTo, stepFigure, figureOf };
}

/** Index of the first figure whose y is at or below top (figures are in text order, so y grows): binary search. */
function firstAtOrBelow(figures: readonly ReviewedFigure[], y: (f: ReviewedFigure) => number, top: number): number {
  let lo = 0;
  let hi = figures.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (y(figures[mid]!) >= top) hi = mid;
    else lo = mid + 1;
  }
  return lo === figures.length ? -1 : lo;
}
