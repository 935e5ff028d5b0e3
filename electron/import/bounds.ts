// Per-file limits on what one import may cost: the text's length and its figures. A file over a limit is
// refused with a message that names the limit, before the expensive step where possible.
import type { ImportFailureReason } from '../../shared/api.ts';
import type { ProblemData } from '../../shared/errors.ts';

/** The largest file accepted (20 MB) decodes to about seven million characters; a 1,000-page report is one. */
export const MAX_TEXT_CHARS = 8_000_000;
/** A statistical bulletin holds a few thousand figures; a 20 MB compendium about 100,000 (the reader opens it). */
export const MAX_FIGURES_PER_FILE = 120_000;

export interface BoundsFailure {
  ok: false;
  reason: ImportFailureReason;
  message: string;
  detail: ProblemData;
}

const tenThousands = (n: number) => (n >= 10_000 ? `${(n / 10_000).toFixed(n % 10_000 ? 1 : 0)} 万` : String(n));

export function checkTextBounds(text: string): BoundsFailure | null {
  if (text.length > MAX_TEXT_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `正文过长(${tenThousands(text.length)} 字,上限 ${tenThousands(MAX_TEXT_CHARS)} 字),请确认选对了文件`,
      detail: { measure: 'text', chars: text.length, limit: MAX_TEXT_CHARS },
    };
  }
  // digit runs bound the figures the extractor can find: refuse a table dump before extracting it
  const digitRuns = /[0-9０-９]+/g;
  let runs = 0;
  while (digitRuns.exec(text)) if (++runs > MAX_FIGURES_PER_FILE * 3) return tooManyFigures(runs);
  return null;
}

export function checkFigureBounds(count: number): BoundsFailure | null {
  return count > MAX_FIGURES_PER_FILE ? tooManyFigures(count) : null;
}

function tooManyFigures(count: number): BoundsFailure {
  return {
    ok: false,
    reason: 'too-many-figures',
    message: `数字过多(超过 ${tenThousands(MAX_FIGURES_PER_FILE)} 个),不像一份年度报告;如是数据表,请只导入报告正文`,
    detail: { count, limit: MAX_FIGURES_PER_FILE },
  };
}
