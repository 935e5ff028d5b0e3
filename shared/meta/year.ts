// The year a report covers, with the reason (YearSource) and the words it was read from.
//
// In order: a masked year (20XX) in the title or opening gives none, and says so; a 政府工作报告 is
// delivered early in year N+1 about year N (its delivery line "——2023年2月2日在…", else its title "2023年政府
// 工作报告", gives N+1); the title's year (a full date in a title is a page date, not the year covered); the
// opening sentence (2024年,… / 2023年以来,…; an event date such as "2020年9月…视察" is skipped); the
// publication date (a report is published in the following spring, or at the end of its own year), unless
// the body speaks of a later year (then the date is a stale page date); the commonest year of the body; a
// year inside a quoted document name (《2020年…工作计划》).
// Page chrome never gets here: detectMeta reads the title and opening from the text with junk blanked.
import type { DocType, YearSource } from './types.ts';

export interface YearClues {
  /** Prepared, squeezed title, null when the text has none. */
  title: string | null;
  docType: DocType;
  /** The 政府工作报告 subtitle, "——2023年2月2日在…", when there is one. */
  delivery: string | null;
  /** Prepared opening lines of the body. */
  opening: string;
  published: string | null;
  /** Prepared body. */
  body: string;
}

export interface CoveredYear {
  year: number | null;
  source: YearSource;
  evidence: string | null;
}

const YEAR = /(?<![\d.])((?:19|20)\d{2})(?!\d)(?!\s*[-—–~至到]\s*(?:19|20)?\d{2})(?=\s*年|[\u4e00-\u9fff])/g;
const MASKED_YEAR = /20[XxＸｘ×*＊]{2}|20[XxＸｘ×*＊]年|二〇[XxＸｘ×*＊]{2}/;
const FULL_DATE_AFTER = /^\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|[-/.]\d{1,2}[-/.]\d{1,2})/;
/** In an opening a date or "2020年9月…" is an event; "2023年1—12月" is the year's span and counts. */
const EVENT_AFTER = /^\s*(?:年\s*\d{1,2}\s*月(?!\s*[-—–~至到])|[-/.]\d{1,2}[-/.]\d{1,2})/;
const QUOTED = /《[^》]{0,80}》/g;

interface YearToken {
  year: number;
  index: number;
}

function yearTokens(s: string, skip: RegExp): YearToken[] {
  const out: YearToken[] = [];
  for (const m of s.matchAll(YEAR)) {
    // the second half of a range: 2021—2025年
    if (/[-—–~至到]\s*$/.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    if (skip.test(s.slice(m.index + 4))) continue;
    out.push({ year: Number(m[1]), index: m.index });
  }
  return out;
}

/** The words from a year to the end of its clause, at most 24 characters. */
function around(s: string, index: number): string {
  const words = s.slice(index, index + 24).split('\n')[0]!;
  const stop = /[。；;]/.exec(words.slice(5));
  return stop ? words.slice(0, 5 + stop.index) : words;
}

function short(s: string, length = 40): string {
  return s.length > length ? `${s.slice(0, length)}…` : s;
}

function deliveredYear(clues: YearClues): CoveredYear | null {
  const delivered = clues.delivery ? /((?:19|20)\d{2})年/.exec(clues.delivery) : null;
  if (delivered) return { year: Number(delivered[1]) - 1, source: 'title-delivery', evidence: short(clues.delivery!, 24) };
  const titled = clues.title ? yearTokens(clues.title, FULL_DATE_AFTER)[0] : undefined;
  if (titled) return { year: titled.year - 1, source: 'title-delivery', evidence: short(clues.title!) };
  const review = /((?:19|20)\d{2})年(?:工作)?回顾/.exec(clues.body);
  if (review) return { year: Number(review[1]), source: 'body', evidence: review[0] };
  return null;
}

/** The plans section (二、2024年工作打算, 下一步工作计划) speaks of the next year, not the year covered. */
const PLANS = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?.{0,12}(?:下一步|下步|明年|(?:19|20)\d{2}年(?:度)?)(?:的)?(?:工作)?(?:打算|计划|思路|安排|重点|目标)(?!.{0,6}(?:完成|落实|执行|情况|成效))/m;

function commonestYear(body: string): CoveredYear | null {
  const plans = PLANS.exec(body);
  const before = plans ? body.slice(0, plans.index) : body;
  const counts = new Map<number, number>();
  for (const t of yearTokens(before.replace(QUOTED, '《》'), FULL_DATE_AFTER)) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  let best: [number, number] | null = null;
  for (const entry of [...counts].sort((a, b) => a[0] - b[0])) if (!best || entry[1] > best[1]) best = entry;
  return best ? { year: best[0], source: 'body', evidence: `${best[0]}年 ×${best[1]}` } : null;
}

function quotedYear(body: string): CoveredYear | null {
  let best: CoveredYear | null = null;
  for (const q of body.matchAll(QUOTED)) {
    const t = yearTokens(q[0], FULL_DATE_AFTER)[0];
    if (t && (!best || t.year > best.year!)) best = { year: t.year, source: 'quoted', evidence: short(q[0]) };
  }
  return best;
}

export function coveredYear(clues: YearClues): CoveredYear {
  const { title, opening, published } = clues;
  const openingWords = opening.replace(QUOTED, (q) => '《' + ' '.repeat(q.length - 2) + '》').slice(0, 120);
  if ((title && MASKED_YEAR.test(title)) || MASKED_YEAR.test(openingWords.slice(0, 60))) {
    const where = title && MASKED_YEAR.test(title) ? title : openingWords.slice(0, 60);
    return { year: null, source: 'masked', evidence: short(where) };
  }
  if (clues.docType === '政府工作报告') {
    const delivered = deliveredYear(clues);
    if (delivered) return delivered;
  } else if (title) {
    const t = yearTokens(title, FULL_DATE_AFTER)[0];
    if (t) return { year: t.year, source: 'title', evidence: short(title) };
  }
  // the year the opening is about: at its very start, else one that opens a clause (2023年,… 2023年以来 2023年是),
  // not one it looks back on (在2022年成功创建的基础上,2023年…)
  const tokens = yearTokens(openingWords, EVENT_AFTER);
  const first =
    tokens.find((t) => t.index === 0) ??
    tokens.find((t) => /^年(?:度)?(?:以来)?[,，]|^年(?:度)?(?:是|全|我|本)/.test(openingWords.slice(t.index + 4))) ??
    tokens[0];
  if (first) return { year: first.year, source: 'opening', evidence: around(opening, first.index) };
  const body = commonestYear(clues.body);
  const quoted = body ? null : quotedYear(clues.body);
  if (published) {
    const y = Number(published.slice(0, 4));
    const month = Number(published.slice(5, 7) || '1');
    // a page date older than the year the text speaks of is a stale page date, not the publication
    const spoken = body ?? quoted;
    if (spoken && spoken.year! > y) return spoken;
    // the year-end report is published in its own December; the annual one in the next spring
    return { year: month >= 11 ? y : y - 1, source: 'published', evidence: published };
  }
  return body ?? quoted ?? { year: null, source: 'none', evidence: null };
}
