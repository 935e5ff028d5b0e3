// Which place a report is about, in order: the title (deepest place named there: 江门市江海区 → 江海区); a
// stem at the start of the title (长沙2024年… → 长沙县 or 长沙市 by the text's clues); the body, scored by
// where and how often each full name occurs (opening, issuer, quoted document names 《许昌市…》, frequency,
// aliases like 星沙), how well its suffix fits the text's self-references (我县/全县 vs 我市 vs 我区/我旗)
// and how often its parents are named; finally the file name. Then a township (镇, 乡, 街道) named in the
// title, or as the subject of the opening of a text that calls itself 我镇/我街道, goes one level down.
// Department reports (县司法局) belong to the place in their name or their text.
//
// Never a guess: the body's best place is dropped (region unknown, null) when the text calls itself a kind
// of place the best one is not (我县, but only 南昌市 is named: the counties of 南昌市 are offered) or when
// it is named only once, in passing, deep in the body (offered as a candidate).
import { allPlaces, allTownships, byAlias, byName, byStem, findTowns, rankOf, toCandidate } from './gazetteer.ts';
import type { Place } from './gazetteer.ts';
import { prepare, scan } from './scan.ts';
import type { Hit } from './scan.ts';
import type { RegionCandidate } from './types.ts';

/** Scores within this share of the best are "equally good": the user is asked. */
export const AMBIGUITY_RATIO = 0.85;

interface Evidence {
  lead: number;
  quoted: number;
  body: number;
  issuer: number;
  alias: number;
}

const SELF: Array<{ suffix: string; re: RegExp }> = [
  { suffix: '县', re: /我县|本县|全县|县委|县政府|县人民政府|县人大/g },
  { suffix: '市', re: /我市|本市|全市|市委|市政府|市人民政府|市人大/g },
  { suffix: '区', re: /我区|本区|全区|区委|区政府|区人民政府|区人大/g },
  { suffix: '旗', re: /我旗|本旗|全旗|旗委|旗政府|旗人民政府/g },
  { suffix: '州', re: /我州|本州|全州|州委|州政府|州人民政府/g },
  { suffix: '盟', re: /我盟|本盟|全盟|盟委|盟行政公署/g },
  { suffix: '省', re: /我省|本省|全省|省委|省政府|省人民政府/g },
  { suffix: '镇', re: /我镇|本镇|全镇|镇党委|镇政府|镇人民政府|镇人大/g },
  { suffix: '乡', re: /我乡|本乡|全乡|乡党委|乡政府|乡人民政府|乡人大/g },
  { suffix: '街道', re: /我街道|本街道|全街道|街道党工委|街道办事处/g },
];

const SELF_SUFFIX = new Map(SELF.flatMap(({ suffix, re }) => re.source.split('|').map((word) => [word, suffix] as const)));
const SELF_ANY = new RegExp([...SELF_SUFFIX.keys()].join('|'), 'g');

const TOWN_SUFFIXES = ['镇', '乡', '街道'];
const COUNTY_SUFFIXES = ['县', '区', '市', '旗'];

/** How strongly the text speaks of itself as a 县, 市, 区 …: 我县/本县 count 3, 全县 0.5, 县委/县政府 0.3. */
function selfReference(s: string): Map<string, number> {
  // 依法治县, 各县(市、区), 各乡镇(街道), 镇街 name other places, not the report's own
  const clean = s
    .replace(/依法治[县市区省州旗盟]/g, '')
    .replace(/[县市区]\([市县区、]+\)/g, '')
    .replace(/乡镇|镇街|镇\(街道?\)|乡\(镇\)|\(镇\)|\(街道\)|街道\(乡镇\)/g, '');
  const out = new Map<string, number>(SELF.map(({ suffix }) => [suffix, 0]));
  // one pass for every level: no two levels' words overlap, so this finds what a pass per level finds
  for (const m of clean.matchAll(SELF_ANY)) {
    const t = m[0];
    const suffix = SELF_SUFFIX.get(t)!;
    out.set(suffix, out.get(suffix)! + (/^[我本]/.test(t) ? 3 : t.startsWith('全') ? 0.5 : 0.3));
  }
  return out;
}

function suffixOf(place: Place): string {
  const n = place.name;
  if (n.endsWith('街道')) return '街道';
  if (place.level === 'province') return n.endsWith('区') || n.endsWith('市') ? n.slice(-1) : '省';
  if (n.endsWith('地区')) return '地区';
  return n.slice(-1);
}

