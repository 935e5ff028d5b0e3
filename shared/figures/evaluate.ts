// Scores found figures against an answer key (corpus README): a found figure is correct when its span
// overlaps the key's span and its value and unit equal the key's. Each key and each found figure is
// used at most once. Indicator labels are compared separately and loosely (character bigrams).
import type { Figure } from './types.ts';

/** One figure of an answer key (NNN.labels.json). */
export interface LabelFigure {
  context: string;
  text: string;
  value: number;
  unit: string;
  qualifier: string | null;
  indicator: string;
}

export interface LocatedKey {
  key: LabelFigure;
  /** Span of `text` inside `context` in the source, or null when the context is not in the source. */
  start: number | null;
  end: number | null;
}

export interface FileEvaluation {
  truePositives: Array<{ key: LocatedKey; found: Figure; indicatorAgrees: boolean }>;
  /** Keys nothing matched. */
  misses: LocatedKey[];
  /** Found figures that match no key. */
  falsePositives: Figure[];
}

export interface Scores {
  truePositives: number;
  misses: number;
  falsePositives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of true positives whose indicator loosely agrees with the key's label. */
  indicatorAgreement: number;
}

/** Where a key stands in the source: find `context`, then `text` inside it. */
export function locateKey(source: string, key: LabelFigure): LocatedKey {
  const at = source.indexOf(key.context);
  if (at < 0) return { key, start: null, end: null };
  const inner = key.context.indexOf(key.text);
  if (inner < 0) return { key, start: null, end: null };
  return { key, start: at + inner, end: at + inner + key.text.length };
}

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

export function evaluateFigures(source: string, keys: ReadonlyArray<LabelFigure>, found: ReadonlyArray<Figure>): FileEvaluation {
  const located = keys.map((k) => locateKey(source, k));
  const used = new Set<number>();
  const result: FileEvaluation = { truePositives: [], misses: [], falsePositives: [] };
  for (const k of located) {
    let hit = -1;
    if (k.start !== null && k.end !== null) {
      for (let i = 0; i < found.length; i++) {
        const g = found[i]!;
        if (used.has(i) || g.end <= k.start || g.start >= k.end) continue;
        if (sameValue(g.value, k.key.value) && g.unit === k.key.unit) {
          hit = i;
          break;
        }
      }
    }
    if (hit < 0) result.misses.push(k);
    else {
      used.add(hit);
      const g = found[hit]!;
      result.truePositives.push({ key: k, found: g, indicatorAgrees: indicatorsAgree(g.indicator, k.key.indicator) });
    }
  }
  found.forEach((g, i) => {
    if (!used.has(i)) result.falsePositives.push(g);
  });
  return result;
}

function bigrams(s: string): Set<string> {
  const t = s.replace(/[\s“”‘’"'《》()（）:：、，,]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  if (t.length === 1) out.add(t);
  return out;
}

/** Loose agreement of two indicator labels: Dice coefficient of character bigrams ≥ 0.3. */
export function indicatorsAgree(a: string, b: string): boolean {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return false;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size) >= 0.3;
}

/** Precision, recall and F1 over several files (0/0 counts as 1: nothing to find, nothing wrong). */
export function summarizeEvaluations(files: ReadonlyArray<FileEvaluation>): Scores {
  let tp = 0;
  let fn = 0;
  let fp = 0;
  let agree = 0;
  for (const e of files) {
    tp += e.truePositives.length;
    fn += e.misses.length;
    fp += e.falsePositives.length;
    agree += e.truePositives.filter((t) => t.indicatorAgrees).length;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, misses: fn, falsePositives: fp, precision, recall, f1, indicatorAgreement: tp === 0 ? 1 : agree / tp };
}

export interface NamedEvaluation {
  name: string;
  source: string;
  evaluation: FileEvaluation;
}

function snippet(source: string, start: number, end: number, reach = 14): string {
  const a = Math.max(0, start - reach);
  const b = Math.min(source.length, end + reach);
  return (source.slice(a, start) + '[' + source.slice(start, end) + ']' + source.slice(end, b)).replace(/\s+/g, ' ');
}

function pct(x: number): string {
  return (x * 100).toFixed(2) + '%';
}

/** A plain-text report: P, R, F1 over all files, then each file's misses and false positives in context. */
export function formatEvaluationReport(files: ReadonlyArray<NamedEvaluation>): string {
  const s = summarizeEvaluations(files.map((f) => f.evaluation));
  const lines = [
    `precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}`,
    `true positives ${s.truePositives}, misses ${s.misses}, false positives ${s.falsePositives}, files ${files.length}`,
    `indicator labels agreeing loosely: ${pct(s.indicatorAgreement)}`,
  ];
  for (const file of files) {
    const e = file.evaluation;
    if (e.misses.length === 0 && e.falsePositives.length === 0) continue;
    lines.push('', `== ${file.name}: ${e.truePositives.length} correct, ${e.misses.length} missed, ${e.falsePositives.length} false`);
    for (const m of e.misses) {
      const where = m.start !== null && m.end !== null ? snippet(file.source, m.start, m.end) : `(context not found: ${m.key.context})`;
      lines.push(`  miss  ${m.key.text} = ${m.key.value} ${m.key.unit}  ${where}`);
    }
    for (const g of e.falsePositives) {
      lines.push(`  false ${g.text} = ${g.value} ${g.unit}  ${snippet(file.source, g.start, g.end)}`);
    }
  }
  return lines.join('\n') + '\n';
}
