// The indicator phrase of a figure: what is counted, in the text's own terms, taken from its clause.
//   收到行政复议案件86件          → 收到行政复议案件        (the phrase before the number)
//   报送2个单项示范创建候选项目    → 报送单项示范创建候选项目 (the noun after "number + measure word")
//   办理县人大代表建议124件、政协提案130件 → 办理政协提案 (an enumeration keeps its verb)
//   办复率、满意率均达100%        → 办复率、满意率          (one rate for several names)
//   受理案件1399件、同比增加163%  → the change keeps the indicator it changes
//   排查矛盾纠纷4747件，化解4716件 → 化解矛盾纠纷            (a bare verb borrows the object before it)

/** Verbs that say what was done to what is counted; kept in front of the counted noun. */
const COUNTING_VERBS = [
  '办理', '受理', '收到', '新收', '接收', '审结', '办结', '化解', '排查', '调解', '调处', '公开', '发布', '出台',
  '制定', '印发', '审查', '审核', '清理', '培训', '举办', '开展', '组织', '查处', '立案', '移送', '收缴', '解决',
  '提供', '处理', '备案', '报备', '报送', '上报', '修改', '废止', '梳理', '建成', '设立', '创建', '培育', '新增',
  '上线', '涉及', '整合', '制作', '发放', '进驻', '入驻', '召开', '听取', '审议', '提出', '形成', '收集', '帮助',
  '签订', '引进', '开工', '竣工', '惠及', '覆盖', '检查', '抽查', '抽取', '评查', '整改', '督办', '核查', '聘用',
  '聘请', '派出', '选派', '接待', '接听', '解答', '表彰', '认定', '评选', '归集', '推送', '审批', '核发', '颁发',
  '救助', '慰问', '走访', '回访', '培养', '招录', '征集', '回复', '答复', '办复', '撤回', '促成', '出具', '参加',
  '完成', '实施', '建设', '改造', '新建', '投入', '拨付', '兑现', '减免', '挽回', '追回', '查办', '侦办', '起诉',
  '审理', '执结', '受案', '结案', '协调', '拍摄', '录制', '编印', '发送', '张贴', '悬挂', '举行', '接访', '失效',
  '撤销', '注销', '压缩', '压减', '减少', '增加', '降低', '提高', '缩短', '精简', '取消', '下放', '承接',
];
const CHANGE_VERBS = ['增长', '增加', '上升', '提高', '提升', '上涨', '下降', '减少', '降低', '压减', '压缩', '缩短', '下跌', '回落', '缩减', '精简'];
const VERB_SET = new Set(COUNTING_VERBS);
const VERB_ALT = [...VERB_SET].sort((a, b) => b.length - a.length).join('|');
const LEADING_VERB = new RegExp(`^(?:已经?|成功|依法|共|累计|先后|全部|及时)?(${VERB_ALT})(?:了|出)?`);
const TRAILING_VERB = new RegExp(`(${VERB_ALT})(?:了|出|到)?$`);
const VERBS_BY_FIRST = new Map<string, string[]>();
for (const v of [...VERB_SET].sort((a, b) => b.length - a.length)) VERBS_BY_FIRST.set(v[0]!, [...(VERBS_BY_FIRST.get(v[0]!) ?? []), v]);

/** The first (or, with `last`, the last) counting verb inside s: its index and the verb. */
function findVerb(s: string, last = false): { index: number; verb: string; length: number } | null {
  let found: { index: number; verb: string; length: number } | null = null;
  for (let i = 0; i < s.length; i++) {
    const list = VERBS_BY_FIRST.get(s[i]!);
    if (!list) continue;
    for (const v of list) {
      if (!s.startsWith(v, i)) continue;
      const next = s[i + v.length];
      found = { index: i, verb: v, length: v.length + (next === '了' || next === '出' ? 1 : 0) };
      if (!last) return found;
      break;
    }
  }
  return found;
}

/** Runs an end-anchored pattern on the last few characters only: V8 tries every start position otherwise. */
function endMatch(s: string, re: RegExp, reach = 14): RegExpExecArray | null {
  return re.exec(s.length > reach ? s.slice(s.length - reach) : s);
}

function stripEnd(s: string, re: RegExp, reach = 14): string {
  const tailStart = Math.max(0, s.length - reach);
  const m = re.exec(s.slice(tailStart));
  return m ? s.slice(0, tailStart + m.index) : s;
}
const ONLY_VERB = new RegExp(`^(?:已经?|成功|依法|共|累计|先后|全部|及时|还|又|再|正在|还有|其中)*(${VERB_ALT})(?:了|出)?$`);

