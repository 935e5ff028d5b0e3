// Hedges around a number (近300, 3.1万余, 650万亩以上, 6%左右) and the interval each one allows, so a chart
// can draw a hedged value as a range. Words that only stress a number (高达, 累计, 共, 达, 降至) are not
// hedges. Works on folded text.

/**
 * Interval rules. `step` is the place value of the last significant digit as written (3.1万 → 1000,
 * 300 → 100, 98.7 → 0.1), so the width follows the precision the report chose.
 * - at least: 余 多 几 超 逾 以上 至少 不少于 不低于 → [v, v + step]   (3.1万余 → [31000, 32000])
 * - at most, close: 近 不足 不到                     → [v − step, v]   (近300 → [200, 300])
 * - about: 约 左右 上下                              → [v − step/2, v + step/2]
 * - cap: 以内 以下 不超过 不高于                      → [0, v]          (10个百分点以内 → [0, 10])
 * Lower ends never go below 0, and a round number whose only significant digit is 1 (近100万, 约1000)
 * uses a tenth of its step downwards and around it (近100万 → [90万, 100万], not [0, 100万]).
 * No hedge → [v, v].
 */
export function hedgeInterval(value: number, step: number, qualifier: string | null): [number, number] {
  const down = value > 0 && Math.abs(value - step) < step * 1e-9 ? step / 10 : step;
  switch (qualifier) {
    case '余':
    case '多':
    case '几':
    case '超':
    case '逾':
    case '以上':
    case '至少':
    case '不少于':
    case '不低于':
      return [value, value + step];
    case '近':
    case '不足':
    case '不到':
      return [Math.max(0, value - down), value];
    case '约':
    case '左右':
    case '上下':
      return [Math.max(0, value - down / 2), value + down / 2];
    case '以内':
    case '以下':
    case '不超过':
    case '不高于':
      return [0, value];
    default:
      return [value, value];
  }
}

interface LeadingHedgeWord {
  surface: string;
  qualifier: string;
  /** Characters that, right before the word, make it part of another word (预约, 最近, 赶超). */
  notAfter?: string;
  /** 至少培养3名: the hedge may stand a short verb away from the number. */
  gap?: number;
}

// Longest first. README words are used where the text means them (超过 → 超, 大约 → 约, 将近 → 近);
// other hedges are kept as written (不足, 不到, 至少, 不少于).
const LEADING: LeadingHedgeWord[] = [
  { surface: '不少于', qualifier: '不少于', gap: 3 },
  { surface: '不低于', qualifier: '不低于' },
  { surface: '不超过', qualifier: '不超过' },
  { surface: '不高于', qualifier: '不高于' },
  { surface: '超过', qualifier: '超' },
  { surface: '超出', qualifier: '超' },
  { surface: '将近', qualifier: '近' },
  { surface: '接近', qualifier: '近' },
  { surface: '大约', qualifier: '约' },
  { surface: '约为', qualifier: '约' },
  { surface: '不足', qualifier: '不足' },
  { surface: '不到', qualifier: '不到' },
  { surface: '至少', qualifier: '至少', gap: 3 },
  { surface: '逾', qualifier: '逾' },
  { surface: '超', qualifier: '超', notAfter: '赶高特招' },
  { surface: '近', qualifier: '近', notAfter: '最附临靠亲贴邻就将接' },
  { surface: '约', qualifier: '约', notAfter: '预节签制合特公邀契简相违履守践婉条立缔续解大' },
];

export interface LeadingHedge {
  /** Where the hedge word starts. */
  start: number;
  qualifier: string;
  /** The word as written (folded). */
  surface: string;
  /** The hedge sits right before the number (only a space or 了 between). */
  adjacent: boolean;
}

const GAP_BREAK = /[，,。；;：:、！!？?\s\d“”"《》（）()]/;

/** A hedge that ends right before the number at numStart (or a short verb away, for 至少). */
const LAST_CHARS = new Set(LEADING.map((w) => w.surface[w.surface.length - 1]!));

export function readLeadingHedge(f: string, numStart: number, lowerBound: number): LeadingHedge | null {
  let end = numStart;
  if (f[end - 1] === ' ' || f[end - 1] === '了') end--;
  if (LAST_CHARS.has(f[end - 1] ?? '')) for (const w of LEADING) {
    const s = end - w.surface.length;
    if (s < lowerBound) continue;
    if (f.startsWith(w.surface, s) && !(w.notAfter && w.notAfter.includes(f[s - 1] ?? ''))) {
      return { start: s, qualifier: w.qualifier, surface: w.surface, adjacent: true };
    }
  }
  // 至少培养3名: look a few characters further back for the words that allow a gap.
  const window = f.slice(Math.max(lowerBound, end - 6), end);
  if (!window.includes('至少') && !window.includes('不少于')) return null;
  for (const w of LEADING) {
    if (!w.gap) continue;
    for (let g = 1; g <= w.gap; g++) {
      const s = end - g - w.surface.length;
      if (s < lowerBound) break;
      if (GAP_BREAK.test(f[end - g] ?? '')) break;
      if (f.startsWith(w.surface, s)) return { start: s, qualifier: w.qualifier, surface: w.surface, adjacent: false };
    }
  }
  return null;
}

export interface TrailingHedge {
  end: number;
  qualifier: string;
  /** 规模以上工业, 500万元以上项目, 5万元以下罚款: a threshold inside a name, not a hedged figure. */
  threshold: boolean;
}

// Nouns that, right after 以上/以下, show the number is a threshold in a category name.
const THRESHOLD_HEADS =
  /^(?:的?(?:工业|企业|项目|单位|老人|老年|人员|人口|居民|批发|零售|住宿|餐饮|服务业|建筑业|房地产|固定资产|重点|重大|产业|商贸|法人|农户|家庭|学校|医院|投资|商品|贸易|罚款|有期徒刑|拘留|学历|职称|工资|公司|园区|市场主体|外资|规模|景区|文物|在建|病床|养老|残疾|低保|高层|建筑|大型|车辆|船舶|货车|客车|煤矿|矿山|规上|限上|耕地|用地|土地|地块|合同|交易|标准|等级|级别|资质|注册资本|资金|经费|货物|案件|犯罪|违法))/;

/** 以上 以下 以内 左右 上下 after the unit (one space allowed), or 多/余 after a duration (1年多). */
export function readTrailingHedge(f: string, pos: number, durationUnit: boolean): TrailingHedge | null {
  let p = pos;
  if (f[p] === ' ') p++;
  const two = f.slice(p, p + 2);
  if (two === '以上' || two === '以下') {
    return { end: p + 2, qualifier: two, threshold: THRESHOLD_HEADS.test(f.slice(p + 2, p + 8)) };
  }
  if (two === '以内') return { end: p + 2, qualifier: '以内', threshold: false };
  if (two === '左右' || two === '上下') {
    // 上下游, 上下联动, 左右逢源 are other words.
    const next = f[p + 2] ?? '';
    if (next === '' || /[，,。；;、）)\s的]/.test(next)) return { end: p + 2, qualifier: two, threshold: false };
    return null;
  }
  if (durationUnit && (f[pos] === '多' || f[pos] === '余')) {
    const next = f[pos + 1] ?? '';
    if (next === '' || /[，,。；;、）)\s来后前的时里]/.test(next)) return { end: pos + 1, qualifier: f[pos]!, threshold: false };
  }
  return null;
}
