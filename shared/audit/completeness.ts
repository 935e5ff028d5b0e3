// The five contents a 法治政府建设年度报告 must have (厅字〔2019〕28号; 法治政府建设与责任落实督察工作规定 第二十五条),
// found by headings and, where a report has no such heading, by a passage of its own about it. One sentence in
// passing is "brief", not the section the rules ask for. A cut-off text has its absent sections "unseen".
import { folded, type Paragraph } from './paragraphs.ts';
import type { AuditInput, Completeness, ContentFinding, ContentId, TextSpan } from './types.ts';
import { detectTruncation } from './truncation.ts';

type Judged = Exclude<ContentId, 'other'>;

/** Heading words, tried in this order (a leadership heading may also say 建设情况, so it goes first). */
const HEADING: Array<{ id: ContentId; level1: RegExp; level2: RegExp | null }> = [
  { id: 'leadership', level1: /第一责任人|主要负责(?:人|同志)|主要领导.*(?:职责|责任)/, level2: /第一责任人/ },
  { id: 'other', level1: /其[他它](?:需要)?(?:报告|说明)?的?(?:情况|事项)/, level2: null },
  { id: 'shortcomings', level1: /不足|存在的?问题|短板|差距|薄弱|困难和问题/, level2: /存在的?(?:不足|问题)|不足(?:之处|和原因|及原因)/ },
  { id: 'plans', level1: /安排|计划|打算|下一步|下一年|下步|思路|展望|努力方向|重点工作|工作要点/, level2: /下一步|下一年度|工作安排|工作计划|工作打算/ },
  { id: 'measures', level1: /举措|措施|做法|成效|成果|主要工作|工作回顾|建设情况|工作情况|工作现状|进展|亮点/, level2: null },
];

/** Sentences that speak of one content, for reports that carry it without a heading. */
const CUE: Record<Judged, RegExp> = {
  measures: /印发|制定|出台|开展|完成|办理|组织|建立|实现|推进|落实|召开/,
  shortcomings: /(?:存在|仍有|还有|也有|尚有)[^。；]{0,80}(?:不足|问题|短板|差距|薄弱|困难)|(?:不足|短板|差距)(?:主要)?(?:是|表现在|体现在)|有待(?:进一步)?(?:提升|提高|加强|完善|增强|改进)|仍需(?:进一步)?(?:提升|提高|加强|完善)/,
  leadership: /第一责任人|(?:主要负责(?:人|同志)|主要领导|一把手)[^。；]{0,30}(?:述法|履行|带头|亲自|主持|部署|听取)/,
  plans: /下一步|下一年度|下步|(?:明年|今后)[,，]?(?:将|要|我们)|将(?:继续|进一步|持续|着力|重点|坚持|深入|加快|全面|不断)/,
};

/** Headings start with 一、 (一) 1. — the words after the marker are what it is about. */
function headingWords(text: string): string {
  return text.replace(/^\s*(?:[(（]?[一二三四五六七八九十\d０-９]+[)）]?[、.．]?)\s*/, '');
}

function classifyHeading(words: string, level: 1 | 2 | 3, year: number | null): ContentId | null {
  if (level === 3) return null;
  // "2025年工作安排" names the next year; "2024年工作回顾" the covered one
  const named = /((?:19|20)\d{2})年/.exec(words);
  if (level === 1 && named && year !== null && Number(named[1]) === year + 1 && !/不足|问题/.test(words)) return 'plans';
  for (const h of HEADING) {
    const re = level === 1 ? h.level1 : h.level2;
    if (re?.test(words)) return h.id;
  }
  return null;
}

function cueMatches(id: Judged, sentence: string, year: number | null): RegExpExecArray | null {
  const m = CUE[id].exec(sentence);
  if (m) return m;
  if (id === 'plans' && year !== null) {
    // "2025年,我们将…" about the year after the one covered
    const next = new RegExp(`${year + 1}年[,，]?(?:我们|我县|我市|我区|全县|全市|全区|我局|将|要)`).exec(sentence);
    if (next) return next;
  }
  return null;
}

interface Cue {
  paragraph: number;
  index: number;
  span: TextSpan;
  /** The sentence's opening, as evidence. */
  words: string;
}

const EVIDENCE_LENGTH = 40;
const opening = (text: string, s: TextSpan) => {
  const sentence = text.slice(s.start, s.end);
  return sentence.length > EVIDENCE_LENGTH ? `${sentence.slice(0, EVIDENCE_LENGTH)}…` : sentence;
};

