// Report metadata from the decoded text: title, reporting region (with code, level and parents from the
// gazetteer), the year covered, the publication date, the issuer and the kind of document.
//
// Detection runs on a detection copy of the text: junk blanked out (stale chrome dates such as
// "今天是:2019年10月31日" never count), pinyin removed, traditional script converted to simplified, NFKC
// (full-width digits and punctuation). Line structure is kept, so the title is returned as the original
// line (original script, pinyin and a glued site name removed); the issuer comes out simplified. Header
// fields (发布日期, 发布机构, 标题 …) are read from the chrome itself.
//
// Year covered: the title's year (2022法治政府… without 年 too), minus one for a 政府工作报告 (titled and
// delivered in the following year); else the opening sentence (2024年,… / 2023年以来); else the
// publication year minus one; else the commonest year of the body. A masked 20XX gives null.
//
// Region, in order: the title (deepest place named there: 江门市江海区 → 江海区); a stem at the start of
// the title (长沙2024年… → 长沙县 or 长沙市 by the text's clues); the body, scored by where and how often
// each full name occurs (lead sentence, issuer, quoted document names 《许昌市…》, frequency, aliases like
// 星沙), how well its suffix fits the text's self-references (我县/全县 vs 我市 vs 我区/我旗) and how
// often its parents are named; finally the file name.
//
// Ambiguity: `region`/`regionCode`/`level`/`parents` always hold the best guess (or null when nothing
// fits). When other places fit nearly as well — same-name districts (铁东区 in 鞍山市 and 四平市) with no
// parent named, a bare stem (长沙) with no 我县/我市, body scores within 15% of each other —
// `regionCandidates` lists them all, best first, and the UI asks the user. Empty means resolved.
import { findJunk, maskJunk } from '../text/junk.ts';
import type { JunkRange } from '../text/types.ts';
import { dateOnlyLine, parseDate } from './dates.ts';
import { countOf, detectRegion } from './region.ts';
import { prepare, scan, squeeze, tidy } from './scan.ts';
import { stripPinyin } from '../text/script.ts';
import type { DocType, ReportMeta } from './types.ts';

export { AMBIGUITY_RATIO } from './region.ts';

export interface DetectOptions {
  fileName?: string;
  junk?: JunkRange[];
}


// ---------------------------------------------------------------------------------------------------
// Lines, title, header fields

interface TextLine {
  index: number;
  original: string;
  s: string; // prepared and squeezed
}

const TITLE_WORD = /报告|公报|总结|情况|要点|方案|解读|意见|通知|通报|年报|纪实|规划|计划|工作|白皮书|综述/;
const TITLE_END = /(?:报告|公报|总结|情况|要点|方案|解读|意见|通知|通报|年报|纪实|规划|计划|白皮书|综述)(?:[(（][^)）]*[)）])?$/;
const HEADING = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[.、](?!\d))/;
const SITE = /网站|门户|政府网|主页|首页|政务公开|信息公开/;

function isTitleLike(s: string): boolean {
  if (s.length < 4 || s.length > 80) return false;
  if (/[。；;!！?？]/.test(s)) return false;
  if (/[,，:：]$/.test(s)) return false;
  if ((s.match(/[,，]/g)?.length ?? 0) > 1) return false;
  if (HEADING.test(s) || /^——|^--/.test(s)) return false;
  if (dateOnlyLine(s)) return false;
  if (/^各位代表|^同志们/.test(s)) return false;
  if (!/[\u4e00-\u9fff]/.test(s)) return false;
  if (SITE.test(s) && !TITLE_WORD.test(s)) return false;
  return true;
}

function isProse(s: string): boolean {
  return s.length > 40 || (/[。；]/.test(s) && s.length > 15);
}

/** A page title often carries the site after it: "…年度报告_长沙县人民政府门户网站", "…报告 | 某某市人民政府". */
const SITE_SUFFIX = /\s*(?:[_|｜]|\s-\s)\s*[^_|｜]{2,30}(?:门户网站|网站|政府网|网|人民政府|门户)\s*$/;

function withoutSite(s: string): string {
  return s.replace(SITE_SUFFIX, '');
}

