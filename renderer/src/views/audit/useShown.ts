// Counts the times a view comes into sight, so what it shows is recomputed after the library changed elsewhere.
import { useEffect, useState, type RefObject } from 'react';

export function useShown(ref: RefObject<HTMLElement | null>): number {
  const [shown, setShown] = useState(0);
  useEffect(() => {
    const node = ref.current;
    if (!node) return;
    let visible = node.offsetParent !== null;
    const observer = new ResizeObserver(() => {
      const now = node.offsetParent !== null;
      if (now && !visible) setShown((n) => n + 1);
      visible = now;
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return shown;
}
