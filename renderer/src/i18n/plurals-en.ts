// English singular forms (i18next picks `key_one` for a count of 1, else the key itself): "1 report", not "1 reports".
// Chinese has no plural forms, so these exist in English only.
export const enSingulars = {
  import: { duplicates_one: '{{count}} duplicate', figuresFound_one: '{{count}} figure' },
  library: { count_one: '{{count}} report', figures_one: '{{count}} figure', sameSlot_one: '{{count}} report for this region and year' },
  reader: { junkFolded_one: '{{count}} web-page block folded' },
  trends: { compare: { regionsInYear_one: '{{year}} ({{count}} region)' }, moreIndicators_one: '{{count}} more: type to filter' },
  shell: { palette: { more_one: '{{count}} more report holds “{{query}}”' } },
};

type Tree = { [key: string]: string | Tree };

/** `extra` merged into `base`, key by key (nested objects merged, not replaced). */
export function mergeStrings<T extends object>(base: T, extra: Tree): T {
  const out: Tree = { ...(base as Tree) };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeStrings(current, value) : value;
  }
  return out as T;
}
