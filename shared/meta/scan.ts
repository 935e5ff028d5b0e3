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

/** A gazetteer name or alias with what scan() asks of it, worked out once. */
interface Name {
  name: string;
  places: Place[];
  alias: boolean;
  /** 许昌市场 is 许昌 + 市场; 平安区域 is not 平安区 */
  notBefore: string;
  /** short names (忠县, 和县, 城区, 理县) count only at a word boundary or right after their parent */
  short: boolean;
  /** 东区, 城区…: right after their parent only */
  parentOnly: boolean;
}

// first character → second character → names starting with both, longest first (every name has two or more)
let nameIndex: Map<number, Map<number, Name[]>> | null = null;

function index(): Map<number, Map<number, Name[]>> {
  if (nameIndex) return nameIndex;
  const map = new Map<number, Map<number, Name[]>>();
  for (const name of new Set(allNames())) {
    const alias = byName(name).length === 0;
    const entry: Name = {
      name,
      places: alias ? byAlias(name) : byName(name),
      alias,
      notBefore: name.endsWith('市') ? '场' : name.endsWith('区') ? '域' : '',
      short: name.length <= 2,
      parentOnly: !alias && /^[东西南北中城郊矿]区$/.test(name),
    };
    const first = name.charCodeAt(0);
    const inner = map.get(first) ?? new Map<number, Name[]>();
    map.set(first, inner);
    const list = inner.get(name.charCodeAt(1)) ?? [];
    list.push(entry);
    inner.set(name.charCodeAt(1), list);
  }
  for (const inner of map.values()) for (const list of inner.values()) list.sort((a, b) => b.name.length - a.name.length);
  nameIndex = map;
  return map;
}

const BOUNDARY_BEFORE = /[\s\d,，。;；:：、()（）《》“”"'‘’「」【】[\]\-—年]|^$/;

export function scan(s: string): Hit[] {
  const hits: Hit[] = [];
  const idx = index();
  for (let i = 0; i < s.length; ) {
    const bucket = idx.get(s.charCodeAt(i))?.get(s.charCodeAt(i + 1));
    let matched: Name | null = null;
    if (bucket) {
      for (const entry of bucket) {
        const { name } = entry;
        if (!s.startsWith(name, i)) continue;
        if (entry.notBefore && s[i + name.length] === entry.notBefore) continue;
        if (entry.short) {
          const parentBefore = entry.places.some((p) => p.parents.some((q) => s.startsWith(q, i - q.length) && i >= q.length));
          if (!parentBefore && !BOUNDARY_BEFORE.test(s[i - 1] ?? '')) continue;
          if (entry.parentOnly && !parentBefore) continue;
        }
        matched = entry;
        break;
      }
    }
    if (matched) {
      hits.push({ name: matched.name, places: matched.places, index: i, alias: matched.alias });
      i += matched.name.length;
    } else i++;
  }
  return hits;
}
