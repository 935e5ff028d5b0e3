// What kind of document a text is, and whether it is Chinese prose at all.
//
// The title decides when it can: a 解读, a news headline (召开, 举行 …) or a plan (要点, 方案, 计划) is not a
// report; 政府信息公开工作年度报告 before 政府工作报告 (both hold 工作报告); then 政府工作报告, 统计公报 and the
// 法治政府建设 report with its variants (依法行政, 法治建设, …情况的汇报). Without a telling title, the body:
// a news lead (近日, 本报讯), 各位代表 (a work report), the 条例 a 信息公开年报 is written under, the
// statistician's 初步核算 or a 综合 section on GDP, and how often 法治政府 occurs. A portal page that merely
// quotes the year's GDP is "other".
import { TITLE_WORD } from './title.ts';
import type { DocType } from './types.ts';

function countOf(s: string, needle: string): number {
  let n = 0;
  for (let i = s.indexOf(needle); i !== -1; i = s.indexOf(needle, i + needle.length)) n++;
  return n;
}

export function docTypeOf(title: string | null, body: string): DocType {
  // a notice that issues or submits a report (关于印发《…年度报告》的通知) is that report
  const carried = title ? /(?:印发|报送|公布|公开|呈报)《([^》]{4,60})》的(?:通知|函|请示|报告)$/.exec(title) : null;
  if (carried && /报告|公报|汇报|总结|年报/.test(carried[1]!)) return docTypeOf(carried[1]!, body);
  const t = title ?? '';
  if (/解读|图解|一图读懂|图说|答记者问|发布会|问答|H5|专访/.test(t)) return 'other';
  if (/召开|举行|举办|出席|调研|部署会|获悉|发布|公布|亮相|荣获|入选|审议通过|听取/.test(t)) return 'other';
  if (/政府信息公开/.test(t) && /年度报告|年报|工作报告|情况报告/.test(t)) return '政府信息公开年报';
  // the other work reports delivered to the same congress: court, procuratorate, standing committee, CPPCC
  if (/(?:法院|检察院|常务委员会|常委会|政协|委员会)工作报告/.test(t)) return 'other';
  if (/政府工作报告/.test(t)) return '政府工作报告';
  if (/统计公报|国民经济和社会发展.{0,6}公报/.test(t)) return '统计公报';
  if (/(?:要点|方案|规划|计划|意见|通知|办法|细则|清单)(?:[(（][^)）]*[)）])?$/.test(t)) return 'other';
  if (/法治政府|依法行政|法治建设|依法治(?:县|市|区|省|州|旗)/.test(t) && /报告|情况|总结|年报|汇报/.test(t)) return '法治政府建设报告';
  if (t && !/报告|公报|汇报/.test(t) && TITLE_WORD.test(t) && !/法治/.test(t)) return 'other';

  const cjk = body.match(/[\u4e00-\u9fff]/g)?.length ?? 0;
  if (cjk < 150) return 'other'; // a portal page, an English translation, an empty shell
  const lead = body.slice(0, 400);
  if (/^(?:近日|日前|本报讯|记者|[(（]记者)/.test(lead.trim())) return 'other';
  if (/各位代表/.test(lead) && /政府工作|代表[^,，。]{0,12}人民政府[^。]{0,12}报告工作/.test(body.slice(0, 1500))) return '政府工作报告';
  if (/政府信息公开条例/.test(lead) && /年度报告|年报/.test(lead)) return '政府信息公开年报';
  if (/统计公报|初步核算/.test(lead) || (/地区生产总值/.test(lead) && /(?:^|\n)[一二]、\s*(?:综合|国民经济)/.test(lead))) return '统计公报';
  const rule = countOf(body, '法治政府');
  if (rule >= 5 || (rule >= 3 && /报告如下|情况报告|年度报告|报告制度|工作报告|汇报如下/.test(body))) return '法治政府建设报告';
  // an excerpt of a few paragraphs: 法治 throughout, 法治政府 named
  if (rule >= 1 && countOf(body, '法治') >= 5) return '法治政府建设报告';
  if (/法治政府建设/.test(t)) return '法治政府建设报告';
  return 'other';
}

/** Latin words and Chinese characters in the first few thousand characters of the detection copy (pinyin
 *  already removed): a page with far more Latin letters than Chinese characters is not Chinese prose. */
export function isNotChinese(prepared: string): boolean {
  const head = prepared.slice(0, 4000).replace(/(?:https?:\/\/|www\.)\S+/gi, '');
  let cjk = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  const latin = head.match(/[A-Za-z]{2,}/g)?.join('').length ?? 0;
  return latin >= 200 && latin > cjk * 3;
}
