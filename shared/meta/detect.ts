// Report metadata from the decoded text: title, reporting region (with code, level and parents from the
// gazetteer), the year covered and why, the publication date, the issuer, the kind of document and whether
// the page is Chinese prose at all. This file prepares the text and reads the page's fields; each question
// has its own module:
//   title.ts     the title line among the head's lines, chrome cut off; a built title when there is none
//   year.ts      the year covered, with its source (title, delivery, opening, published, body, quoted,
//                masked, none) and the words it was read from
//   doc-type.ts  法治政府建设报告, 政府工作报告, 统计公报, 政府信息公开年报 or other; not Chinese prose
//   region.ts    the place (down to townships), candidates when several fit, unknown when none is named
//
// Detection runs on a detection copy of the text: junk blanked out (stale chrome dates such as
// "今天是:2019年10月31日" or a site clock "2019年10月31日 星期四" never count), pinyin removed, traditional
// script converted to simplified, NFKC (full-width digits and punctuation). Line structure is kept, so the
// title is returned from the original line (original script, pinyin and chrome removed); the issuer comes
// out simplified. Header fields (发布日期, 发布机构, 标题 …) are read from the chrome itself.
//
// Only the head of the text is read for the title and the opening; whole-text passes are the ones the
// body's region clues need (one scan for place names) and the year's last fallbacks.
//
// Ambiguity: `region`/`regionCode`/`level`/`parents` hold the best guess, or null when no place is named
// as the report's own (region unknown). When other places fit nearly as well — same-name districts (铁东区
// in 鞍山市 and 四平市) with no parent named, a bare stem (长沙) with no 我县/我市, a township name used in
// several counties, body scores within 15% of each other — `regionCandidates` lists them, best first, and
// the UI asks the user. Empty means resolved.
import { findJunk, maskJunk } from '../text/junk.ts';
import type { JunkRange } from '../text/types.ts';
import { dateOnlyLine, parseDate } from './dates.ts';
import { detectRegion } from './region.ts';
import { prepare, scan, squeeze, tidy } from './scan.ts';
import { docTypeOf, isNotChinese } from './doc-type.ts';
import { buildTitle, findTitle } from './title.ts';
import { coveredYear } from './year.ts';
import type { TitleLine } from './title.ts';
import type { ReportMeta } from './types.ts';

export { AMBIGUITY_RATIO } from './region.ts';

export interface DetectOptions {
  fileName?: string;
  junk?: JunkRange[];
}


// ---------------------------------------------------------------------------------------------------
// Lines, title, header fields


const FIELD_KEYS =
  '索引号|主题分类|主题词|发布机构|发文机关|发布单位|发文单位|成文日期|发文日期|发文字号|文号|发布日期|生效日期|废止日期|有效性|' +
  '效力状况|体裁分类|组配分类|服务对象分类|信息分类|公开方式|公开范围|公开时限|所属机构|生成日期|标题|来源|信息来源|文章来源|稿源|' +
  '作者|发布时间|更新时间|发表时间|公开日期|印发日期|日期|时间|浏览次数|阅读次数|点击数|字号|字体大小';
const FIELD = new RegExp(`(?:^|[\\s【])(${FIELD_KEYS})\\s*[:：]`, 'g');

/** key → value for the `key: value` fields of the page (header block, 来源/日期 lines). */
function readFields(lines: string[]): Map<string, string> {
  const fields = new Map<string, string>();
  for (const raw of lines) {
    if (!raw.includes(':') && !raw.includes('：')) continue; // every field has its colon
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

const PUBLISHED_KEYS = ['发布日期', '发布时间', '公开日期', '发表时间', '日期', '时间', '成文日期', '发文日期', '印发日期', '生成日期', '更新时间'];
const ISSUER_KEYS = ['发布机构', '发文机关', '发布单位', '发文单位'];
const SOURCE_KEYS = ['来源', '信息来源', '文章来源', '稿源'];
const ORG = /^(?:中共)?[\u4e00-\u9fff()（）]{2,30}?(?:人民政府(?:办公室)?|政府办公室|人民代表大会常务委员会|委员会|办公室|办公厅|管理局|司法局|统计局|[^\s]{0,8}局|法院|检察院|人民政府|政府|委|厅|中心)$/;

/** The first lines, up to about `chars` characters (detection never needs the whole text for this). */
function headOf(lines: readonly string[], chars: number): string {
  let out = '';
  for (const line of lines) {
    if (out.length >= chars) break;
    out += `${line}\n`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

export function detectMeta(text: string, options: DetectOptions = {}): ReportMeta {
  const junk = options.junk ?? findJunk(text);
  const masked = maskJunk(text, junk);

  const originalLines = masked.split('\n'); // original script, chrome blanked (a title line may carry 发布时间…)
  const maskedPrepared = prepare(masked).split('\n');
  const rawLines = text.split('\n');

  const lines: TitleLine[] = [];
  for (let i = 0; i < maskedPrepared.length; i++) {
    const s = squeeze(maskedPrepared[i]!);
    if (s) lines.push({ index: i, original: originalLines[i] ?? maskedPrepared[i]!, s });
  }
  const blank = (i: number) => squeeze(rawLines[i] ?? '') === '';

  // header fields come from the first and last lines, chrome included
  const edges = (from: number, to?: number) => prepare(rawLines.slice(from, to).join('\n')).split('\n');
  // a short page without chrome: both edges are the whole text, prepared already
  const whole = junk.length === 0 && rawLines.length <= 60;
  const fields = readFields(whole ? maskedPrepared : edges(0, 60).concat(edges(-60)));

  // title: the best title line of the head; else the 标题 field
  const found = findTitle(lines, blank);
  let title = found?.text ?? null;
  let titleS = found?.s ?? null;
  if (!title && fields.get('标题')) {
    title = tidy(fields.get('标题')!);
    titleS = squeeze(prepare(title));
  }

  const bodyLines = found ? lines.filter((l) => l.index > found.lastLine) : lines;
  if (found?.rest) bodyLines.unshift({ index: found.line, original: '', s: found.rest });
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
  // the subtitle of a speech: ——2024年1月15日在…, or (2024年1月15日在…会议上)
  const deliveryLine = bodyLines.slice(0, 4).find((l) => /^(?:——|[(（])/.test(l.s))?.s ?? '';
  const delivery = /^(?:——|[(（])\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)在/.exec(deliveryLine);
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

  const notChinese = isNotChinese(headOf(maskedPrepared, 4000));
  // a translation or other non-Chinese page imports, but does not pretend to be a report
  const docType = notChinese ? 'other' : docTypeOf(titleS, body);
  const covered = coveredYear({ title: titleS, docType, delivery: deliveryDate ? deliveryLine : null, opening: lead, published, body });
  const year = covered.year;

  // region
  const issuerText = [issuer ?? '', ...SOURCE_KEYS.map((k) => fields.get(k) ?? '')].join(' ');
  const region = detectRegion(titleS, `${lead}\n${deliveryLine}`, body, issuerText, options.fileName);
  const place = region.place;

  return {
    title: title ?? buildTitle(place?.name ?? null, year, docType),
    titleBuilt: title === null,
    region: place?.name ?? null,
    regionCode: place?.code ?? null,
    parents: place ? [...place.parents] : [],
    level: place?.level ?? null,
    year,
    yearSource: covered.source,
    yearEvidence: covered.evidence,
    published,
    issuer: issuer ? tidy(issuer) : null,
    docType,
    notChinese,
    regionCandidates: region.candidates,
  };
}
