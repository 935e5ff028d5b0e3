// Loads each open pane's report and figures (one reader.open call); forgets a report when its pane closes.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { useApi } from '../../api/context.tsx';
import type { PaneEntry } from './model.ts';

export function usePaneEntries(panes: readonly number[]) {
  const api = useApi();
  const [entries, setEntries] = useState<ReadonlyMap<number, PaneEntry>>(new Map());
  const loading = useRef(new Set<number>());

  const load = useCallback(
    (id: number) => {
      loading.current.add(id);
      setEntries((m) => new Map(m).set(id, { status: 'loading' }));
      api['reader.open']({ id }).then(
        ({ report, figures, figuresUntil }) => {
          if (!loading.current.delete(id)) return;
          const pending = figuresUntil < report.text.length;
          setEntries((m) => new Map(m).set(id, { status: 'ready', report, figures, figuresPending: pending }));
          if (pending) {
            api['reader.figures']({ id, from: figuresUntil }).then(
              (rest) => setEntries((m) => {
                const entry = m.get(id);
                // a review in the meantime brought the whole list already
                if (entry?.status !== 'ready' || entry.report !== report || !entry.figuresPending) return m;
                return new Map(m).set(id, { ...entry, figures: [...entry.figures, ...rest], figuresPending: false });
              }),
              () => setEntries((m) => {
                const entry = m.get(id);
                return entry?.status === 'ready' && entry.report === report ? new Map(m).set(id, { ...entry, figuresPending: false }) : m;
              }),
            );
          }
        },
        (e: Error) => {
          if (loading.current.delete(id)) setEntries((m) => new Map(m).set(id, { status: 'error', message: e.message }));
        },
      );
    },
    [api],
  );

  useEffect(() => {
    for (const id of panes) if (!entries.has(id) && !loading.current.has(id)) load(id);
    const gone = [...entries.keys()].filter((id) => !panes.includes(id));
    if (gone.length) {
      for (const id of gone) loading.current.delete(id);
      setEntries((m) => new Map([...m].filter(([id]) => panes.includes(id))));
    }
  }, [panes, entries, load]);

  const setFigures = useCallback((id: number, figures: ReviewedFigure[]) => {
    setEntries((m) => {
      const entry = m.get(id);
      return entry?.status === 'ready' ? new Map(m).set(id, { ...entry, figures, figuresPending: false }) : m;
    });
  }, []);

  return { entries, reload: load, setFigures };
}
