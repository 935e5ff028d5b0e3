// A span flashed for a moment (where a jump landed); asking again restarts the animation.
import { useCallback, useEffect, useState } from 'react';
import type { Span } from './segments.ts';

export function useFlash() {
  const [flash, setFlash] = useState<(Span & { n: number }) | null>(null);
  const flashSpan = useCallback((span: Span) => setFlash((f) => ({ start: span.start, end: span.end, n: (f?.n ?? 0) + 1 })), []);
  useEffect(() => {
    if (!flash) return;
    const timer = window.setTimeout(() => setFlash(null), 1800);
    return () => window.clearTimeout(timer);
  }, [flash]);
  return { flash, flashSpan };
}
