// Web-page chrome inside a saved report: marked, never deleted. Offsets refer to the decoded text exactly.
//
// Each line is judged on its own (breadcrumbs, toolbars, share bars, counters, the 索引号 header block,
// 来源/发布时间 lines, footers), then two zones are widened: the footer zone runs from the first strong
// footer marker (主办:, 网站标识码, 备案号 …) up over the short lines above it and down to the end, and the
// top zone takes navigation menus above the first body paragraph. Report paragraphs are protected: a
// line is only junk when it is short or starts with a chrome key, and the widening stops at the first
// sentence-like line, at a 落款 date and at a heading.
import type { JunkKind, JunkRange } from './types.ts';
import { splitLines, squeeze } from './lines.ts';
import type { Line } from './lines.ts';
import { simplifyChars } from './script.ts';

const HEADER_KEYS =
  '索引号|主题分类|主题词|发布机构|发文机关|发文单位|成文日期|发文日期|发文字号|文件编号|文号|发布日期|生效日期|废止日期|' +
  '有效性|效力状况|体裁分类|组配分类|服务对象分类|信息分类|公开方式|公开范围|公开时限|公开属性|所属机构|生成日期|标题|' +
  '时效|文种|来源|信息来源|文章来源|稿件来源|稿源|作者|撰稿|发布时间|发布日期|更新时间|发表时间|日期|时间';
const HEADER_LINE = new RegExp(`^【?(?:${HEADER_KEYS})】?[:：]`);
const HEADER_ANY = new RegExp(`(?:${HEADER_KEYS})[:：]`, 'g');
const STALE_TODAY = /^(?:今天是|今日是|欢迎(?:您)?访问|欢迎来到)/;
/** A site header's clock: "2019年10月31日 星期四", often after the site's name, never a report's date. */
const WEEKDAY_DATE =
  /(?:(?:19|20)\d{2}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}日?(?:农历\S{2,8}?)?[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?|[(（]?(?:星期|礼拜|周)[一二三四五六日天][)）]?(?:19|20)\d{2}(?:年|[-/.])\d{1,2}(?:月|[-/.])\d{1,2}日?)(?:农历\S{0,12})?/;
const REPORT_WORD = /报告|公报|汇报|总结|情况|要点/;

const BREADCRUMB =
  /^(?:当前位置|您当前的位置|你当前的位置|您的位置|你的位置|您现在的位置|你现在的位置|您所在的位置|所在位置|当前的位置|位置)[:：]|首页[>＞»›→/|]|^首页$/;

const TOOLBAR_TOKENS = [
  '字体大小', '字号', '字体', '大中小', '【大】', '【中】', '【小】', '[大]', '[中]', '[小]', '大', '中', '小', '默认',
  '打印本页', '打印正文', '打印文章', '打印此页', '我要打印', '打印', '关闭窗口', '关闭本页', '关闭', '返回顶部', '返回', '收藏本页',
  '加入收藏', '设为首页', '收藏', '视力保护色', '护眼模式', '无障碍浏览', '无障碍', '长者模式', '关怀版', '适老化',
  '繁体', '简体', '繁體', 'English', '登录', '注册', '搜索', '相关附件下载', '附件下载', '下载', '朗读', '语音播报',
  '纠错', '信息来源', '放大', '缩小', '还原', 'A+', 'A-', 'A',
];
const SHARE_TOKENS = [
  '扫一扫在手机打开当前页', '扫一扫在手机上打开当前页', '用手机扫描二维码', '在手机上打开', '手机扫码', '扫一扫',
  '二维码', '分享到', '分享', '新浪微博', '腾讯微博', '微博', '微信朋友圈', '微信', 'QQ空间', 'QQ好友', 'QQ',
  '人人网', '豆瓣', '复制链接', '打开当前页',
];
const COUNTER =
  /(?:阅读次数|浏览次数|访问次数|点击次数|点击数|点击量|浏览量|阅读量|阅读数|访问量|访客数|访问人次|浏览人次)[:：]?\s*\d*|\d+\s*(?:次浏览|次阅读|人阅读|人浏览|次访问)/;
const STRONG_FOOTER =
  /网站标识码|备案号|ICP备|ICP证|公网安备|版权所有|Copyright|©|\(c\)|^主办(?:单位)?[:：]|^承办(?:单位)?[:：]|^协办(?:单位)?[:：]|^主管(?:单位)?[:：]|技术支持|运维单位|运行维护/i;
const WEAK_FOOTER =
  /^(?:联系电话|电话|传真|地址|通讯地址|邮编|邮政编码|邮箱|电子邮箱|E-?mail)[:：]|联系我们|网站地图|站点地图|关于我们|网站声明|隐私声明|使用帮助|政府查号台|我为政府网站找错|网上群工部|违法和不良信息举报|举报中心|举报电话|建议使用|分辨率|浏览器|友情链接|相关链接|政府网站|网站首页/;
