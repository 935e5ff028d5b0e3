// The report's title line, and a built title for a text that has none.
//
// Every line of the head (above the first paragraph of prose) and every pair of lines a title may be broken
// over is a candidate, scored: the genre's ending (…报告, …公报, …汇报), a year, a place, 关于 at the start.
// Page chrome is cut off a candidate first (a watermark ending in a web address, a site name and a date
// with 星期 before the title, a column name such as 通知公告 glued in front, a site name after "_" or "|"),
// and what can never be a title is refused: header fields (文件编号: 有效性:), document numbers (鞍委〔2023〕20号),
// dates, headings, and short lines without a title word (微信, 江海政务微信, 印象星沙, 党政办公室).
// A title glued to the opening sentence on one line (mirror sites) is cut where the sentence starts.
import { dateOnlyLine } from './dates.ts';
import { findTowns } from './gazetteer.ts';
import { scan, tidy } from './scan.ts';
import { simplifyChars, stripPinyin } from '../text/script.ts';
import type { DocType } from './types.ts';

export interface TitleLine {
  /** Line number in the text. */
  index: number;
  /** The line as written (original script), chrome blanked. */
  original: string;
  /** Prepared (simplified, NFKC) and squeezed. */
  s: string;
}

export interface FoundTitle {
  /** For display: original script, pinyin and chrome removed. */
  text: string;
  /** Prepared and squeezed, for detection. */
  s: string;
  /** First and last line numbers the title spans. */
  line: number;
  lastLine: number;
  /** A title glued to the opening sentence: the rest of its line (prepared, squeezed). */
  rest?: string;
}

const ENDING = '报告|公报|汇报|总结|情况|要点|方案|解读|意见|通知|通报|年报|纪实|规划|计划|白皮书|综述';
export const TITLE_WORD = new RegExp(`${ENDING}|工作`);
const TITLE_END = new RegExp(`(?:${ENDING})(?:[(（][^)）]*[)）])?$`);
const HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、](?!\d))/;
const SITE = /网站|门户|政府网|主页|首页|政务公开|信息公开/;
const FIELD_IN_LINE = /(?:文件编号|编号|索引号|有效性|发文字号|文号|主题分类|发布机构|生成日期|公开方式|公开范围|来源|发布时间|日期)\s*[:：]/;
const DOC_NUMBER = /^[\u4e00-\u9fff]{1,10}\s*[〔[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,4}\s*号$/;
const WEEKDAY = /(?:星期|礼拜|周)[一二三四五六日天]/;
const ORG_ONLY = /(?:人民政府|政府|办公室|管理局|司法局|统计局|局|委员会|中心|网|微信|微博|公众号|手机版)$/;

/** A column or category name a page puts above (or glues in front of) its title. */
const CATEGORY =
  '通知公告|公示公告|通知通告|公告公示|工作动态|政务动态|部门动态|新闻动态|最新动态|要闻动态|政务要闻|本地要闻|图片新闻|' +
  '政策文件|文件通知|政府文件|部门文件|其他文件|法治政府建设|法治建设|计划总结|规划计划|年度报告|工作报告';
const CATEGORY_ONLY = new RegExp(`^(?:${CATEGORY})$`);
const CATEGORY_GLUED = new RegExp(
  '^(?:通知公告|公示公告|通知通告|公告公示|工作动态|政务动态|部门动态|新闻动态|最新动态|要闻动态|政务要闻|本地要闻|政策文件|文件通知|政府文件|部门文件)\\s*' +
    '(?=关于|中共|[0-9０-９]{4}|.{2,12}?(?:省|市|县|区|旗|州|盟|镇|乡|街道)|.{2,40}(?:报告|公报|汇报|总结|年报)$)',
);

/** Watermarks ending in a web address: "某某之家—全网资源每日更新www.example.com". */
const WATERMARK = /^.{0,40}?(?:https?:\/\/|www\.)[A-Za-z0-9._/-]+?\.(?:com|cn|net|org)(?:\.cn)?(?:\/[A-Za-z0-9._/-]*)?\s*/i;
/** A site header's clock before the title: "某某县人民政府 2019年10月31日 星期四 农历九月初三 …". */
const DATE = '(?:19|20)[0-9０-９]{2}\\s*(?:年|[-/.])\\s*[0-9０-９]{1,2}\\s*(?:月|[-/.])\\s*[0-9０-９]{1,2}\\s*日?';
const WEEKDAY_WORD = '[(（]?\\s*(?:星期|礼拜|周)[一二三四五六日天]\\s*[)）]?';
const LUNAR = '农历\\s*[^\\s]{2,8}';
const DATE_WEEKDAY_PREFIX = new RegExp(
  `^.{0,40}?(?:${DATE}\\s*(?:${LUNAR}\\s*)?${WEEKDAY_WORD}|${WEEKDAY_WORD}\\s*${DATE})\\s*(?:${LUNAR}\\s*)?`,
);
/** "…年度报告_长沙县人民政府门户网站", "…报告 | 某某市人民政府", "…报告-某某县人民政府". */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s-\s|(?<=报告|公报|汇报|总结|年报)\s*[-—–])\s*[^_|｜]{2,30}(?:门户网站|网站|政府网|网|人民政府|门户)\s*$/;

