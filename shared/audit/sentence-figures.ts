// Figures grouped by the sentence they stand in, each with the words just before it (its label): what the
// arithmetic checks read. Labels come from the folded text, so 審結 reads as 审结.
import { folded, type Paragraph } from './paragraphs.ts';
import type { AuditFigure, CheckQuote, TextSpan } from './types.ts';

export interface LabelledFigure {
  figure: AuditFigure;
  /** Folded text from the previous figure (or the sentence start) to this figure. */
  label: string;
  /** The same, cut at the last clause mark: the words of this figure's own clause. */
  clause: string;
  /** The values the figure as written allows: its hedge and the rounding of its last digit. */
  lo: number;
  hi: number;
  /** Decimals shown in the text (98.7% → 1). */
  decimals: number;
}

export interface SentenceFigures {
  span: TextSpan;
  text: string;
  figures: LabelledFigure[];
}

/** 1.5亿元 → 1.5 shown with 1 decimal, scale 1e8: it may be 1.45e8 to 1.55e8. Counts of 件 are exact. */
export function shownRange(figure: AuditFigure): { lo: number; hi: number; decimals: number } {
  const m = /\d+(?:\.(\d+))?/.exec(folded(figure.text).replace(/,/g, ''));
  if (!m) return { lo: figure.lo, hi: figure.hi, decimals: 0 };
  const shown = Number(m[0]);
  const decimals = m[1]?.length ?? 0;
  const scale = shown !== 0 ? figure.value / shown : 1;
  const half = decimals === 0 && Math.abs(scale - 1) < 1e-9 ? 0 : 0.5 * 10 ** -decimals * Math.abs(scale);
  return { lo: Math.min(figure.lo, figure.value - half), hi: Math.max(figure.hi, figure.value + half), decimals };
}

const CLAUSE_MARK = /[,，：:、（(]/g;

export function sentenceFigures(text: string, paragraphs: readonly Paragraph[], figures: readonly AuditFigure[]): SentenceFigures[] {
  const f = folded(text);
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const out: SentenceFigures[] = [];
  let k = 0;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      while (k < sorted.length && sorted[k]!.start < s.start) k++;
      const inside: LabelledFigure[] = [];
      let from = s.start;
      for (let j = k; j < sorted.length && sorted[j]!.end <= s.end; j++) {
        const figure = sorted[j]!;
        const label = f.slice(from, figure.start);
        let cut = 0;
        for (const m of label.matchAll(CLAUSE_MARK)) cut = m.index + 1;
        inside.push({ figure, label, clause: label.slice(cut), ...shownRange(figure) });
        from = figure.end;
      }
      if (inside.length) out.push({ span: s, text: text.slice(s.start, s.end), figures: inside });
    }
  }
  return out;
}

export const quoteOf = (s: SentenceFigures): CheckQuote => ({ span: s.span, text: s.text });

/** A short label continues the subject before it ("…受理13213件,办结13206件"); a long one names a new subject. */
export function continues(label: string, max = 8): boolean {
  return label.replace(/[\s,，、；;：:]/g, '').length <= max;
}

/** Numbers for messages: 13206, 99.95, 1.5亿 stays as the text wrote it. */
export function shown(f: LabelledFigure): string {
  return f.figure.text;
}

/** A value written the way a figure of the text writes its own: 798000 beside 35.5万吨 → 79.8万吨. */
export function inTextUnits(value: number, like: AuditFigure): string {
  const f = folded(like.text).replace(/,/g, '');
  const m = /\d+(?:\.\d+)?/.exec(f);
  if (!m || Number(m[0]) === 0) return `${round(value)}${like.unit}`;
  const scale = like.value / Number(m[0]);
  const suffix = f.slice(m.index + m[0].length).replace(/^[余多左右以上]+/, '');
  return `${round(value / scale)}${suffix}`;
}

export function round(n: number, decimals = 2): string {
  return String(Math.round(n * 10 ** decimals) / 10 ** decimals);
}
