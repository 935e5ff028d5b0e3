// Benchmark of the figure extractor: builds a report-like corpus (≥ 5 MB of UTF-8) from the project's
// own sentence templates, extracts figures from it on one thread, and prints MB/s. The goal is ≥ 20 MB/s.
//   node scripts/bench/extract.ts [megabytes=6] [rounds=5]
import { EXTRACTOR_VERSION, extractFigures } from '../../shared/figures/extract.ts';

const targetMB = Number(process.argv[2] ?? 6);
const rounds = Number(process.argv[3] ?? 5);

// A small deterministic generator, so every run measures the same text.
let seed = 20250117;
function rand(n: number): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
}
function pick<T>(xs: readonly T[]): T {
  return xs[rand(xs.length)]!;
}
function num(): string {
  switch (rand(6)) {
    case 0:
      return String(1 + rand(99));
    case 1:
      return String(100 + rand(9900));
    case 2:
      return `${1 + rand(98)}.${rand(10)}`;
    case 3:
      return `${pick(['二', '三', '五', '六', '八', '十', '十二', '两'])}`;
    case 4:
      return `${1 + rand(9)}.${1 + rand(9)}万`;
    default:
      return String(10 * (1 + rand(90)));
  }
}

const places = ['全县', '全市', '全区', '我县', '我市', '全年'];
const nouns = [
  '行政复议案件', '行政应诉案件', '矛盾纠纷', '法律援助案件', '政务信息', '人大代表建议', '政协提案', '规范性文件',
  '行政执法人员', '政务服务事项', '普法宣传活动', '法律咨询', '执法检查', '审计项目', '市场主体', '群众诉求',
];
const verbs = ['办理', '受理', '收到', '办结', '化解', '排查', '发布', '制定', '审查', '清理', '培训', '开展', '组织'];
const units = ['件', '个', '项', '人次', '名', '次', '场次', '家', '条', '份', '户', '万元', '亿元', '天'];
const rates = ['办结率', '满意率', '调解成功率', '出庭应诉率', '网上可办率', '纠错率', '化解率'];
const econ = ['地区生产总值', '一般公共预算收入', '固定资产投资', '社会消费品零售总额', '城镇居民人均可支配收入'];
// Prose without figures, combined from parts so the corpus does not repeat a handful of sentences.
const proseSubjects = ['县委、县政府', '市政府', '区司法局', '各乡镇（街道）', '县直各部门', '全区各级行政机关', '县政府常务会议', '市委全面依法治市委员会'];
const proseActions = ['坚持', '深入推进', '持续深化', '严格落实', '全面加强', '不断完善', '扎实开展', '着力提升', '统筹推进', '认真贯彻'];
const proseObjects = [
  '重大行政决策程序规定', '行政执法“三项制度”', '“放管服”改革', '矛盾纠纷多元化解机制', '法治政府建设示范创建', '行政规范性文件备案审查',
  '公共法律服务体系建设', '领导干部学法用法制度', '政务公开标准化规范化', '“谁执法谁普法”普法责任制', '法治化营商环境建设', '行政复议体制改革',
];
const proseAims = [
  '推动法治政府建设向纵深发展', '切实维护社会和谐稳定', '提升行政决策公信力和执行力', '让人民群众感受到公平正义', '确保各项任务落到实处',
  '为经济社会高质量发展提供法治保障', '着力营造一流法治化营商环境', '不断增强人民群众法治获得感',
];
const proseTails = [
  '，健全工作机制，压实工作责任', '，强化督促检查，形成工作合力', '，坚持问题导向，补齐短板弱项', '', '，做到应审尽审、应公开尽公开',
];
function prose(): string {
  switch (rand(5)) {
    case 0:
      return `一是${pick(proseActions)}${pick(proseObjects)}；二是${pick(proseActions)}${pick(proseObjects)}；三是${pick(proseActions)}${pick(proseObjects)}。`;
    case 1:
      return `根据《${pick(['法治政府建设实施纲要（2021—2025年）', '重大行政决策程序暂行条例', '行政复议法'])}》有关要求，${pick(proseSubjects)}${pick(proseActions)}${pick(proseObjects)}${pick(proseTails)}。`;
    default:
      return `${pick(proseSubjects)}${pick(proseActions)}${pick(proseObjects)}${pick(proseTails)}，${pick(proseAims)}。`;
  }
}

function sentence(): string {
  // About one sentence in three carries figures, as in published reports (roughly one figure per 200 bytes).
  const k = rand(24);
  if (k >= 8) return prose();
  switch (k) {
    case 0:
    case 1:
      return pick([prose(), `${2020 + rand(6)}年，${pick(places)}${pick(verbs)}${pick(nouns)}${num()}${pick(units)}。`]);
    case 2:
      return `${2020 + rand(6)}年，${pick(places)}${pick(verbs)}${pick(nouns)}${num()}${pick(units)}，同比${pick(['增长', '下降'])}${rand(90)}.${rand(10)}%。`;
    case 3:
      return `${pick(places)}共${pick(verbs)}${pick(nouns)}${num()}${pick(units)}、${pick(nouns)}${num()}${pick(units)}，${pick(rates)}达${90 + rand(10)}.${rand(10)}%。`;
    case 4:
      return `${pick(econ)}${100 + rand(9000)}.${rand(10)}亿元，比上年增长${rand(9)}.${rand(10)}%，提高${rand(3)}.${rand(10)}个百分点。`;
    case 5:
      return `${pick(verbs)}${pick(['近', '超', '约', ''])}${num()}${pick(units)}${pick(nouns)}，其中${pick(nouns)}${num()}余${pick(units)}。`;
    case 6:
      return `围绕“${1 + rand(9)}+${1 + rand(9)}+N”工作机制，排全省第${1 + rand(20)}位，连续${1 + rand(9)}年获评先进单位。`;
    default:
      return `${pick(places)}${pick(nouns)}${pick(['由', '从'])}${num()}个压缩到${num()}个，压减${rand(60)}.${rand(10)}%，办理时限缩短至${1 + rand(9)}个工作日内。`;
  }
}

function buildCorpus(bytesWanted: number): string {
  const parts: string[] = [];
  let bytes = 0;
  let paragraph = '';
  while (bytes < bytesWanted) {
    paragraph += sentence();
    if (rand(6) === 0) {
      parts.push(paragraph);
      bytes += Buffer.byteLength(paragraph, 'utf8') + 1;
      paragraph = '';
    }
  }
  if (paragraph) parts.push(paragraph);
  return parts.join('\n');
}

const corpus = buildCorpus(targetMB * 1024 * 1024);
const megabytes = Buffer.byteLength(corpus, 'utf8') / (1024 * 1024);
console.log(`extractor ${EXTRACTOR_VERSION}`);
console.log(`corpus: ${megabytes.toFixed(2)} MB UTF-8, ${corpus.length.toLocaleString('en')} UTF-16 units`);

extractFigures(corpus.slice(0, 200_000)); // warm-up
const times: number[] = [];
let figures = 0;
for (let r = 0; r < rounds; r++) {
  const t0 = performance.now();
  figures = extractFigures(corpus).length;
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(`figures: ${figures.toLocaleString('en')}`);
console.log(`time (median of ${rounds}): ${median.toFixed(0)} ms; best ${times[0]!.toFixed(0)} ms`);
console.log(`throughput: ${(megabytes / (median / 1000)).toFixed(1)} MB/s (goal ≥ 20 MB/s)`);