function findTitle(lines: TextLine[]): { text: string; s: string; line: number } | null {
  const firstLines = lines.slice(0, 10);
  for (let k = 0; k < firstLines.length; k++) {
    const line = firstLines[k]!;
    if (isProse(line.s)) return null;
    if (!isTitleLike(line.s)) continue;
    const next = firstLines[k + 1];
    // a title broken over two lines: 上犹县 / 2024年法治政府建设情况报告, 关于…法治政府建设 / 情况的报告
    if (next && !TITLE_END.test(line.s) && isTitleLike(next.s) && next.s.length <= 40 && TITLE_END.test(next.s)) {
      return { text: withoutSite(stripPinyin(tidy(line.original) + tidy(next.original))), s: withoutSite(line.s + next.s), line: line.index };
    }
    if (!TITLE_WORD.test(line.s) && next && TITLE_WORD.test(next.s) && isTitleLike(next.s) && !isProse(next.s)) continue;
    return { text: withoutSite(stripPinyin(tidy(line.original))), s: withoutSite(line.s), line: line.index };
  }
  return null;
}

const FIELD_KEYS =
  '索引号|主题分类|主题词|发布机构|发文机关|发布单位|发文单位|成文日期|发文日期|发文字号|文号|发布日期|生效日期|废止日期|有效性|' +
  '效力状况|体裁分类|组配分类|服务对象分类|信息分类|公开方式|公开范围|公开时限|所属机构|生成日期|标题|来源|信息来源|文章来源|稿源|' +
  '作者|发布时间|更新时间|发表时间|公开日期|印发日期|日期|时间|浏览次数|阅读次数|点击数|字号|字体大小';
const FIELD = new RegExp(`(?:^|[\\s【])(${FIELD_KEYS})\\s*[:：]`, 'g');

/** key → value for the `key: value` fields of the page (header block, 来源/日期 lines). */
function readFields(lines: string[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const raw of lines) {
    const line = raw.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff]\s*[:：])|(?<=^|\s)([\u4e00-\u9fff]) {1,3}(?=[\u4e00-\u9fff])/g, '$1');
    if (line.length > 200 || /^今天是|^今日是/.test(line.trim())) continue;
    const found: Array<{ key: string; at: number; valueAt: number }> = [];
    for (const m of line.matchAll(FIELD)) {
      found.push({ key: m[1]!, at: m.index!, valueAt: m.index! + m[0].length });
    }
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      const stop = found[i + 1]?.at ?? line.length;
      const value = line
        .slice(f.valueAt, stop)
        .trimStart()
        .split(/\s{2,}|\u3000|】/)[0]!
        .trim();
      if (value && !fields.has(f.key)) fields.set(f.key, value);
    }
  }
  return fields;
}

// ---------------------------------------------------------------------------------------------------
// Year, dates, issuer, kind

const YEAR = /(?<![\d.])((?:19|20)\d{2})(?!\d)(?!\s*[-—–~至到]\s*(?:19|20)?\d{2})(?=\s*年|[\u4e00-\u9fff])/g;
const MASKED_YEAR = /20[XxＸｘ×*＊]{2}|20[XxＸｘ×*＊]年|二〇[XxＸｘ×*＊]{2}/;

function firstYear(s: string): number | null {
  for (const m of s.matchAll(YEAR)) {
    // skip the second half of a range: 2021—2025年
    const before = s.slice(Math.max(0, m.index! - 2), m.index!);
    if (/[-—–~至到]\s*$/.test(before)) continue;
    return Number(m[1]);
  }
  return null;
}