function selfShare(self: Map<string, number>, suffix: string): number {
  let total = 0;
  for (const v of self.values()) total += v;
  return total === 0 ? 0 : (self.get(suffix) ?? 0) / total;
}

function selfFit(place: Place, self: Map<string, number>): number {
  return selfShare(self, suffixOf(place));
}

interface Scored {
  place: Place;
  score: number;
  /** How often the text names this place's province and prefecture. */
  parents: number;
}

function hasSelf(self: Map<string, number>): boolean {
  for (const v of self.values()) if (v > 0) return true;
  return false;
}

function parentMentions(place: Place, body: string): number {
  let n = 0;
  for (const parent of place.parents) {
    const stem = byName(parent)[0]?.stem ?? parent;
    n += Math.min(countOf(body, parent) + (stem.length >= 2 && stem !== parent ? countOf(body, stem) * 0.5 : 0), 5);
  }
  return n;
}

function countOf(s: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = s.indexOf(needle); i !== -1; i = s.indexOf(needle, i + needle.length)) n++;
  return n;
}

/** Scores places by the body's clues (see the header of this file). */
function scorePlaces(places: Place[], ev: Map<string, Evidence>, self: Map<string, number>, body: string): Scored[] {
  const scored = places.map((place) => {
    const e = ev.get(place.code) ?? { lead: 0, quoted: 0, body: 0, issuer: 0, alias: 0 };
    const direct = 3 * e.lead + 2 * e.issuer + 1.5 * e.quoted + 0.5 * Math.min(e.body, 12) + 0.5 * Math.min(e.alias, 4);
    // a text that calls itself 我县 speaks of 南昌市 as its superior: names whose suffix the text never
    // uses for itself get half credit (no self-references at all: full credit for everyone)
    const fit = selfFit(place, self);
    const factor = hasSelf(self) ? 0.5 + fit : 1;
    const parents = parentMentions(place, body);
    const score = direct * factor + 6 * fit + 0.2 * parents;
    return { place, score, parents };
  });
  return scored.sort((a, b) => b.score - a.score || a.place.code.localeCompare(b.place.code));
}

export interface RegionResult {
  place: Place | null;
  candidates: RegionCandidate[];
}

/** Best guess plus the places that fit nearly as well. With `named` (the places come from the title or
 *  the file name, so one of them is meant) a list without any clue still yields candidates, the
 *  higher level first (a bare 长沙 more often means the city). */
function decide(scored: Scored[], named = false): RegionResult {
  if (named && scored.length > 1 && scored.every((s) => s.score <= 0)) {
    const byLevel = [...scored].sort((a, b) => rankOf(a.place) - rankOf(b.place) || a.place.code.localeCompare(b.place.code));
    return { place: byLevel[0]!.place, candidates: byLevel.map((s) => toCandidate(s.place)) };
  }
  const top = scored[0];
  if (!top || top.score <= 0) return named && top ? { place: top.place, candidates: [] } : { place: null, candidates: [] };
  // same-named places (铁东区 in 鞍山市 and in 四平市) share all direct evidence: only the parents the
  // text names tell them apart, so one is dropped when the best names more of its parents
  const close = scored.filter(
    (s) => s === top || (s.score >= top.score * AMBIGUITY_RATIO && !(s.place.name === top.place.name && top.parents > s.parents)),
  );
  return { place: top.place, candidates: close.length > 1 ? close.map((s) => toCandidate(s.place)) : [] };
}

function deepest(hits: Hit[]): Hit | null {
  let best: Hit | null = null;
  for (const h of hits) {
    if (h.alias) continue;
    const rank = Math.max(...h.places.map(rankOf));
    const bestRank = best ? Math.max(...best.places.map(rankOf)) : -1;
    if (rank > bestRank) best = h;
  }
  return best;
}

/** Among same-named places, keep those whose parents the title (or a neighbour hit) names. */
function consistent(places: Place[], hits: Hit[]): Place[] {
  if (places.length <= 1) return places;
  const named = new Set(hits.flatMap((h) => h.places.map((p) => p.code)));
  const keep = places.filter((p) => p.parentCodes.some((c) => named.has(c)));
  return keep.length ? keep : places;
}

