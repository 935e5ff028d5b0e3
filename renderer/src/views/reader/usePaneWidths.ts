// The panes' shares of the reader's width, changed by dragging the splitters between them.
import { useCallback, useRef, useState } from 'react';

export function usePaneWidths(panes: readonly number[], width: number, minPane: number) {
  const [shares, setShares] = useState<ReadonlyMap<number, number>>(new Map());
  const start = useRef<ReadonlyMap<number, number>>(new Map());
  const shareOf = useCallback((id: number) => shares.get(id) ?? 1, [shares]);

  const begin = useCallback(() => {
    start.current = new Map(panes.map((id) => [id, shares.get(id) ?? 1]));
  }, [panes, shares]);

  /** Moves the divider after pane index i by dx pixels, keeping both neighbours at least minPane wide. */
  const drag = useCallback(
    (i: number, dx: number) => {
      const left = panes[i];
      const right = panes[i + 1];
      if (left === undefined || right === undefined || width <= 0) return;
      const total = panes.reduce((sum, id) => sum + (start.current.get(id) ?? 1), 0);
      const px = width / total;
      const a = (start.current.get(left) ?? 1) * px;
      const b = (start.current.get(right) ?? 1) * px;
      const moved = Math.max(minPane - a, Math.min(b - minPane, dx));
      setShares((m) => new Map(m).set(left, (a + moved) / px).set(right, (b - moved) / px));
    },
    [panes, width, minPane],
  );

  const reset = useCallback(() => setShares(new Map()), []);
  return { shareOf, begin, drag, reset };
}
