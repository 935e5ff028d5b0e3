// A region the user picked: its level and parents come from the gazetteer when the code is known.
import { allPlaces, allTownships, byCode, byName, toCandidate } from '../shared/meta/gazetteer.ts';
import type { RegionCandidate, RegionLevel } from '../shared/meta/types.ts';

export function resolveRegion(name: string, code: string | null): { name: string; code: string | null; level: RegionLevel | null; parents: string[] } {
  const place = code ? byCode(code) : byName(name).length === 1 ? byName(name)[0]! : null;
  if (!place) return { name, code, level: null, parents: [] };
  return { name: place.name, code: place.code, level: place.level, parents: place.parents };
}

/** Places whose name holds the query, prefecture and county names first, for the correction picker. */
export function searchRegions(query: string, limit = 20): RegionCandidate[] {
  const q = query.trim();
  if (!q) return [];
  const found = allPlaces().filter((p) => p.name.includes(q) || p.parents.some((parent) => `${parent}${p.name}`.includes(q)));
  // townships (40,000 of them) only when the places above leave room
  if (found.length < limit) for (const t of allTownships()) if (t.name.includes(q) || `${t.parents[t.parents.length - 1]}${t.name}`.includes(q)) found.push(t);
  found.sort((a, b) => Number(b.name.startsWith(q)) - Number(a.name.startsWith(q)) || a.name.length - b.name.length || a.code.localeCompare(b.code));
  return found.slice(0, limit).map(toCandidate);
}
