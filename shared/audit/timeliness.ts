// Timeliness: a 法治政府建设年度报告 is made public by 1 April of the next year (a government's) or sent to the
// government by 1 March (a department's, 督察工作规定 第二十六条). The date is the one the text states.
import { folded } from './paragraphs.ts';
import type { AuditInput, TextSpan, Timeliness } from './types.ts';

/** A department writes about its own year: 县司法局, 市生态环境局, 区政务和数据局, 市发展和改革委员会. */
const DEPARTMENT = /(?:局|厅|委员会|(?<!人民政府)办公室|中心|院)(?:关于)?(?:\d{4}年度?)?(?:法治政府|依法行政|法治建设)/;

/**
 * By the title only: a page's 来源/发布机构 is often the 司法局 that posts its government's report, so the
 * issuer field says who published the page, not whose report it is.
 */
export function issuerKind(title: string | null): 'government' | 'department' {
  const t = folded(title ?? '').replace(/\s+/g, '');
  return DEPARTMENT.test(t) && !/人民政府(?:关于)?(?:\d{4}年度?)?法治/.test(t) ? 'department' : 'government';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Where the text states this date, as 2025年2月21日, 2025-02-21, 2025/2/21 or 2025.2.21; the last mention wins. */
export function locateDate(text: string, iso: string): { span: TextSpan; kind: 'header' | 'updated' | 'signature' | 'text' } | null {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number | undefined];
  const day = d === undefined ? '' : `\\s*0?${d}(?:\\s*日)?`;
  const re = new RegExp(`${y}\\s*(?:年|[-/.．])\\s*0?${m}\\s*(?:月|[-/.．])?${day}(?!\\d)`, 'g');
  const f = folded(text);
  let found: RegExpExecArray | null = null;
  for (let m2 = re.exec(f); m2; m2 = re.exec(f)) found = m2;
  if (!found) return null;
  const span = { start: found.index, end: found.index + found[0].length };
  const lineStart = f.lastIndexOf('\n', span.start - 1) + 1;
  const lineEnd = f.indexOf('\n', span.end);
  const line = f.slice(lineStart, lineEnd === -1 ? f.length : lineEnd);
  const before = line.slice(0, span.start - lineStart);
  const kind = /(?:更新|修改|编辑)(?:时间|日期)[:：\s]*$/.test(before) ? 'updated' : /发布|日期|时间|来源/.test(before) ? 'header' : line.trim().length <= 40 ? 'signature' : 'text';
  return { span, kind };
}

export function assessTimeliness(report: Pick<AuditInput, 'text' | 'year' | 'title' | 'published'>): Timeliness {
  const kind = issuerKind(report.title);
  const deadline = report.year === null ? null : `${report.year + 1}-${pad(kind === 'department' ? 3 : 4)}-01`;
  const published = report.published;
  const source = published ? locateDate(report.text, published) : null;
  if (!published || !deadline) return { published, source, deadline, issuerKind: kind, late: null, days: null };
  if (published.length < 10) {
    // only a month: late when the whole month is past the deadline, on time when it ends before it
    const month = published.slice(0, 7);
    const due = deadline.slice(0, 7);
    return { published, source, deadline, issuerKind: kind, late: month > due && source?.kind !== 'updated' ? true : month < due ? false : null, days: null };
  }
  // 1 April is the last day it may appear: "by 1 April" means on it at the latest
  const days = Math.round((Date.parse(`${published}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / 86_400_000);
  // a page updated after the deadline may have been first published before it
  const late = days > 0 && source?.kind === 'updated' ? null : days > 0;
  return { published, source, deadline, issuerKind: kind, late, days };
}
