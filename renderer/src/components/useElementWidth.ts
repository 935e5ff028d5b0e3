// The width of an element, kept current by a ResizeObserver. `attachKey` changes when the element itself is
// replaced (a different node under the same ref), so the observer moves to the new one. A hidden element (its tab
// not shown) measures 0: the last width is kept, so that hiding and showing a tab does not lay its content out twice.
import { useLayoutEffect, useState, type RefObject } from 'react';

export function useElementWidth(ref: RefObject<HTMLElement | null>, attachKey: unknown = null): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([e]) => {
      const next = e!.contentRect.width;
      if (next > 0) setWidth(next);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, attachKey]);
  return width;
}
