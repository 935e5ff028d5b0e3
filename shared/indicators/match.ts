// Maps an indicator phrase from a report (收到行政复议案件, 全市各级行政复议机关受理案件, 新收复议申请) to
// one canonical indicator of dictionary.json, so that figures from different reports that count the same
// thing share an id. Phrases are folded (traditional → simplified) before matching.
import { z } from 'zod';
import { foldText } from '../figures/fold.ts';
import { unitKindOf, type UnitKind } from '../figures/units.ts';
import dictionaryJson from './dictionary.json' with { type: 'json' };

const UNIT_KINDS = ['count', 'money', 'percent', 'duration', 'measure'] as const;
export type IndicatorUnitKind = (typeof UNIT_KINDS)[number];

const PatternSchema = z.object({
  all: z.array(z.string().min(1)).min(1),
  any: z.array(z.string().min(1)).optional(),
  none: z.array(z.string().min(1)).optional(),
});

const EntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  name: z.string().min(1),
  nameEn: z.string().min(1),
  unitKind: z.enum(UNIT_KINDS),
  /** What the entry's own figures measure: a level (counts, money) or a share (rates); growth is the figure's. */
  measure: z.enum(['level', 'share']),
  /** Counting words the entry's figures take (人次 for attendance, 次/期 for sessions); any of its kind when absent. */
  units: z.array(z.string().min(1)).optional(),
  group: z.string(),
  definition: z.string(),
  synonyms: z.array(z.string().min(1)),
  patterns: z.array(PatternSchema),
  exclude: z.array(z.string().min(1)).optional(),
});

export const DictionarySchema = z.object({
  version: z.string().min(1),
  about: z.string(),
  sources: z.array(z.string()),
  indicators: z.array(EntrySchema).min(1),
});

export type IndicatorEntry = z.infer<typeof EntrySchema>;

const dictionary = DictionarySchema.parse(dictionaryJson);

export const DICTIONARY_VERSION: string = dictionary.version;

export interface IndicatorSummary {
  id: string;
  name: string;
  nameEn: string;
  unitKind: IndicatorUnitKind;
}

/** The dictionary entries, in dictionary order, for pickers. */
export function listIndicators(): IndicatorSummary[] {
  return dictionary.indicators.map((e) => ({ id: e.id, name: e.name, nameEn: e.nameEn, unitKind: e.unitKind }));
}

const IGNORED = /[\s“”‘’"'《》〈〉「」『』【】]/g;

function normalise(phrase: string): string {
  return foldText(phrase).replace(IGNORED, '');
}

// Each word the dictionary looks for gets a number; a phrase is walked once through a trie of all words,
// stamping the numbers of the words it contains, and only entries triggered by a stamped synonym or a
// pattern's first word are scored. Stamps (a call counter) avoid clearing arrays between calls.
const wordIds = new Map<string, number>();
const wordLength: number[] = [];
function idOf(word: string): number {
  const w = normalise(word);
  let id = wordIds.get(w);
  if (id === undefined) {
    id = wordLength.length;
    wordIds.set(w, id);
    wordLength.push(w.length);
  }
  return id;
}

interface CompiledPattern {
  all: number[];
  any: number[] | null;
  none: number[] | null;
  weight: number;
}

interface CompiledEntry {
  entry: IndicatorEntry;
  order: number;
  /** Synonyms (and the name), longest first. */
  synonyms: number[];
  patterns: CompiledPattern[];
  exclude: number[];
}

const compiled: CompiledEntry[] = dictionary.indicators.map((entry, order) => ({
  entry,
  order,
  synonyms: [entry.name, ...entry.synonyms].sort((a, b) => b.length - a.length).map(idOf),
  patterns: entry.patterns.map((p) => ({
    all: p.all.map(idOf),
    any: p.any ? p.any.map(idOf) : null,
    none: p.none ? p.none.map(idOf) : null,
    weight: 10 + p.all.reduce((n, w) => n + normalise(w).length, 0),
  })),
  exclude: (entry.exclude ?? []).map(idOf),
}));

interface TrieNode {
  next: Map<number, TrieNode>;
  word: number;
}
const trie: TrieNode = { next: new Map(), word: -1 };
for (const [w, id] of wordIds) {
  let node = trie;
  for (let k = 0; k < w.length; k++) {
    const ch = w.charCodeAt(k);
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map(), word: -1 };
      node.next.set(ch, child);
    }
    node = child;
  }
  node.word = id;
}