/** Undecodable bytes at either end of a title line: "???", U+FFFD. */
const MOJIBAKE_START = /^[\uFFFD?？\s]{2,}/;
const MOJIBAKE_END = /[\uFFFD?？\s]*[\uFFFD?？]{2,}[\uFFFD?？\s]*$/;
/** A portal's tag before a title: 【图文】, [原创], 【置顶】. */
const TAG = /^\s*[【[［](?:图文|视频|原创|转载|专题|置顶|最新|热点|推荐)[】\]］]\s*/;
/** A bracketed source or date after a title: (来源:某某县司法局), 【发布时间:2024-02-01】. */
const SOURCE_SUFFIX = /\s*[(（【[［]\s*(?:来源|信息来源|文章来源|作者|发布时间|发布日期|日期|时间)\s*[:：][^)）】\]］]*[)）】\]］]\s*$/;

/** [from, to) of the title inside a candidate string, chrome cut off both ends. Same rules on the
 *  detection copy and on the simplified twin of the original line, so both cut the same words. */
function titleSpan(s: string): [number, number] {
  let from = 0;
  let to = s.length;
  // what each pattern cannot match without: most lines skip the patterns tried at every position
  const address = /https?:\/\/|www\./i.test(s);
  const weekday = WEEKDAY.test(s);
  const mojibake = /[\uFFFD?？]/.test(s);
  const field = /[:：]/.test(s);
  const site = /网|人民政府|门户/.test(s);
  for (const re of [MOJIBAKE_START, address ? WATERMARK : null, weekday ? DATE_WEEKDAY_PREFIX : null, TAG, CATEGORY_GLUED]) {
    const m = re?.exec(s.slice(from, to));
    if (m && m[0].length > 0 && to - from - m[0].length >= 6) from += m[0].length;
  }
  for (const re of [mojibake ? MOJIBAKE_END : null, field ? SOURCE_SUFFIX : null, site ? SITE_SUFFIX : null, mojibake ? MOJIBAKE_END : null]) {
    const m = re?.exec(s.slice(from, to));
    if (m && m.index >= 4) to = from + m.index;
  }
  return [from, to];
}

function cut(s: string): string {
  const [from, to] = titleSpan(s);
  return s.slice(from, to);
}

/** The original line as shown: pinyin removed, spaces tidied, chrome cut off by the same rules. */
function display(original: string): string {
  const shown = tidy(stripPinyin(original));
  const [from, to] = titleSpan(twinOf(shown));
  return shown.slice(from, to).trim();
}

/** A simplified, NFKC copy with the same offsets (NFKC only where it keeps them). */
function twinOf(s: string): string {
  const simple = simplifyChars(s);
  const nfkc = simple.normalize('NFKC');
  return nfkc.length === simple.length ? nfkc : simple;
}

function isProse(s: string): boolean {
  return s.length > 40 || (/[。；]/.test(s) && s.length > 15);
}

/** How much a string looks like this report's title; null when it can never be one. */
function titleScore(s: string): number | null {
  if (s.length < 4 || s.length > 80) return null;
  if (/[。；;]/.test(s) || /[,，:：]$/.test(s) || (s.match(/[,，]/g)?.length ?? 0) > 1) return null;
  if (HEADING.test(s) || /^(?:——|--)/.test(s) || /^(?:各位代表|同志们)/.test(s)) return null;
  // a subtitle or note: (2024年1月10日在…会议上), ——在…大会上
  if (/^[(（]/.test(s) || /会议上[)）]?$|大会上[)）]?$/.test(s)) return null;
  if (!/[\u4e00-\u9fff]/.test(s) || dateOnlyLine(s) || WEEKDAY.test(s) && /\d{1,2}日/.test(s)) return null;
  if (FIELD_IN_LINE.test(s) || DOC_NUMBER.test(s)) return null;
  const word = TITLE_WORD.test(s);
  if (!word && (s.length < 10 || ORG_ONLY.test(s) || SITE.test(s))) return null;
  if (!word && /\d{4}年\d{1,2}月\d{1,2}日/.test(s)) return null; // a signature with its date
  // a line without any title word (a news headline) is the title only when nothing better is there
  let score = TITLE_END.test(s) ? 4 : word ? 1 : -2;
  if (/(?:19|20)\d{2}/.test(s)) score += 2;
  if (scan(s).some((h) => !h.alias) || findTowns(s).length > 0) score += 2;
  if (/^(?:关于|中共)/.test(s)) score += 1;
  if (s.length >= 10 && s.length <= 60) score += 1;
  if (CATEGORY_ONLY.test(s)) score -= 3;
  // a repost's headline: 聚焦…|干货满满!一图读懂…
  if (/[|｜!！?？【】]/.test(s)) score -= 6;
  return score;
}

