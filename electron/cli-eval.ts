// `nianbao eval DIR`: scores the extractor against the NNN.labels.json answer keys in DIR.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateFigures, formatEvaluationReport, type LabelFigure, type NamedEvaluation } from '../shared/figures/evaluate.ts';
import { analyseReport } from '../shared/report/analyse.ts';
import { readReport } from './import/read-report.ts';

export async function evalCommand(argv: string[]): Promise<number> {
  const dir = argv.find((a) => !a.startsWith('-'));
  if (!dir) throw new Error('需要一个含 NNN.labels.json 的文件夹 / a folder of NNN.labels.json answer keys is needed');
  const keys = readdirSync(dir).filter((name) => name.endsWith('.labels.json')).sort();
  if (keys.length === 0) throw new Error(`${dir}: 没有 *.labels.json / no *.labels.json answer keys`);
  const files: NamedEvaluation[] = [];
  for (const name of keys) {
    const labels = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { file: string; figures: LabelFigure[] };
    const read = await readReport(readFileSync(join(dir, labels.file)), labels.file);
    if (!read.ok) throw new Error(`${labels.file}: ${read.message}`);
    const { figures } = analyseReport(read.text, labels.file);
    files.push({ name: labels.file, source: read.text, evaluation: evaluateFigures(read.text, labels.figures, figures) });
  }
  console.log(formatEvaluationReport(files));
  return 0;
}