const triggered: number[][] = wordLength.map(() => []);
for (const c of compiled) {
  for (const t of new Set([...c.synonyms, ...c.patterns.map((p) => p.all[0]!)])) triggered[t]!.push(c.order);
}

const presentStamp = new Int32Array(wordLength.length);
const seenStamp = new Int32Array(compiled.length);
let stamp = 0;

function isPresent(id: number): boolean {
  return presentStamp[id] === stamp;
}

function unitFits(entryKind: IndicatorUnitKind, kind: UnitKind | null): boolean {
  // 倍, '' and units the table does not know say nothing about what is measured.
  return kind === null || kind === 'other' || kind === entryKind;
}

function score(c: CompiledEntry): number {
  for (const w of c.exclude) if (isPresent(w)) return 0;
  let best = 0;
  for (const s of c.synonyms) {
    if (isPresent(s)) {
      best = 100 + wordLength[s]! * 2;
      break;
    }
  }
  for (const p of c.patterns) {
    if (!p.all.every(isPresent)) continue;
    if (p.none && p.none.some(isPresent)) continue;
    let s = p.weight;
    if (p.any) {
      let longest = 0;
      for (const w of p.any) if (isPresent(w) && wordLength[w]! > longest) longest = wordLength[w]!;
      if (longest === 0) continue;
      s += longest;
    }
    if (s > best) best = s;
  }
  return best;
}

/**
 * The canonical indicator a phrase names, or null. `unit` is the figure's normalised unit ('' when the
 * unit says nothing, as for change figures): an entry whose unit kind does not fit is not chosen, so
 * 行政复议案件 with 件 and 行政复议纠错率 with % go to different entries.
 */
export function matchIndicator(phrase: string, unit: string): { id: string; name: string } | null {
  return matchFoldedPhrase(normalise(phrase), unit);
}

/** matchIndicator for a phrase already folded (extract.ts takes phrases from folded text). */
export function matchFoldedPhrase(phrase: string, unit: string): { id: string; name: string } | null {
  const p = /[\s“”‘’"'《》〈〉「」『』【】]/.test(phrase) ? phrase.replace(IGNORED, '') : phrase;
  if (p.length === 0) return null;
  const kind = unit === '' ? null : unitKindOf(unit);
  // A name ending in 率 is a rate whatever the unit says.
  const rateName = p.endsWith('率');
  stamp++;
  const hits: number[] = [];
  for (let i = 0; i < p.length; i++) {
    let node: TrieNode | undefined = trie;
    for (let j = i; j < p.length; j++) {
      node = node.next.get(p.charCodeAt(j));
      if (!node) break;
      if (node.word >= 0 && presentStamp[node.word] !== stamp) {
        presentStamp[node.word] = stamp;
        hits.push(node.word);
      }
    }
  }
  let best: CompiledEntry | null = null;
  let bestScore = 0;
  for (const w of hits) {
    for (const order of triggered[w]!) {
      if (seenStamp[order] === stamp) continue;
      seenStamp[order] = stamp;
      const c = compiled[order]!;
      if (!unitFits(c.entry.unitKind, kind) || (rateName && c.entry.unitKind !== 'percent')) continue;
      if (c.entry.units && unit !== '' && !c.entry.units.includes(unit)) continue;
      const s = score(c);
      // Ties go to the entry that comes first in the dictionary.
      if (s > bestScore || (s === bestScore && s > 0 && best !== null && c.order < best.order)) {
        best = c;
        bestScore = s;
      }
    }
  }
  return best ? { id: best.entry.id, name: best.entry.name } : null;
}
