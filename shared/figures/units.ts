// Counting words and measures that follow a number, normalised: 个百分点 stays apart from %, 大类 is 类,
// money is 元 (the 万/亿 in 万元/亿元 is read by numbers.ts as a scale). Works on folded text.

export type UnitKind = 'count' | 'money' | 'percent' | 'duration' | 'measure' | 'other';

interface UnitEntry {
  surface: string;
  unit: string;
  kind: UnitKind;
  /** What may not come right after the surface: 位一体 is a slogan, 次产业 the three sectors, 年度 a year. */
  notBefore?: readonly string[];
  /** A hedge written inside the unit: 3个多月. */
  hedge?: '多';
}

const C = (surface: string, notBefore?: readonly string[], unit = surface): UnitEntry => ({
  surface,
  unit,
  kind: 'count',
  ...(notBefore ? { notBefore } : {}),
});

const ENTRIES: UnitEntry[] = [
  // percent and rates
  { surface: '%', unit: '%', kind: 'percent' },
  { surface: '‰', unit: '‰', kind: 'percent' },
  { surface: '个百分点', unit: '个百分点', kind: 'percent' },
  { surface: '百分点', unit: '个百分点', kind: 'percent' },
  { surface: '倍', unit: '倍', kind: 'other' },
  // money
  { surface: '元人民币', unit: '元', kind: 'money' },
  { surface: '人民币', unit: '元', kind: 'money' },
  { surface: '元', unit: '元', kind: 'money', notBefore: ['旦', '素', '宵', '首', '老', '年'] },
  { surface: '美元', unit: '美元', kind: 'money' },
  { surface: '欧元', unit: '欧元', kind: 'money' },
  { surface: '港元', unit: '港元', kind: 'money' },
  // durations
  { surface: '个工作日', unit: '个工作日', kind: 'duration' },
  { surface: '工作日', unit: '工作日', kind: 'duration' },
  { surface: '个多月', unit: '个月', kind: 'duration', hedge: '多' },
  { surface: '个月', unit: '个月', kind: 'duration' },
  { surface: '个季度', unit: '季度', kind: 'duration' },
  { surface: '个小时', unit: '小时', kind: 'duration' },
  { surface: '个星期', unit: '周', kind: 'duration' },
  { surface: '小时', unit: '小时', kind: 'duration' },
  { surface: '分钟', unit: '分钟', kind: 'duration' },
  { surface: '秒钟', unit: '秒', kind: 'duration' },
  { surface: '秒', unit: '秒', kind: 'duration', notBefore: ['批', '办', '杀', '级'] },
  { surface: '天', unit: '天', kind: 'duration', notBefore: ['然', '津', '下', '空', '地', '府'] },
  // 日 is a date (21日) unless a time limit follows (5日内); extract.ts checks that.
  { surface: '日', unit: '日', kind: 'duration' },
  { surface: '周岁', unit: '岁', kind: 'measure' },
  { surface: '周', unit: '周', kind: 'duration', notBefore: ['年', '边', '末', '期', '转', '知', '全', '围', '密'] },
  { surface: '年', unit: '年', kind: 'duration', notBefore: ['度', '代', '级', '底', '初', '末', '份', '前', '后', '中', '终', '会', '鉴', '报', '货', '轻', '龄', '检'] },
  // measures
  { surface: '岁', unit: '岁', kind: 'measure' },
  { surface: '平方公里', unit: '平方公里', kind: 'measure' },
  { surface: '平方千米', unit: '平方公里', kind: 'measure' },
  { surface: '平方米', unit: '平方米', kind: 'measure' },
  { surface: '立方米', unit: '立方米', kind: 'measure' },
  { surface: '公顷', unit: '公顷', kind: 'measure' },
  { surface: '千公顷', unit: '千公顷', kind: 'measure' },
  { surface: '亩', unit: '亩', kind: 'measure' },
  { surface: '吨标准煤', unit: '吨标准煤', kind: 'measure' },
  { surface: '吨', unit: '吨', kind: 'measure' },
  { surface: '千克', unit: '千克', kind: 'measure' },
  { surface: '公斤', unit: '公斤', kind: 'measure' },
  { surface: '斤', unit: '斤', kind: 'measure', notBefore: ['斤'] },
  { surface: '公里', unit: '公里', kind: 'measure' },
  { surface: '千米', unit: '公里', kind: 'measure' },
  { surface: '米', unit: '米', kind: 'measure', notBefore: ['饭', '粮', '面', '粉'] },
  { surface: '千瓦时', unit: '千瓦时', kind: 'measure' },
  { surface: '千瓦', unit: '千瓦', kind: 'measure' },
  { surface: '兆瓦', unit: '兆瓦', kind: 'measure' },
  { surface: '微克/立方米', unit: '微克/立方米', kind: 'measure' },
  { surface: '℃', unit: '℃', kind: 'measure' },
  { surface: '标准箱', unit: '标准箱', kind: 'measure' },
  // counts
  C('个', ['体', '别', '性']),
  C('件次'),
  C('件'),
  C('项次'),
  C('项'),
  C('人次'),
  C('人', ['民', '均', '大', '口', '社', '才', '力', '工', '员', '数', '事']),
  C('名', ['单', '称', '义', '誉', '录', '牌', '片', '额']),
  C('次', ['产业']),
  C('场次'),
  C('场', ['所', '景', '地', '合', '馆', '面', '站', '镇', '街']),
  C('家次'),
  C('家', ['庭', '属', '长', '乡', '园', '居', '门', '风']),
  C('户次'),
  C('户', ['口', '籍', '外', '型', '均', '内', '主']),
  C('条', ['例', '款', '件', '线', '幅', '理', '约']),
  C('份', ['额']),
  C('本', ['地', '级', '部', '市', '县', '区', '次', '身', '科', '领', '金', '着', '单', '职', '人']),
  C('张', ['贴', '力']),
  C('篇'),
  C('期', ['工程', '项目', '间', '限', '刊', '货', '末', '初', '满']),
  C('所', ['有', '以', '在', '属', '得', '长', '述', '谓', '需', '辖']),
  C('间', ['隔', '断', '接']),
  C('部门'),
  C('部', ['署', '分', '长', '委', '位', '队', '件']),
  C('大类', undefined, '类'),
  C('类', ['似', '别']),
  C('种', ['植', '子', '养']),
  C('起', ['来', '草', '诉', '步', '点', '始', '见', '码', '因', '源']),
  C('批次'),
  C('批', ['评', '准', '复', '示', '办', '量']),
  C('座', ['谈', '位']),
  C('栋'),
  C('幢'),
  C('处', ['理', '罚', '置', '分', '长', '室', '级', '于', '境', '所']),
  C('台', ['账', '河', '山', '县', '区', '市', '风', '湾', '阶', '上', '前', '州']),
  C('辆'),
  C('架次'),
  C('架', ['构']),
  C('艘'),
  C('套', ['餐']),
  C('宗', ['旨', '教']),
  C('笔'),
  C('例', ['如', '外', '会']),
  C('位', ['一体', '于', '置', '列', '居', '数']),
  C('支', ['持', '出', '付', '撑', '援', '部']),
  C('组', ['织', '建', '成', '长', '合']),
  C('队', ['伍', '长']),
  C('只', ['有', '是', '要', '能']),
  C('头', ['脑', '等']),
  C('羽', ['毛', '绒', '球']),
  C('株'),
  C('棵'),
  C('册'),
  C('卷', ['宗']),
  C('页', ['面']),
  C('门', ['户', '槛', '类', '口', '诊', '前', '店']),
  C('轮', ['岗', '流']),
  C('课时'),
  C('学时'),
  C('节', ['约', '能', '点', '日', '目']),
  C('块', ['地']),
  C('封'),
  C('枚'),
  C('盏'),
  C('车次'),
  C('班次'),
  C('人日'),
];

