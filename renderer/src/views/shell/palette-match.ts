// How well the palette's items fit what is typed, by cmdk's scoring (letters in order, word starts first). The
// palette ranks items and groups itself, so that reports the whole library found sit beside the window's own items.
import { defaultFilter } from 'cmdk';

export interface Ranked<T> {
  item: T;
  /** 0 when the item's words do not fit at all; every item fits an empty query. */
  score: number;
}

/** The items best first, stable among equals; with `fittingOnly`, without those that do not fit. */
export function rankItems<T>(items: readonly T[], words: (item: T) => string, query: string, fittingOnly: boolean): Array<Ranked<T>> {
  return items
    .map((item, index) => ({ item, index, score: query ? defaultFilter(words(item), query) : 1 }))
    .filter((m) => !fittingOnly || m.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ item, score }) => ({ item, score }));
}
