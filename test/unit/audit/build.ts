// Invented sentences with their figures marked by hand, so the audit's rules are tested apart from extraction.
import { paragraphsOf } from '../../../shared/audit/paragraphs.ts';
import { sentenceFigures } from '../../../shared/audit/sentence-figures.ts';
import type { AuditFigure } from '../../../shared/audit/types.ts';
import type { FigureKind, FigureMeasure } from '../../../shared/figures/types.ts';

export interface Mark {
  /** The figure as written, found after `after` (or from the start). */
  text: string;
  value: number;
  unit: string;
  kind?: FigureKind;
  measure?: FigureMeasure;
  indicatorId?: string | null;
  indicator?: string;
  lo?: number;
  hi?: number;
  qualifier?: string | null;
}

/** Marks each figure at its next occurrence in the text, in the order given. */
export function figuresIn(text: string, marks: readonly Mark[]): AuditFigure[] {
  let from = 0;
  return marks.map((m) => {
    const start = text.indexOf(m.text, from);
    if (start < 0) throw new Error(`${m.text} not in the text after ${from}`);
    from = start + m.text.length;
    const kind = m.kind ?? (m.unit === '%' ? 'percent' : m.unit === '元' ? 'money' : 'count');
    return {
      start, end: start + m.text.length, text: m.text, value: m.value, lo: m.lo ?? m.value, hi: m.hi ?? m.value, unit: m.unit,
      qualifier: m.qualifier ?? null, kind, indicator: m.indicator ?? '', indicatorId: m.indicatorId ?? null,
      measure: m.measure ?? (kind === 'change' ? 'change' : 'level'), status: 'actual',
    };
  });
}

export function sentencesOf(text: string, marks: readonly Mark[]) {
  return sentenceFigures(text, paragraphsOf(text, []), figuresIn(text, marks));
}

export const count = (text: string, value: number, unit = '件'): Mark => ({ text, value, unit });
export const percent = (text: string, value: number): Mark => ({ text, value, unit: '%' });
export const change = (text: string, value: number, unit = '%'): Mark => ({ text, value, unit, kind: 'change' });