const OTHER =
  /^(?:上一篇|下一篇|上一条|下一条|相关文章|相关阅读|相关新闻|相关稿件|相关信息|推荐阅读|热点推荐|责任编辑|编辑|审核|校对|审校|初审|复审|终审|【返回】|相关链接)[:：]?/;
const ORG_END = /(?:人民政府|办公室|办公厅|司法局|统计局|委员会|法院|检察院)$/;
const SENTENCE = /[。！？；]/;
const HEADING = /^(?:[一二三四五六七八九十百]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[部章])/;
const DATE_ONLY = /^(?:\d{4}|[〇零一二三四五六七八九○Ｏ]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/;

/** What remains of a line after removing the tokens, punctuation, digits and spaces of a chrome bar. */
function residue(s: string, tokens: readonly string[]): string {
  let rest = s;
  for (const t of tokens) rest = rest.split(t).join('');
  return rest.replace(/[\s:：|｜/\\【】[\]()（）<>《》「」『』·•●○◆◇■□▪►▶>＞»›,，、.。;；\-—_=+*#@&!！?？"“”'‘’\d]/g, '');
}

function isShort(squeezed: string, max = 30): boolean {
  return squeezed.length <= max && !SENTENCE.test(squeezed);
}

function bare(line: string): string {
  return squeeze(line).replace(/^[•·●◆■▪►▶\-*]+/, '');
}

/** Judge one line on its own. */
function classify(raw: string): JunkKind | null {
  const s = bare(raw);
  if (s === '') return null;
  if (s.length > 200) return null;
  if (HEADER_LINE.test(s)) {
    // 来源:… or 索引号:… at the start; a body paragraph never starts like this, but keep long sentences out
    if (s.length <= 120 || (s.match(HEADER_ANY)?.length ?? 0) >= 2) return 'header';
  }
  if (STALE_TODAY.test(s) && s.length <= 80) return 'header';
  // the clock names its weekday: most lines skip the long pattern
  const clock = /星期|礼拜|周/.test(s) ? WEEKDAY_DATE.exec(s) : null;
  if (clock && clock.index <= 30 && !REPORT_WORD.test(s.slice(0, clock.index))) {
    const rest = s.slice(clock.index + clock[0].length);
    if (rest.length <= 12 && !REPORT_WORD.test(rest)) return 'header';
  }
  if (BREADCRUMB.test(s) && s.length <= 120) return 'breadcrumb';
  if (COUNTER.test(s) && residue(s.replace(COUNTER, ''), TOOLBAR_TOKENS).length <= 4) return 'counter';
  if (s.length <= 60) {
    // share bars and toolbars are short lines of their tokens
    const hasShare = SHARE_TOKENS.some((t) => s.includes(t));
    const hasTool = TOOLBAR_TOKENS.some((t) => t.length > 1 && s.includes(t));
    if (hasShare && residue(s, SHARE_TOKENS).length === 0) return 'share';
    if ((hasShare || hasTool) && residue(s, [...TOOLBAR_TOKENS, ...SHARE_TOKENS]).length === 0) {
      return hasShare && !hasTool ? 'share' : 'toolbar';
    }
  }
  if (STRONG_FOOTER.test(s) && s.length <= 120) return 'footer';
  if (OTHER.test(s) && (s.length <= 40 || (/^(?:上一|下一)/.test(s) && s.length <= 100))) return 'other';
  if (s.length <= 40 && (s.match(HEADER_ANY)?.length ?? 0) >= 2) return 'header';
  return null;
}

/** A line that looks like report prose: the widening of zones stops here. */
function isBodyLike(s: string): boolean {
  if (s.length > 40) return true;
  if (SENTENCE.test(s) && s.length > 12) return true;
  if (HEADING.test(s)) return true;
  if (DATE_ONLY.test(s)) return true;
  if (ORG_END.test(s) && !/[|｜]/.test(s)) return true; // a signature (落款) line: 上犹县人民政府
  return false;
}

/** Navigation menus: several short words separated by spaces, no sentence punctuation. */
function isNavMenu(raw: string): boolean {
  const tokens = raw.trim().split(/[\s\u3000|｜]+/).filter(Boolean);
  if (tokens.length < 4) return false;
  if (SENTENCE.test(raw) || /[,，]/.test(raw)) return false;
  return tokens.every((t) => t.length <= 8 && !/\d{3,}/.test(t));
}

/** Inline chrome after a title on the same line: "…报告 发布时间:2025-01-17 来源:司法局 【字号:大 中 小】". */
const INLINE =
  /(?:^|[\s\u3000])(?:【\s*)?(?:发布时间|发布日期|更新时间|日期|时间|来源|信息来源|文章来源|作者|浏览次数|阅读次数|点击数|访问量|字号|字体大小|字体|我要打印|打印本页|关闭窗口|分享到)\s*(?:[:：]|】)/;

function inlineKind(marker: string): JunkKind {
  if (/次数|点击|访问/.test(marker)) return 'counter';
  if (/字号|字体|打印|关闭/.test(marker)) return 'toolbar';
  if (/分享/.test(marker)) return 'share';
  return 'header';
}

interface Mark {
  line: number;
  start: number;
  end: number;
  kind: JunkKind;
}

export function findJunk(text: string): JunkRange[] {
  // traditional-script mirrors: judge a same-length simplified copy, mark the original's offsets
  const lines = splitLines(simplifyChars(text));
  const kinds: Array<JunkKind | null> = lines.map((l) => classify(l.text));
  const marks: Mark[] = [];

  // Footer zone: from the first strong footer line in the last part of the text.
  const tailFrom = Math.floor(lines.length * 0.5);
  let footerAt = -1;
  for (let i = tailFrom; i < lines.length; i++) {
    const s = bare(lines[i]!.text);
    if (kinds[i] === 'footer' || (STRONG_FOOTER.test(s) && s.length <= 120)) {
      footerAt = i;
      break;
    }
  }
  if (footerAt >= 0) {
    // up over chrome and short non-prose lines
    for (let i = footerAt - 1; i >= 0; i--) {
      const s = bare(lines[i]!.text);
      if (s === '' || kinds[i] !== null) continue;
      if (isBodyLike(s) || !isShort(s, 30)) break;
      kinds[i] = 'footer';
    }
    // down to the end: everything short
    for (let i = footerAt; i < lines.length; i++) {
      const s = bare(lines[i]!.text);
      if (s === '' || kinds[i] !== null) continue;
      if (s.length > 80 && SENTENCE.test(s)) continue;
      kinds[i] = 'footer';
    }
  }
  // Weak footer keys anywhere in the last fifth (电话:, 站点地图, 政府查号台 …).
  for (let i = Math.floor(lines.length * 0.8); i < lines.length; i++) {
    const s = bare(lines[i]!.text);
    if (kinds[i] === null && s !== '' && s.length <= 60 && WEAK_FOOTER.test(s)) kinds[i] = 'footer';
  }

  // Top zone: navigation menus above the first body-like line.
  for (let i = 0; i < Math.min(lines.length, 40); i++) {
    const s = bare(lines[i]!.text);
    if (s === '') continue;
    if (kinds[i] === null && isBodyLike(s) && s.length > 40) break;
    if (kinds[i] === null && isNavMenu(lines[i]!.text)) kinds[i] = 'header';
    // the site's name above the title: 上犹县人民政府门户网站, 某某市人民政府网
    if (kinds[i] === null && s.length <= 30 && /(?:门户网站|政府网|网站|门户)$/.test(s) && !/报告|公报|总结|要点|方案/.test(s)) {
      kinds[i] = 'header';
    }
  }

  for (let i = 0; i < lines.length; i++) {
    const line: Line = lines[i]!;
    const kind = kinds[i];
    if (kind) {
      // trim leading/trailing whitespace of the line out of the range
      const lead = line.text.length - line.text.trimStart().length;
      const trail = line.text.length - line.text.trimEnd().length;
      marks.push({ line: i, start: line.start + lead, end: line.end - trail, kind });
      continue;
    }
    const m = INLINE.exec(line.text);
    if (m && m.index > 0 && line.text.length <= 200) {
      const before = line.text.slice(0, m.index);
      if (!SENTENCE.test(before) && squeeze(before).length >= 4) {
        const at = m.index + (m[0].length - m[0].trimStart().length);
        const trail = line.text.length - line.text.trimEnd().length;
        marks.push({ line: i, start: line.start + at, end: line.end - trail, kind: inlineKind(m[0]) });
      }
    }
  }

  // Merge neighbours of the same kind separated only by whitespace.
  const out: JunkRange[] = [];
  for (const m of marks) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === m.kind && text.slice(prev.end, m.start).trim() === '') prev.end = m.end;
    else out.push({ start: m.start, end: m.end, kind: m.kind });
  }
  return out.filter((r) => r.end > r.start);
}

/** The text with every junk range blanked out (same length, line breaks kept), for detectors that
 *  must not see chrome: stale dates, site names, footers. */
export function maskJunk(text: string, junk: readonly JunkRange[]): string {
  if (junk.length === 0) return text;
  let out = '';
  let at = 0;
  for (const r of [...junk].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue;
    out += text.slice(at, r.start) + text.slice(r.start, r.end).replace(/[^\n]/g, ' ');
    at = r.end;
  }
  return out + text.slice(at);
}
