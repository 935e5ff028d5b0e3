// Synchronised scrolling: a pane scrolled by the user drives the others through content anchors. Programmatic
// scrolls are remembered so they do not drive the other panes in turn.
import { useCallback, useRef, type RefObject } from 'react';
import type { ReaderModel } from './model.ts';
import type { PaneHandle } from './ReaderPane.tsx';
import { buildAnchors, mapPosition, type Anchor } from './sync.ts';

/** Where on screen the panes are kept aligned: a third of the way down. */
const SYNC_LINE = 0.35;

export function useSyncScroll(panes: readonly number[], models: ReadonlyMap<number, ReaderModel>, handles: RefObject<Map<number, PaneHandle>>, on: boolean) {
  const quiet = useRef(new Map<number, number>());
  const quietScroll = useCallback(
    (id: number, top: number) => {
      const el = handles.current.get(id)?.scroller();
      if (!el) return;
      const target = Math.round(Math.max(0, Math.min(top, el.scrollHeight - el.clientHeight)));
      if (Math.abs(el.scrollTop - target) < 1) return;
      quiet.current.set(id, target);
      el.scrollTop = target;
    },
    [handles],
  );

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
    [panes, models, handles, anchorsFor, quietScroll],
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
      if (!on || panes.length < 2 || frames.current.has(id)) return;
      frames.current.set(
        id,
        requestAnimationFrame(() => {
          frames.current.delete(id);
          syncFrom(id);
        }),
      );
    },
    [on, panes.length, handles, syncFrom],
  );

  return { quietScroll, onPaneScroll };
}