export interface UnitMatch {
  /** Offset right after the unit. */
  end: number;
  unit: string;
  kind: UnitKind;
  hedge: '多' | null;
}

const BY_FIRST_CHAR = new Map<string, UnitEntry[]>();
for (const e of ENTRIES) {
  const list = BY_FIRST_CHAR.get(e.surface[0]!) ?? [];
  list.push(e);
  BY_FIRST_CHAR.set(e.surface[0]!, list);
}
for (const list of BY_FIRST_CHAR.values()) list.sort((a, b) => b.surface.length - a.surface.length);

const UNIT_KIND = new Map<string, UnitKind>();
for (const e of ENTRIES) if (!UNIT_KIND.has(e.unit)) UNIT_KIND.set(e.unit, e.kind);

function isGap(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u3000' || ch === '\t';
}

/**
 * The unit that starts at pos (after at most two spaces: "18 次"), or null. The longest surface wins
 * (个百分点 over 个, 人次 over 人); a surface followed by one of its notBefore words is not a unit.
 */
export function readUnit(f: string, pos: number): UnitMatch | null {
  let p = pos;
  if (isGap(f[p])) p++;
  if (isGap(f[p])) p++;
  const list = BY_FIRST_CHAR.get(f[p] ?? '');
  if (!list) return null;
  for (const e of list) {
    if (!f.startsWith(e.surface, p)) continue;
    const end = p + e.surface.length;
    if (e.notBefore && e.notBefore.some((w) => f.startsWith(w, end))) return null;
    return { end, unit: e.unit, kind: e.kind, hedge: e.hedge ?? null };
  }
  return null;
}

/** The kind of a normalised unit ('' and unknown units give null). */
export function unitKindOf(unit: string): UnitKind | null {
  return UNIT_KIND.get(unit) ?? null;
}

/** Whether a word begins with a unit surface (used to tell 一 + measure word from 一 in other words). */
export function startsWithUnit(f: string, pos: number): boolean {
  const list = BY_FIRST_CHAR.get(f[pos] ?? '');
  return list !== undefined && list.some((e) => f.startsWith(e.surface, pos));
}

// Which units may stand on one chart line: the same thing counted with another counting word (12个 / 15项
// 事项) is one series; persons and person-times, or events and items, are not.
const UNIT_FAMILY: Record<string, string> = {};
for (const u of ['个', '项', '件', '宗', '起', '条', '份', '家', '户', '所', '批', '类', '部', '篇', '本', '张', '种', '例', '笔']) UNIT_FAMILY[u] = 'items';
for (const u of ['人', '名', '位']) UNIT_FAMILY[u] = 'persons';
for (const u of ['次', '场', '场次', '期', '轮']) UNIT_FAMILY[u] = 'events';
for (const u of ['天', '日']) UNIT_FAMILY[u] = 'days';
for (const u of ['个工作日', '工作日']) UNIT_FAMILY[u] = 'workdays';

/** A unit's family for charting: units of one family are compatible; any other unit is its own family. */
export function unitFamily(unit: string): string {
  return UNIT_FAMILY[unit] ?? unit;
}
