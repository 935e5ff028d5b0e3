// `nianbao inspect FILE`: decode, detect and extract one file without a library.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { analyseReport } from '../shared/report/analyse.ts';
import { checkFigureBounds } from './import/bounds.ts';
import { readReport } from './import/read-report.ts';

export async function inspectCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  const file = positionals[0];
  if (!file) throw new Error('需要一个文件路径 / a file path is needed');
  const read = await readReport(readFileSync(file), basename(file));
  if (!read.ok) {
    console.error(`${file}: ${read.message}`);
    return 1;
  }
  const { meta, figures } = analyseReport(read.text, basename(file));
  const bounds = checkFigureBounds(figures.length);
  if (bounds) {
    console.error(`${file}: ${bounds.message}`);
    return 1;
  }
  const output = {
    meta: {
      region: meta.region,
      regionCode: meta.regionCode,
      parents: meta.parents,
      level: meta.level,
      year: meta.year,
      title: meta.title,
      published: meta.published,
      issuer: meta.issuer,
      docType: meta.docType,
      encoding: read.encoding,
      regionCandidates: meta.regionCandidates,
      warning: read.warning,
    },
    figures: figures.map((f) => ({
      start: f.start, end: f.end, text: f.text, value: f.value, lo: f.lo, hi: f.hi, unit: f.unit,
      qualifier: f.qualifier, kind: f.kind, direction: f.direction, indicator: f.indicator, indicatorId: f.indicatorId,
    })),
  };
  if (values.json) {
    console.log(JSON.stringify(output, null, 2));
    return 0;
  }
  console.log(`${meta.title ?? basename(file)}`);
  console.log(`  地区 ${meta.region ?? '?'} ${meta.regionCode ?? ''} ${meta.parents.join(' › ')} (${meta.level ?? '?'})`);
  console.log(`  年份 ${meta.year ?? '?'}  发布 ${meta.published ?? '—'}  类型 ${meta.docType}  编码 ${read.encoding}`);
  for (const f of figures) console.log(`  ${f.text}\t${f.value}${f.unit}${f.qualifier ? ` (${f.qualifier})` : ''}\t${f.indicator}`);
  return 0;
}