interface Candidate extends FoundTitle {
  score: number;
  order: number;
}

/** The opening sentence glued to the title on one line: "…情况的报告2023年,省政府坚持…". */
const GLUED_END = /^((?:关于|中共)?[^，。；,;：:！!？?]{4,60}?(?:报告|公报|汇报|总结))(?=(?:19|20)\d{2}年|一年来|今年以来|过去的?一年|[一二三四五六七八九十]+、|各位代表)/;

function gluedTitle(line: TitleLine): FoundTitle | null {
  const s = cut(line.s);
  const m = GLUED_END.exec(s);
  if (!m) return null;
  const score = titleScore(m[1]!);
  if (score === null || score < 6) return null; // the genre's ending plus a year or a place
  const shown = tidy(stripPinyin(line.original));
  const twin = twinOf(shown);
  const start = titleSpan(twin)[0];
  const end = GLUED_END.exec(twin.slice(start));
  const text = end ? shown.slice(start, start + end[1]!.length).trim() : m[1]!;
  return { text, s: m[1]!, line: line.index, lastLine: line.index, rest: s.slice(m[1]!.length) };
}

/** The title among the first lines; `blank(i)` says whether line i of the text is empty as written (a
 *  title broken over two lines may have one empty line between its halves, never a line of chrome). */
export function findTitle(lines: readonly TitleLine[], blank: (index: number) => boolean): FoundTitle | null {
  const head: TitleLine[] = [];
  let prose: TitleLine | undefined;
  for (const line of lines.slice(0, 14)) {
    if (!/[\u4e00-\u9fff]/.test(line.s)) continue; // an English menu or a code line, never prose of the report
    if (isProse(cut(line.s))) {
      prose = line;
      break;
    }
    head.push(line);
  }
  const candidates: Candidate[] = [];
  let order = 0;
  for (let k = 0; k < head.length; k++) {
    const line = head[k]!;
    const s = cut(line.s);
    const single = titleScore(s);
    if (single !== null) candidates.push({ text: display(line.original), s, line: line.index, lastLine: line.index, score: single, order: order++ });
    const next = head[k + 1];
    if (!next || TITLE_END.test(s) || !TITLE_END.test(next.s) || s.length > 40 || next.s.length > 40) continue;
    if (/[:：]/.test(s) || CATEGORY_ONLY.test(s) || next.index - line.index > 2) continue;
    if (/\d{4}年\d{1,2}月\d{1,2}日/.test(s)) continue; // a signature with its date above the title
    let gap = true;
    for (let i = line.index + 1; i < next.index; i++) gap &&= blank(i);
    if (!gap) continue;
    const joinedS = cut(line.s + next.s);
    const joined = titleScore(joinedS);
    // a title on one line beats the same title with the line above glued on
    if (joined !== null) {
      candidates.push({
        text: display(`${tidy(line.original)}${tidy(next.original)}`),
        s: joinedS,
        line: line.index,
        lastLine: next.index,
        score: joined - 0.5,
        order: order++,
      });
    }
  }
  if (candidates.length === 0) return prose ? gluedTitle(prose) : null;
  // a page repeats its own title (the page title, then the document's heading); a list of links does not
  // (a line cuts to a candidate only if it holds it: cut only those)
  const near = lines.slice(0, 40);
  for (const c of candidates) if (near.filter((l) => l.s.includes(c.s) && cut(l.s) === c.s).length >= 2) c.score += 1;
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = candidates[0]!;
  return { text: best.text, s: best.s, line: best.line, lastLine: best.lastLine };
}

const TYPE_WORDS: Record<DocType, string> = {
  法治政府建设报告: '法治政府建设报告',
  政府工作报告: '政府工作报告',
  统计公报: '统计公报',
  政府信息公开年报: '政府信息公开年报',
  other: '文档',
};

/** "南昌县 · 2021 · 统计公报" for a text without a title line (ReportMeta.titleBuilt says so). */
export function buildTitle(region: string | null, year: number | null, docType: DocType): string {
  return [region ?? '地区不详', year === null ? '年份不详' : String(year), TYPE_WORDS[docType]].join(' · ');
}
