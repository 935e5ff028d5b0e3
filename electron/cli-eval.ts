// `nianbao eval DIR [--json]`: scores the workbench against the NNN.labels.json answer keys in DIR — figures
// (P/R/F1), report metadata (region, year, level, type, title) and indicator alignment (pairs within a region).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateFigures, formatEvaluationReport, summarizeEvaluations, type LabelFigure, type NamedEvaluation } from '../shared/figures/evaluate.ts';
import { unitFamily } from '../shared/figures/units.ts';
import { scoreAlignment, type AlignedFigure } from '../shared/indicators/alignment.ts';
import { chartKeyOf } from '../shared/indicators/chart-key.ts';
import { analyseReport } from '../shared/report/analyse.ts';
import { checkMeta, META_FIELDS, summarizeMeta, type LabelMeta, type MetaCheck } from '../shared/report/evaluate-meta.ts';
import type { Figure } from '../shared/figures/types.ts';
import { readReport } from './import/read-report.ts';

interface FileResult extends NamedEvaluation {
  meta: MetaCheck[];
  region: string | null;
  found: Figure[];
}

/** The chart line a figure is drawn on: an estimate sits on its indicator's line, marked; a target never does. */
const lineOf = (f: Figure) => `${chartKeyOf(f)}#${unitFamily(f.unit)}${f.status === 'target' ? '@target' : ''}`;

export async function evalCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  const dir = positionals[0];
  if (!dir) throw new Error('需要一个含 NNN.labels.json 的文件夹 / a folder of NNN.labels.json answer keys is needed');
  const keys = readdirSync(dir).filter((name) => name.endsWith('.labels.json')).sort();
  if (keys.length === 0) throw new Error(`${dir}: 没有 *.labels.json / no *.labels.json answer keys`);
  const files: FileResult[] = [];
  for (const name of keys) {
    const labels = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { file: string; meta: LabelMeta; figures: LabelFigure[] };
    const read = await readReport(readFileSync(join(dir, labels.file)), labels.file);
    if (!read.ok) throw new Error(`${labels.file}: ${read.message}`);
    const { figures, meta } = analyseReport(read.text, labels.file);
    files.push({
      name: labels.file,
      source: read.text,
      evaluation: evaluateFigures(read.text, labels.figures, figures),
      meta: checkMeta(labels.meta, meta),
      region: labels.meta.region,
      found: figures,
    });
  }

  const figureScores = summarizeEvaluations(files.map((f) => f.evaluation));
  const metaScores = summarizeMeta(files.map((f) => f.meta));
  const byRegion = new Map<string, AlignedFigure[]>();
  for (const f of files) {
    if (f.region === null) continue;
    const list = byRegion.get(f.region) ?? [];
    for (const tp of f.evaluation.truePositives) list.push({ report: f.name, label: tp.key.key.indicator, key: lineOf(tp.found) });
    byRegion.set(f.region, list);
  }
  const alignment = scoreAlignment([...byRegion.values()]);
  const allFound = files.flatMap((f) => f.found);
  const dictionaryShare = allFound.length === 0 ? 1 : allFound.filter((g) => g.indicatorId !== null).length / allFound.length;

  if (values.json) {
    console.log(JSON.stringify({
      figures: figureScores,
      meta: metaScores,
      alignment,
      dictionaryShare,
      files: files.map((f) => ({
        file: f.name,
        figures: { truePositives: f.evaluation.truePositives.length, misses: f.evaluation.misses.length, falsePositives: f.evaluation.falsePositives.length },
        meta: f.meta,
        dictionaryShare: f.found.length === 0 ? 1 : f.found.filter((g) => g.indicatorId !== null).length / f.found.length,
      })),
    }, null, 2));
    return 0;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  // a miss that says "unknown" (null) lets the user pick; a wrong value misleads
  const wrongGuesses = (field: string) => files.flatMap((f) => f.meta).filter((c) => c.field === field && !c.right && c.found !== null).length;
  const lines = [
    `files ${files.length}`,
    `figures     P ${pct(figureScores.precision)}  R ${pct(figureScores.recall)}  F1 ${pct(figureScores.f1)}  (${figureScores.truePositives} right, ${figureScores.misses} missed, ${figureScores.falsePositives} false)`,
    `metadata    ${META_FIELDS.map((k) => `${k} ${metaScores[k].total ? pct(metaScores[k].right / metaScores[k].total) : '—'} (${metaScores[k].right}/${metaScores[k].total})`).join('  ')}`,
    `            wrong guesses: ${META_FIELDS.map((k) => `${k} ${wrongGuesses(k)}`).join('  ')} (the rest of the misses say "unknown")`,
    `alignment   P ${pct(alignment.precision)}  R ${pct(alignment.recall)}  F1 ${pct(alignment.f1)}  (pairs: ${alignment.bothSame} right of ${alignment.predictedSame} charted together, ${alignment.labelledSame} labelled together)`,
    `dictionary  ${pct(dictionaryShare)} of found figures matched to a dictionary entry`,
  ];
  const metaMisses = files.flatMap((f) => f.meta.filter((c) => !c.right).map((c) => `  ${f.name}  ${c.field}: found ${JSON.stringify(c.found)}, key ${JSON.stringify(c.expected)}`));
  if (metaMisses.length) lines.push('', 'metadata wrong:', ...metaMisses);
  const split = alignmentErrors(files);
  if (split.length) lines.push('', 'alignment wrong (same label, different chart lines / different labels, one line):', ...split);
  console.log(lines.join('\n'));
  console.log('\n' + formatEvaluationReport(files).split('\n').slice(3).join('\n'));
  return 0;
}

/** Each label split over several chart lines, and each chart line holding several labels, within a region. */
function alignmentErrors(files: readonly FileResult[]): string[] {
  const out: string[] = [];
  const byRegion = new Map<string, Array<{ label: string; key: string; file: string }>>();
  for (const f of files) {
    if (f.region === null) continue;
    const list = byRegion.get(f.region) ?? [];
    for (const tp of f.evaluation.truePositives) list.push({ label: tp.key.key.indicator, key: lineOf(tp.found), file: f.name });
    byRegion.set(f.region, list);
  }
  for (const [region, list] of byRegion) {
    const group = (by: 'label' | 'key', other: 'label' | 'key') => {
      const m = new Map<string, Set<string>>();
      const reports = new Map<string, Set<string>>();
      for (const x of list) {
        (m.get(x[by]) ?? m.set(x[by], new Set()).get(x[by])!).add(x[other]);
        (reports.get(x[by]) ?? reports.set(x[by], new Set()).get(x[by])!).add(x.file);
      }
      return [...m].filter(([k, v]) => v.size > 1 && reports.get(k)!.size > 1);
    };
    for (const [label, keys] of group('label', 'key')) out.push(`  ${region}  split   ${label}: ${[...keys].join(' | ')}`);
    for (const [key, labels] of group('key', 'label')) out.push(`  ${region}  merged  ${key}: ${[...labels].join(' | ')}`);
  }
  return out;
}