export function detectRegion(
  title: string | null,
  lead: string,
  body: string,
  issuerText: string,
  fileName: string | undefined,
): RegionResult {
  const self = selfReference(body);

  // evidence from the body for every place named there
  const ev = new Map<string, Evidence>();
  const known = new Map<string, Place>();
  const bump = (places: Place[], key: keyof Evidence) => {
    for (const p of places) {
      known.set(p.code, p);
      const e = ev.get(p.code) ?? { lead: 0, quoted: 0, body: 0, issuer: 0, alias: 0 };
      e[key]++;
      ev.set(p.code, e);
    }
  };
  const quotedStarts = new Set<number>();
  for (const m of body.matchAll(/《(?:中共)?/g)) quotedStarts.add(m.index! + m[0].length);
  const bodyHits = scan(body);
  for (const h of bodyHits) {
    if (h.alias) bump(h.places, 'alias');
    else {
      bump(h.places, 'body');
      if (quotedStarts.has(h.index)) bump(h.places, 'quoted');
    }
  }
  for (const h of scan(lead)) if (!h.alias) bump(h.places, 'lead');
  for (const h of scan(issuerText)) if (!h.alias) bump(h.places, 'issuer');

  const withEvidence = (places: Place[]) => scorePlaces(places, ev, self, body);
  const result = countyLevel(title, fileName, self, known, ev, withEvidence);
  return townshipRegion(title, lead, issuerText, self, result, known, ev) ?? result;
}

/** The title, a stem at its start, the body, the file name: down to county level. */
function countyLevel(
  title: string | null,
  fileName: string | undefined,
  self: Map<string, number>,
  known: Map<string, Place>,
  ev: Map<string, Evidence>,
  withEvidence: (places: Place[]) => Scored[],
): RegionResult {
  // 1. the title
  if (title) {
    const hits = scan(title).filter((h) => !h.alias);
    const best = deepest(hits);
    if (best) {
      const places = consistent(best.places, hits);
      if (places.length === 1) return { place: branchOf(places[0]!, title) ?? places[0]!, candidates: [] };
      return decide(withEvidence(places), true);
    }
    // 2. a bare stem at the start of the title: 长沙2024年…, 关于铁岭2023年…
    const start = title.replace(/^(?:关于|中共)/, '');
    for (let len = 4; len >= 2; len--) {
      const stem = start.slice(0, len);
      const places = [...byStem(stem), ...byAlias(stem)];
      // only a stem followed by a year or an organ (长沙2024年…, 长沙人民政府…): 平安建设… is not 平安区
      if (places.length && /^(?:\d{4}|人民政府|政府|司法局|统计局)/.test(start.slice(len))) {
        return decide(withEvidence(places), true);
      }
    }
  }

  // 3. the body (lead sentence, quoted names, issuer, frequency, aliases, self-references)
  let places = [...known.values()];
  const provinceSelf = selfShare(self, '省') >= 0.5;
  const nonProvince = places.filter((p) => p.level !== 'province');
  if (!provinceSelf && nonProvince.length) places = nonProvince;
  let unknown: RegionResult | null = null;
  if (places.length) {
    const result = decide(withEvidence(places));
    if (result.place && speaksAsOther(result.place, self, ev)) unknown = { place: null, candidates: childrenFitting(result.place, self) };
    else if (result.place && mentionedInPassing(result.place, ev)) {
      // one mention deep in the body (学习某县经验) says nothing about the report's own place: offer, do not guess
      unknown = { place: null, candidates: (result.candidates.length ? result.candidates : [toCandidate(result.place)]).slice(0, 12) };
    } else if (result.place) return result;
  }

  // 4. the file name
  if (fileName) {
    const name = prepare(fileName.replace(/\.[A-Za-z0-9]+$/, ''));
    const hits = scan(name).filter((h) => !h.alias);
    const best = deepest(hits);
    if (best) {
      const ps = consistent(best.places, hits);
      return ps.length === 1 ? { place: ps[0]!, candidates: [] } : decide(withEvidence(ps), true);
    }
    for (let len = 4; len >= 2; len--) {
      const ps = byStem(name.slice(0, len));
      if (ps.length && /^(?:[\s_-]*\d{4}|人民政府|政府|司法局|统计局|法治)/.test(name.slice(len))) return decide(withEvidence(ps), true);
    }
  }
  return unknown ?? { place: null, candidates: [] };
}

function selfWeight(self: Map<string, number>, suffixes: readonly string[]): number {
  return suffixes.reduce((sum, k) => sum + (self.get(k) ?? 0), 0);
}

function strongestSuffix(self: Map<string, number>): string {
  let strongest = '';
  let weight = 0;
  for (const [suffix, w] of self) if (w > weight) [strongest, weight] = [suffix, w];
  return strongest;
}

