// Find across all panes: the query, its hits in each pane, the current hit, and stepping through them all.
import { useCallback, useMemo, useState } from 'react';
import { findMatches } from './find.ts';
import type { ReaderModel } from './model.ts';
import type { Span } from './segments.ts';

export interface FindState {
  open: boolean;
  query: string;
  index: number;
  /** Changes each time find is asked for, so the box takes focus again. */
  nonce: number;
}

export function useFind(panes: readonly number[], models: ReadonlyMap<number, ReaderModel>) {
  const [find, setFind] = useState<FindState>({ open: false, query: '', index: 0, nonce: 0 });
  const hits = useMemo(() => {
    const out = new Map<number, Span[]>();
    if (!find.open || !find.query.trim()) return out;
    for (const [id, model] of models) out.set(id, findMatches(model.folded, find.query, model.searchable));
    return out;
  }, [find.open, find.query, models]);
  const allHits = useMemo(() => panes.flatMap((id) => (hits.get(id) ?? []).map((span) => ({ id, span }))), [panes, hits]);
  const currentHit = allHits.length ? allHits[Math.min(find.index, allHits.length - 1)]! : null;

  const step = useCallback(
    (direction: 1 | -1) => {
      if (!allHits.length) return;
      setFind((f) => ({ ...f, index: (Math.min(f.index, allHits.length - 1) + direction + allHits.length) % allHits.length }));
    },
    [allHits.length],
  );
  const openFind = useCallback(() => setFind((f) => ({ ...f, open: true, nonce: f.nonce + 1 })), []);
  const closeFind = useCallback(() => setFind((f) => ({ ...f, open: false })), []);
  const setQuery = useCallback((query: string) => setFind((f) => ({ ...f, query, index: 0 })), []);

  return { find, hits, allHits, currentHit, step, openFind, closeFind, setQuery };
}