const LEADING_FILLER = new RegExp(
  '^(?:' +
    [
      '\\d{4}年(?:度)?(?:以来|底|末|初|全年)?', '\\d{1,2}(?:[—\\-－~～至]\\d{1,2})?月份?(?:底|末|初|以来)?',
      '今年(?:以来)?', '去年', '全年', '年内', '年初以来', '上半年', '下半年', '当年', '本年度?', '年末', '年底', '年初',
      '截至(?:目前|\\d{4}年\\d{1,2}月底?|\\d{4}年底|年底)', '目前', '同时', '此外', '另外', '其中', '其次', '最后',
      '全(?:县|市|区|省|镇|乡|州|盟|旗|国|县域|市域|区域)(?:各级|各类|上下)?',
      '我们', '我(?:县|市|区|省|镇|乡|州|局|委|院|厅|办|部门|单位)', '共有', '拥有', '现有', '本(?:县|市|区|级)', '各级', '各类', '全体',
      '共计', '共有', '共', '累计', '合计', '总计', '先后', '已经', '已', '均', '全部', '进一步', '持续', '积极', '认真',
      '切实', '扎实', '实现', '达到', '对', '向', '将', '把', '为', '、', '但是', '连续', '其中', '预计', '初步核算',
    ].join('|') +
    ')',
);
const COMPARISON_TAIL = /(?:同比|环比|比上年(?:同期|末)?|比去年(?:同期)?|较上年(?:同期|末)?|较去年(?:同期)?|较年初|比年初)$/;
const TRAILING_LINKER = new RegExp(
  '(?:' +
    [
      '达到', '达', '为', '是', '约为', '约有', '高达', '多达', '降至', '降到', '升至', '增至', '减至', '提高到', '提高至',
      '提升至', '提升到', '压缩到', '压缩至', '减少到', '减少至', '下降到', '下降至', '增长到', '增加到', '增加至',
      '降低到', '降低至', '缩短到', '缩短至', '扩大到', '扩大至', '保持在', '始终保持在', '稳定在', '控制在', '均为',
      '均达到', '均达', '(?<![人平户])均', '都', '分别为', '分别', '共计', '共有', '拥有', '现有', '已有', '还有', '共', '累计', '合计',
      '总计', '超过', '超出', '不足', '不到', '至少', '不少于', '占', '的', '由', '等', '已', '了', '仅', '最快仅', '最快',
      '仅为', '只有', '始终', '在内', '先后', '完成', '实现', '预计', '初步核算', '可比', '同口径', '名义',
      '由改革前', '由原来', '从原来', '较改革前', '比改革前',
    ].join('|') +
    ')$',
);
const CONNECTOR_HEAD = /^(?:[、，,和及与并或]|以及|并且|其中)+/;

// Where the noun after "number + measure word" stops.
const AFTER_STOP = [
  '已', '正在', '获', '列入', '进入', '参与', '参加', '实现', '得到', '受到', '均', '全部', '都', '开展', '进行',
  '对接', '结对', '派出', '制作', '入驻', '整合', '涉及', '纳入', '通过', '达到', '达', '为', '是', '在', '向',
  '从', '由', '将', '把', '共', '累计', '占', '惠及', '提供', '接受', '完成', '研究', '推动', '推进', '的', '和',
  '与', '及', '或', '并', '等', '被评', '获评', '荣获', '成为', '依法', '予以', '到', '至', ...CHANGE_VERBS,
];
const AFTER_STOP_FIRST = new Set(AFTER_STOP.map((w) => w[0]!));
// After these the rest of the clause says what happened to what is counted (229项举措已完成并长期坚持).
const PREDICATE_START = ['已', '正在', '获', '列入', '进入', '实现', '得到', '受到', '被评', '获评', '荣获', '成为', '纳入', '均'];
const AFTER_STOP_AT_START = ['内', '以', '后', '前', '里', '中', '来'];
const HARD_STOP = new Set(['/', '，', ',', '。', '；', ';', '：', ':', '、', '！', '？', '!', '?', '\n', '\r', '“', '"', '《', '（', '(', '）', ')']);

export interface PreviousFigure {
  /** End of the previous figure (after its unit and trailing hedge). */
  end: number;
  indicator: string;
  subject: string;
  verb: string | null;
}

export interface PhraseRequest {
  /** Folded text (see fold.ts). */
  f: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** Start of the figure including any hedge or change words in front of it. */
  leadStart: number;
  /** Where the number itself starts. */
  numberStart: number;
  /** End of the figure including a trailing hedge (以上, 左右). */
  figureEnd: number;
  percentLike: boolean;
  isChange: boolean;
  /** The previous figure in the same sentence, and the sentence's first one (its topic). */
  previous: PreviousFigure | null;
  topic: PreviousFigure | null;
  /** What a short rate name (办结率) is a rate of: the nearest count before it, or the sentence's topic. */
  rateBase: PreviousFigure | null;
  /** Skips a number + unit that directly follows (10大类37项重点工作), returning its end, or null. */
  skipFigureAt: (pos: number) => number | null;
}