/** A city department's branch named after one of its districts or counties: 某市生态环境局江海分局 → 江海区. */
function branchOf(place: Place, title: string): Place | null {
  if (rankOf(place) !== 1) return null;
  const m = /([\u4e00-\u9fff]{2,8})分局/.exec(title);
  if (!m) return null;
  const children = allPlaces().filter((p) => p.parentCodes[p.parentCodes.length - 1] === place.code);
  return children.find((p) => m[1]!.endsWith(p.stem) || m[1]!.endsWith(p.name)) ?? null;
}

/** The text calls itself 我县 (or 我区 …) and the best place is of another kind, never the subject of its
 *  opening: it is the superior the report names (在南昌市委的领导下), not the report's region. */
function speaksAsOther(place: Place, self: Map<string, number>, ev: Map<string, Evidence>): boolean {
  const strongest = strongestSuffix(self);
  if ((self.get(strongest) ?? 0) < 3 || selfShare(self, strongest) < 0.6) return false;
  if (selfFit(place, self) > 0.2) return false;
  return (ev.get(place.code)?.lead ?? 0) === 0 || rankOf(place) < 2;
}

/** Named once in the body, nowhere else (not in the opening, as issuer, in a quoted name, by alias). */
function mentionedInPassing(place: Place, ev: Map<string, Evidence>): boolean {
  const e = ev.get(place.code);
  return !e || (e.lead === 0 && e.issuer === 0 && e.quoted === 0 && e.alias === 0 && e.body <= 1);
}

/** The places under `parent` of the kind the text calls itself, when few enough to offer. */
function childrenFitting(parent: Place, self: Map<string, number>): RegionCandidate[] {
  const fitting = allPlaces().filter((p) => p.parentCodes[p.parentCodes.length - 1] === parent.code && selfFit(p, self) >= 0.6);
  return fitting.length <= 12 ? fitting.map(toCandidate) : [];
}

/** A township named in the title, or as the subject of the opening (or as issuer) of a text that speaks
 *  of itself as 镇, 乡 or 街道; same-named townships are told apart by the places the text names. */
function townshipRegion(
  title: string | null,
  lead: string,
  issuerText: string,
  self: Map<string, number>,
  result: RegionResult,
  known: Map<string, Place>,
  ev: Map<string, Evidence>,
): RegionResult | null {
  const speaksAsTown = selfWeight(self, TOWN_SUFFIXES) > 0 && selfWeight(self, TOWN_SUFFIXES) >= selfWeight(self, COUNTY_SUFFIXES);
  const hits = [
    ...(title ? findTowns(title) : []),
    ...findTowns(lead.slice(0, 80)).filter((h) => speaksAsTown || h.index <= 16),
    ...(speaksAsTown ? findTowns(issuerText) : []),
  ];
  const hit = hits[0];
  if (!hit) {
    // 我镇 throughout, but no township named: the county is its superior, not its region
    const county = result.place;
    if (!county || rankOf(county) !== 2 || selfWeight(self, TOWN_SUFFIXES) < 3 || selfShare(self, strongestSuffix(self)) < 0.6) return null;
    if (!TOWN_SUFFIXES.includes(strongestSuffix(self))) return null;
    const towns = [...allTownships()].filter((t) => t.parentCodes[t.parentCodes.length - 1] === county.code);
    return { place: null, candidates: towns.length <= 12 ? towns.map(toCandidate) : [] };
  }
  const anchor = result.place && rankOf(result.place) <= 2 ? result.place : null;
  let towns = hit.places;
  if (anchor) {
    const under = towns.filter((t) => t.parentCodes.includes(anchor.code));
    // a county named in the title or opening that holds no township of this name: keep the county
    if (under.length === 0 && ((ev.get(anchor.code)?.lead ?? 0) > 0 || (title !== null && title.includes(anchor.name)))) return null;
    if (under.length) towns = under;
  }
  if (towns.length > 1) {
    // the places the text names, deepest first: a township under a named county beats one under a named province
    const depth = (t: Place) => Math.max(-1, ...t.parentCodes.map((c, i) => (known.has(c) ? i : -1)));
    const best = Math.max(...towns.map(depth));
    if (best >= 0) towns = towns.filter((t) => depth(t) === best);
  }
  return { place: towns[0]!, candidates: towns.length > 1 ? towns.slice(0, 12).map(toCandidate) : [] };
}
