// A region the user picked: its level and parents come from the gazetteer when the code is known.
import { byCode, byName } from '../shared/meta/gazetteer.ts';
import type { RegionLevel } from '../shared/meta/types.ts';

export function resolveRegion(name: string, code: string | null): { name: string; code: string | null; level: RegionLevel | null; parents: string[] } {
  const place = code ? byCode(code) : byName(name).length === 1 ? byName(name)[0]! : null;
  if (!place) return { name, code, level: null, parents: [] };
  return { name: place.name, code: place.code, level: place.level, parents: place.parents };
}