export interface IndicatorPhrase {
  indicator: string;
  /** What is counted without the verb (收到行政复议案件 → 行政复议案件): what later bare verbs borrow. */
  subject: string;
  verb: string | null;
}

const MAX_PHRASE = 28;

export function indicatorPhrase(r: PhraseRequest): IndicatorPhrase {
  const { f } = r;
  let clauseStart = r.leadStart;
  const lowest = Math.max(r.sentenceStart, r.leadStart - 80);
  while (clauseStart > lowest && !isClauseBreak(f[clauseStart - 1])) clauseStart--;
  const joined = r.previous !== null && r.previous.end > clauseStart && r.previous.end <= r.leadStart;
  const segStart = joined ? r.previous!.end : clauseStart;

  const raw = f.slice(segStart, r.leadStart);
  const listed = joined && CONNECTOR_HEAD.test(raw);
  const before = cleanBefore(joined ? raw.replace(CONNECTOR_HEAD, '') : raw);
  const after = r.isChange
    ? { noun: '', predicate: '' }
    : nounAfter(f, r.percentLike && f[r.figureEnd] === '的' ? r.figureEnd + 1 : r.figureEnd, r.sentenceEnd, r.skipFigureAt);

  let indicator = '';
  let fromPredicate = false;
  if (r.isChange) {
    indicator = before || (r.previous ? r.previous.indicator : '') || (r.topic ? r.topic.indicator : '');
  } else if (r.percentLike) {
    indicator = before + (after.noun.length <= 8 ? after.noun : '');
    if (!indicator) indicator = after.noun;
    // 办结率99.95%: a short rate name takes the thing it is a rate of from the sentence.
    const base = r.rateBase;
    if (/率$/.test(before) && before.length <= 6 && base && base.subject && !before.includes(base.subject)) {
      indicator = base.subject + before;
    }
  } else if (after.noun) {
    const verb = endMatch(before, TRAILING_VERB, 4)?.[1] ?? null;
    indicator = (verb ?? '') + after.noun;
    if (!before && after.predicate) indicator += after.predicate;
  } else {
    const bare = ONLY_VERB.exec(before);
    // Only an object that followed a verb is borrowed (受理市民诉求 → 办结 + 市民诉求).
    if (bare && r.previous && r.previous.verb) indicator = bare[1]! + r.previous.subject;
    else if (before) indicator = before;
    else {
      // 46万余人次参与: a short predicate alone names too little, so it takes the subject listed before it.
      const predicate = predicateAfter(f, r.figureEnd, r.sentenceEnd).replace(/^(?:以内|之内|内)/, '');
      fromPredicate = true;
      indicator = predicate.length <= 4 && joined ? r.previous!.subject + predicate : predicate || (r.previous ? r.previous.subject : '');
    }
  }
  // 办理县人大代表建议124件、政协提案130件: a listed noun keeps the verb of the first item.
  if (listed && !fromPredicate && r.previous?.verb && !r.isChange && !r.percentLike && indicator && !LEADING_VERB.test(indicator)) {
    const verbal = /^(?:已|拟|正在|未|尚)/.test(raw.replace(CONNECTOR_HEAD, '')) || endMatch(indicator, TRAILING_VERB, 4) !== null;
    if (!verbal) indicator = r.previous.verb + indicator;
  }
  indicator = indicator.replace(/\s+/g, '');
  // Nothing better: the words before the number as written (分别增长), or the rest of its clause.
  if (!indicator) indicator = raw.replace(/\s+/g, '').replace(CONNECTOR_HEAD, '');
  if (!indicator && r.isChange) indicator = f.slice(r.leadStart, r.numberStart).replace(/\s+/g, '');
  if (!indicator) indicator = predicateAfter(f, r.figureEnd, r.sentenceEnd);
  return { indicator, ...subjectOf(indicator) };
}

/** A label that names nothing: time words and linkers only (全年, 2020年实现), or a verb alone (增长, 办结). */
export function isEmptyLabel(label: string): boolean {
  if (label.length > 12) return false; // fillers and verbs are short; a long label names something
  const core = cleanBefore(label);
  return core.length === 0 || ONLY_VERB.test(core) || CHANGE_VERBS.includes(core);
}