function contentPassage(id: Judged, paragraphs: readonly Paragraph[], text: string, f: string, year: number | null, headingSpans: readonly TextSpan[]): ContentFinding | null {
  const cues: Cue[] = [];
  const others = (['shortcomings', 'leadership', 'plans'] as Judged[]).filter((o) => o !== id);
  let dedicated: Cue | null = null;
  paragraphs.forEach((p, pi) => {
    if (headingSpans.some((h) => h.start >= p.start && h.start < p.end && p.end - p.start < (h.end - h.start) + 4)) return;
    // a heading run on into its paragraph ("一、强化组织领导。市政府主要负责人…") is not the passage's first sentence
    const body = p.sentences.filter((s) => !headingSpans.some((h) => s.start >= h.start && s.start < h.end));
    body.forEach((s, si) => {
      const m = cueMatches(id, f.slice(s.start, s.end), year);
      if (!m) return;
      const cue = { paragraph: pi, index: si, span: s, words: opening(text, s) };
      cues.push(cue);
      const sentences = body.map((x) => f.slice(x.start, x.end));
      // a passage of its own: it opens the paragraph, and the paragraph is not also about another content
      if (!dedicated && si === 0 && sentences.length >= 2 && !sentences.some((x) => others.some((o) => cueMatches(o, x, year)))) dedicated = cue;
    });
  });
  if (id === 'measures') {
    // a report's body is its measures: enough sentences of things done
    if (cues.length < 3) return cues.length ? { id, state: 'brief', how: 'sentence', span: cues[0]!.span, evidence: cues[0]!.words } : null;
    const p = paragraphs[cues[0]!.paragraph]!;
    return { id, state: 'found', how: 'passage', span: { start: p.start, end: p.end }, evidence: cues[0]!.words };
  }
  const found = dedicated as Cue | null;
  if (found) {
    const p = paragraphs[found.paragraph]!;
    return { id, state: 'found', how: 'passage', span: { start: p.start, end: p.end }, evidence: found.words };
  }
  // two sentences of it in one paragraph are a passage too
  for (let i = 0; i + 1 < cues.length; i++) {
    if (cues[i]!.paragraph === cues[i + 1]!.paragraph) {
      return { id, state: 'found', how: 'passage', span: { start: cues[i]!.span.start, end: cues[i + 1]!.span.end }, evidence: cues[i]!.words };
    }
  }
  const first = cues[0];
  return first ? { id, state: 'brief', how: 'sentence', span: first.span, evidence: first.words } : null;
}

export function assessCompleteness(report: Pick<AuditInput, 'text' | 'year' | 'headings'>, paragraphs: readonly Paragraph[]): Completeness {
  const f = folded(report.text);
  const truncation = { ...detectTruncation(report.text, paragraphs) };
  const byHeading = new Map<ContentId, ContentFinding>();
  for (const h of report.headings) {
    const words = headingWords(f.slice(h.start, h.end));
    const id = classifyHeading(words, h.level, report.year);
    if (id && !byHeading.has(id)) byHeading.set(id, { id, state: 'found', how: 'heading', span: { start: h.start, end: h.end }, evidence: report.text.slice(h.start, h.end) });
  }
  const headingSpans = report.headings.map((h) => ({ start: h.start, end: h.end }));
  // A text that reached its plans section has every required content before its end: a last sentence without
  // its full stop there is a typo, not a cut.
  const plans = byHeading.get('plans');
  if (truncation.truncated && plans && truncation.at && plans.span!.end <= truncation.at.start) {
    truncation.truncated = false;
    truncation.at = null;
  }
  const contents: ContentFinding[] = (['measures', 'shortcomings', 'leadership', 'plans', 'other'] as const).map((id) => {
    const heading = byHeading.get(id);
    if (heading) return heading;
    if (id === 'other') return { id, state: 'optional', how: null, span: null, evidence: null };
    const passage = contentPassage(id, paragraphs, report.text, f, report.year, headingSpans);
    if (passage?.state === 'found') return passage;
    if (truncation.truncated) return { id, state: 'unseen', how: passage?.how ?? null, span: passage?.span ?? null, evidence: passage?.evidence ?? null };
    return passage ?? { id, state: 'missing', how: null, span: null, evidence: null };
  });
  const tail = truncation.at ? report.text.slice(truncation.at.start, truncation.at.end) : null;
  return { contents, truncated: truncation.truncated, truncatedAt: truncation.at, truncatedTail: tail };
}

/** The JSON view: found ids, and missing ids (a brief mention is not the section; unseen and optional are neither). */
export function completenessIds(c: Completeness): { found: ContentId[]; missing: ContentId[]; truncated: boolean } {
  return {
    found: c.contents.filter((x) => x.state === 'found').map((x) => x.id),
    missing: c.contents.filter((x) => x.state === 'missing' || x.state === 'brief').map((x) => x.id),
    truncated: c.truncated,
  };
}
