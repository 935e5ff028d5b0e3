// What's new: when the same region's reports of consecutive years are open, the newer one's new wording is marked.
import { useMemo } from 'react';
import { compareTexts } from '../../../../shared/text/compare.ts';
import type { ReaderModel } from './model.ts';
import type { Decoration } from './segments.ts';

export function useWhatsNew(panes: readonly number[], models: ReadonlyMap<number, ReaderModel>, on: boolean) {
  const pair = useMemo(() => {
    const ready = panes.map((id) => models.get(id)).filter((m): m is ReaderModel => m !== undefined);
    const key = (m: ReaderModel) => m.report.regionCode ?? m.report.region;
    for (const newer of ready) {
      const older = ready.find((o) => o !== newer && newer.report.year !== null && o.report.year === newer.report.year - 1 && key(o) !== null && key(o) === key(newer));
      if (older) return { older, newer };
    }
    return null;
  }, [panes, models]);
  const novelty = useMemo(() => {
    if (!pair || !on) return new Map<number, Decoration[]>();
    const { older, newer } = pair;
    const result = compareTexts(older.report.text, newer.report.text, { previousSkip: older.report.junk, currentSkip: newer.report.junk });
    // only the newer report is marked: grey in the older one would read as "old" rather than "kept next year"
    return new Map<number, Decoration[]>([
      [newer.report.id, result.current.map((s) => ({ start: s.start, end: s.end, className: s.status === 'new' ? 'novel-new' : 'novel-repeated' }))],
    ]);
  }, [pair, on]);
  return { pair, novelty };
}