/** 收到行政复议案件 → 行政复议案件 (verb 收到); 各行业排查矛盾纠纷 → 矛盾纠纷; 行政复议机关受理案件 → 行政复议机关案件. */
function subjectOf(indicator: string): { subject: string; verb: string | null } {
  const lead = LEADING_VERB.exec(indicator);
  if (lead && indicator.length > lead[0].length) return { subject: indicator.slice(lead[0].length), verb: lead[1]! };
  const inner = findVerb(indicator);
  if (inner && inner.index > 0) {
    const rest = indicator.slice(inner.index + inner.length);
    const subject = rest.length >= 4 ? rest : indicator.slice(0, inner.index) + rest;
    if (subject.length >= 2) return { subject, verb: inner.verb };
  }
  return { subject: indicator, verb: null };
}

function isClauseBreak(ch: string | undefined): boolean {
  return ch === '，' || ch === ',' || ch === '。' || ch === '；' || ch === ';' || ch === '：' || ch === ':' || ch === '！' || ch === '？' || ch === '\n';
}

/** The words before the number without time, place and stress words around them. */
export function cleanBefore(raw: string): string {
  let s = raw.replace(/\s+/g, '').replace(/[（(][^（）()]{0,12}[）)]$/, '');
  for (let k = 0; k < 8; k++) {
    const t = s.replace(LEADING_FILLER, '');
    if (t === s) break;
    s = t;
  }
  // Change words (同比下降) are already outside: the phrase ends where they start.
  for (let k = 0; k < 8; k++) {
    let t = stripEnd(s, TRAILING_LINKER, 6);
    t = stripEnd(t, COMPARISON_TAIL, 6);
    if (t === s) break;
    s = t;
  }
  if (s.length > MAX_PHRASE) s = tail(s);
  return s.replace(/^[、，,]+|[、，,]+$/g, '');
}

/** A long phrase keeps its end: from its last counting verb, else after a 、 or 的 near the cut. */
function tail(s: string): string {
  let verbAt = -1;
  for (let from = 0; ; ) {
    const v = findVerb(s.slice(from));
    if (v === null) break;
    if (s.length - (from + v.index) >= 4) verbAt = from + v.index;
    from += v.index + 1;
  }
  if (verbAt > 0 && s.length - verbAt <= MAX_PHRASE) return s.slice(verbAt);
  const cut = s.slice(s.length - MAX_PHRASE);
  for (let i = 0; i < cut.length - 4; i++) {
    if (cut[i] === '、' || cut[i] === '的') return cut.slice(i + 1);
  }
  return cut;
}

interface NounAfter {
  noun: string;
  /** 已完成并长期坚持 in 229项举措已完成并长期坚持: what the clause says about the noun. */
  predicate: string;
}

/** The noun right after "number + measure word" (2个单项示范创建候选项目), or '' when a verb or a stop follows. */
function nounAfter(f: string, pos: number, limit: number, skipFigureAt: (pos: number) => number | null): NounAfter {
  const none = { noun: '', predicate: '' };
  let p = pos;
  const skipped = skipFigureAt(p);
  if (skipped !== null) p = skipped;
  if (p >= limit || (HARD_STOP.has(f[p]!) && f[p] !== '“' && f[p] !== '"')) return none;
  for (const w of AFTER_STOP_AT_START) if (f.startsWith(w, p)) return none;
  let i = p;
  while (i < limit && i - p < MAX_PHRASE) {
    const ch = f[i]!;
    if (ch === '“' || ch === '"') {
      const close = f.indexOf(ch === '“' ? '”' : '"', i + 1);
      if (close < 0 || close - i > 20 || close >= limit) break;
      i = close + 1;
      continue;
    }
    if (ch === '（' || ch === '(') {
      const close = f.slice(i, Math.min(limit, i + 14)).search(/[）)]/);
      if (close < 0) break;
      i += close + 1;
      continue;
    }
    if (HARD_STOP.has(ch)) break;
    if (ch >= '0' && ch <= '9') break;
    if (AFTER_STOP_FIRST.has(ch) && AFTER_STOP.some((w) => f.startsWith(w, i))) {
      if (i === p) return none;
      break;
    }
    i++;
  }
  const noun = f.slice(p, i).replace(/\s+/g, '');
  let predicate = '';
  if (noun && PREDICATE_START.some((w) => f.startsWith(w, i))) {
    let j = i;
    while (j < limit && j - i < 12 && !isClauseBreak(f[j]) && f[j] !== '、' && !(f[j]! >= '0' && f[j]! <= '9')) j++;
    predicate = f.slice(i, j).replace(/\s+/g, '');
  }
  return { noun, predicate };
}

/** 1人获全省先进个人称号: with nothing before and no noun after, the rest of the clause says what it is. */
function predicateAfter(f: string, pos: number, limit: number): string {
  let i = pos;
  while (i < limit && i - pos < 16 && !isClauseBreak(f[i]) && f[i] !== '、' && !(f[i]! >= '0' && f[i]! <= '9')) i++;
  return f.slice(pos, i).replace(/\s+/g, '');
}