function mostFrequentYear(s: string): number | null {
  const counts = new Map<number, number>();
  const plain = s.replace(/《[^》]{0,80}》/g, '');
  for (const m of plain.matchAll(YEAR)) {
    const before = plain.slice(Math.max(0, m.index! - 2), m.index!);
    if (/[-—–~至到]\s*$/.test(before)) continue;
    const y = Number(m[1]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (c > bestCount) {
      best = y;
      bestCount = c;
    }
  }
  return best;
}

const PUBLISHED_KEYS = ['发布日期', '发布时间', '公开日期', '发表时间', '日期', '时间', '成文日期', '发文日期', '印发日期', '更新时间'];
const ISSUER_KEYS = ['发布机构', '发文机关', '发布单位', '发文单位'];
const SOURCE_KEYS = ['来源', '信息来源', '文章来源', '稿源'];
const ORG = /^(?:中共)?[\u4e00-\u9fff()（）]{2,30}?(?:人民政府(?:办公室)?|政府办公室|人民代表大会常务委员会|委员会|办公室|办公厅|管理局|司法局|统计局|[^\s]{0,8}局|法院|检察院|人民政府|政府|委|厅|中心)$/;

function docTypeOf(title: string | null, body: string): DocType {
  const t = title ?? '';
  if (/解读|图解|一图读懂|图说|答记者问|发布会|问答|H5|专访/.test(t)) return 'other';
  if (/召开|举行|举办|出席|调研|部署会|获悉|发布|公布|亮相|荣获|入选|审议通过|听取/.test(t)) return 'other';
  if (/政府工作报告/.test(t)) return '政府工作报告';
  if (/统计公报|国民经济和社会发展.{0,6}公报/.test(t)) return '统计公报';
  if (/法治政府|依法行政|法治建设/.test(t) && /报告|情况|总结|年报/.test(t)) return '法治政府建设报告';
  if (t && /报告|公报/.test(t) === false && TITLE_WORD.test(t) && !/法治/.test(t)) return 'other';

  const cjk = body.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (cjk < 150) return 'other'; // a portal page, an English translation, an empty shell
  const lead = body.slice(0, 400);
  if (/^(?:近日|日前|本报讯|记者|[(（]记者)/.test(lead.trim())) return 'other';
  if (/各位代表/.test(lead) && /政府工作|报告工作/.test(body.slice(0, 1500))) return '政府工作报告';
  if (/统计公报|初步核算|地区生产总值|全年.{0,10}生产总值/.test(lead)) return '统计公报';
  const rule = countOf(body, '法治政府');
  if (rule >= 5 || (rule >= 3 && /报告如下|情况报告|年度报告|报告制度|工作报告/.test(body))) return '法治政府建设报告';
  if (/法治政府建设/.test(t)) return '法治政府建设报告';
  return 'other';
}

// ---------------------------------------------------------------------------------------------------

export function detectMeta(text: string, options: DetectOptions = {}): ReportMeta {
  const junk = options.junk ?? findJunk(text);
  const masked = maskJunk(text, junk);

  const originalLines = masked.split('\n'); // original script, chrome blanked (a title line may carry 发布时间…)
  const maskedPrepared = prepare(masked).split('\n');
  const fullPrepared = prepare(text).split('\n');

  const lines: TextLine[] = [];
  for (let i = 0; i < maskedPrepared.length; i++) {
    const s = squeeze(maskedPrepared[i]!);
    if (s) lines.push({ index: i, original: originalLines[i] ?? maskedPrepared[i]!, s });
  }

  // header fields come from the whole text, chrome included
  const fields = readFields(fullPrepared.slice(0, 60).concat(fullPrepared.slice(-60)));

  // title: the first real title line; else the 标题 field
  const found = findTitle(lines);
  let title = found?.text ?? null;
  let titleS = found?.s ?? null;
  if (!title && fields.get('标题')) {
    title = tidy(fields.get('标题')!);
    titleS = squeeze(prepare(title));
  }
  const titleLine = found?.line ?? -1;

  const bodyLines = lines.filter((l) => l.index > titleLine || titleLine === -1);
  const body = bodyLines.map((l) => l.s).join('\n');
  const lead = bodyLines
    .filter((l) => !dateOnlyLine(l.s) && !/^——/.test(l.s) && !(l.s.length <= 30 && ORG.test(l.s)))
    .map((l) => l.s)
    .join('\n')
    .slice(0, 300);

  // published: a header field, else a 落款 date among the last lines, else a delivery date (——2024年1月15日在…)
  let published: string | null = null;
  for (const key of PUBLISHED_KEYS) {
    const v = fields.get(key);
    const d = v ? parseDate(v) : null;
    if (d) {
      published = d.iso;
      break;
    }
  }
  let signature: string | null = null;
  const tail = bodyLines.slice(-6);
  for (let k = tail.length - 1; k >= 0; k--) {
    const iso = dateOnlyLine(tail[k]!.s);
    if (iso) {
      published ??= iso;
      const prev = tail[k - 1]?.s;
      if (prev && prev.length <= 30 && ORG.test(prev)) signature = prev;
      break;
    }
    const sig = /^(.{2,30}?)((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)$/.exec(tail[k]!.s);
    if (sig && ORG.test(sig[1]!)) {
      signature = sig[1]!;
      published ??= parseDate(sig[2]!)?.iso ?? null;
      break;
    }
  }
  // a date right under the title (统计公报: 临沂市统计局 / 2024年3月20日), with the issuing bodies above it
  const head = bodyLines.slice(0, 5);
  for (let k = 0; k < head.length; k++) {
    const iso = dateOnlyLine(head[k]!.s);
    if (!iso) continue;
    published ??= iso;
    const orgs = head.slice(0, k).map((l) => l.s).filter((s) => s.length <= 30 && ORG.test(s));
    if (!signature && orgs.length) signature = orgs[0]!;
    break;
  }
  const delivery = /^——\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)在/.exec(bodyLines.slice(0, 4).find((l) => l.s.startsWith('——'))?.s ?? '');
  const deliveryDate = delivery ? parseDate(delivery[1]!)?.iso ?? null : null;
  published ??= deliveryDate;

  // issuer
  let issuer: string | null = null;
  for (const key of ISSUER_KEYS) if (!issuer && fields.get(key)) issuer = fields.get(key)!;
  issuer ??= signature;
  for (const key of SOURCE_KEYS) if (!issuer && fields.get(key) && ORG.test(squeeze(fields.get(key)!))) issuer = fields.get(key)!;
  if (!issuer) {
    // 政府工作报告: "宁乡市人民政府市长 某某某" under the subtitle
    for (const l of bodyLines.slice(0, 5)) {
      const m = /^((?:[\u4e00-\u9fff]{2,20}?)人民政府)(?:代?(?:省|市|县|区|州|旗|盟)长)/.exec(l.s);
      if (m) {
        issuer = m[1]!;
        break;
      }
    }
  }
  if (!issuer && titleS) {
    const m = /^((?:中共)?[\u4e00-\u9fff]{2,20}?(?:人民政府|司法局|统计局|委员会|办公室))(?:关于)?/.exec(titleS);
    if (m && scan(m[1]!).length) issuer = m[1]!;
  }

  const docType = docTypeOf(titleS, body);

  // year covered
  let year: number | null = null;
  let masked20XX = false;
  if (titleS) {
    if (MASKED_YEAR.test(titleS)) masked20XX = true;
    else year = firstYear(titleS);
  }
  if (docType === '政府工作报告') {
    // delivered early in year N+1 about year N: the title and delivery date carry N+1
    const delivered = deliveryDate ? Number(deliveryDate.slice(0, 4)) : year;
    year = delivered !== null ? delivered - 1 : firstYear(body.replace(/^——.*$/m, ''));
  }
  if (year === null && !masked20XX) {
    const opening = lead.replace(/《[^》]{0,80}》/g, '《》').slice(0, 120); // not the years of quoted plans
    if (MASKED_YEAR.test(opening.slice(0, 60))) masked20XX = true;
    else year = firstYear(opening);
  }
  if (year === null && !masked20XX && published) year = Number(published.slice(0, 4)) - 1;
  if (year === null && !masked20XX) year = mostFrequentYear(body);

  // region
  const issuerText = [issuer ?? '', ...SOURCE_KEYS.map((k) => fields.get(k) ?? '')].join(' ');
  const subtitle = bodyLines.slice(0, 4).find((l) => l.s.startsWith('——'))?.s ?? '';
  const region = detectRegion(titleS, `${lead}\n${subtitle}`, body, issuerText, options.fileName);
  const place = region.place;

  return {
    title,
    region: place?.name ?? null,
    regionCode: place?.code ?? null,
    parents: place ? [...place.parents] : [],
    level: place?.level ?? null,
    year,
    published,
    issuer: issuer ? tidy(issuer) : null,
    docType,
    regionCandidates: region.candidates,
  };
}
