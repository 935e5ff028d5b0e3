// The detection copy of a text and the place names in it: prepare() converts what reports vary in (script,
// pinyin, full-width forms, Chinese-numeral years), scan() finds every gazetteer name and alias, longest first.
import { arabicYears } from './dates.ts';
import { allNames, byAlias, byName } from './gazetteer.ts';
import type { Place } from './gazetteer.ts';
import { forDetection } from '../text/script.ts';

export function prepare(text: string): string {
  return arabicYears(forDetection(text).normalize('NFKC'));
}

export function squeeze(s: string): string {
  return s.replace(/[\s\u3000\u00a0\u200b]+/g, '');
}

/** Collapse whitespace for display: none between CJK characters, one space elsewhere. */
export function tidy(s: string): string {
  return s
    .trim()
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .replace(/(?<=[\u0080-\uffff]) (?=[\u0080-\uffff])/g, '');
}

export interface Hit {
  name: string;
  places: Place[];
  index: number;
  alias: boolean;
}

// first character → second character → names starting with both, longest first (every name has two or more)
let nameIndex: Map<number, Map<number, string[]>> | null = null;

function index(): Map<number, Map<number, string[]>> {
  if (nameIndex) return nameIndex;
  const map = new Map<number, Map<number, string[]>>();
  for (const name of new Set(allNames())) {
    const first = name.charCodeAt(0);
    const second = name.charCodeAt(1);
    const inner = map.get(first) ?? new Map<number, string[]>();
    map.set(first, inner);
    const list = inner.get(second) ?? [];
    list.push(name);
    inner.set(second, list);
  }
  for (const inner of map.values()) for (const list of inner.values()) list.sort((a, b) => b.length - a.length);
  nameIndex = map;
  return map;
}

const BOUNDARY_BEFORE = /[\s\d,，。;；:：、()（）《》“”"'‘’「」【】[\]\-—年]|^$/;

export function scan(s: string): Hit[] {
  const hits: Hit[] = [];
  const idx = index();
  for (let i = 0; i < s.length; ) {
    const bucket = idx.get(s.charCodeAt(i))?.get(s.charCodeAt(i + 1));
    let matched: Hit | null = null;
    if (bucket) {
      for (const name of bucket) {
        if (!s.startsWith(name, i)) continue;
        const next = s[i + name.length] ?? '';
        const alias = byName(name).length === 0;
        const places = alias ? byAlias(name) : byName(name);
        // 许昌市场 is 许昌 + 市场; 平安区域 is not 平安区
        if (/市$/.test(name) && next === '场') continue;
        if (/区$/.test(name) && next === '域') continue;
        // short names (忠县, 和县, 城区, 理县) only at a word boundary or right after their parent
        if (name.length <= 2) {
          const before = s[i - 1] ?? '';
          const parentBefore = places.some((p) => p.parents.some((q) => s.slice(0, i).endsWith(q)));
          if (!parentBefore && !BOUNDARY_BEFORE.test(before)) continue;
          if (!alias && /^[东西南北中城郊矿]区$/.test(name) && !parentBefore) continue;
        }
        matched = { name, places, index: i, alias };
        break;
      }
    }
    if (matched) {
      hits.push(matched);
      i += matched.name.length;
    } else i++;
  }
  return hits;
}
