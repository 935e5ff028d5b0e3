// What the audit reads of a report and what it finds. Pure data: the service fills it from the library.
import type { Figure } from '../figures/types.ts';
import type { DocType } from '../meta/types.ts';

export interface TextSpan {
  start: number;
  end: number;
}

/** The few things of a stored figure the audit relies on. */
export type AuditFigure = Pick<
  Figure,
  'start' | 'end' | 'text' | 'value' | 'lo' | 'hi' | 'unit' | 'qualifier' | 'kind' | 'indicator' | 'indicatorId' | 'measure' | 'status'
>;

export interface AuditInput {
  id: number;
  fileName: string;
  title: string | null;
  /** Region key (code, or name where there is no code) and display name. */
  regionKey: string | null;
  region: string | null;
  year: number | null;
  docType: DocType;
  issuer: string | null;
  /** ISO date (YYYY-MM-DD or YYYY-MM) found in the text, or null. */
  published: string | null;
  text: string;
  /** Web-page chrome: not part of the report. */
  junk: readonly TextSpan[];
  headings: ReadonlyArray<{ start: number; end: number; level: 1 | 2 | 3; text: string }>;
  figures: readonly AuditFigure[];
}

export const CONTENT_IDS = ['measures', 'shortcomings', 'leadership', 'plans', 'other'] as const;
export type ContentId = (typeof CONTENT_IDS)[number];

/**
 * found: a heading or a passage of its own. brief: one sentence in passing (not the section the rules ask for).
 * missing: not there. unseen: not there, but the text is cut off. optional: 其他需要报告的情况 is only due when
 * there is something to report, so its absence is no fault.
 */
export type ContentState = 'found' | 'brief' | 'missing' | 'unseen' | 'optional';

export interface ContentFinding {
  id: ContentId;
  state: ContentState;
  /** How it was recognised: the heading, or the passage and the words that gave it away. */
  how: 'heading' | 'passage' | 'sentence' | null;
  span: TextSpan | null;
  /** The heading text or the matched words. */
  evidence: string | null;
}

export interface Completeness {
  contents: ContentFinding[];
  truncated: boolean;
  /** Why the text looks cut off: its last characters, and where they stand. */
  truncatedAt: TextSpan | null;
  truncatedTail: string | null;
}

export interface Timeliness {
  published: string | null;
  /** Where the date stands in the text and what kind of line it is. */
  source: { span: TextSpan; kind: 'header' | 'updated' | 'signature' | 'text' } | null;
  deadline: string | null;
  /** Government reports are due 1 April, department reports 1 March of the next year. */
  issuerKind: 'government' | 'department';
  /** null when no date is stated, or when the only date is a page's 更新时间 after the deadline (first publication unknown). */
  late: boolean | null;
  /** Days after (positive) or before (negative) the deadline. */
  days: number | null;
}

export type CheckKind = 'order' | 'rate' | 'parts' | 'share' | 'change';

export interface CheckQuote {
  span: TextSpan;
  text: string;
}

/** One arithmetic or consistency check: inconsistent ones are findings; consistent ones show the check ran. */
export interface CheckResult {
  kind: CheckKind;
  verdict: 'consistent' | 'inconsistent';
  message: string;
  /** The arithmetic, written out: 13206 ÷ 13213 = 99.947% ≈ 99.95%. */
  arithmetic: string;
  /** The figures compared, in text order. */
  spans: TextSpan[];
  /** The sentences holding them (one or two). */
  quotes: CheckQuote[];
}
