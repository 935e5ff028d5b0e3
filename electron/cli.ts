// The command line: inspect, import, eval — the same domain code and library as the workbench.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { randomUUID } from 'node:crypto';
import { analyseReport } from '../shared/report/analyse.ts';
import type { ImportSummary } from '../shared/api.ts';
import { readReport } from './import/read-report.ts';
import { checkFigureBounds } from './import/bounds.ts';
import { importPaths } from './import/import-paths.ts';
import { openLibrary } from './library/open.ts';
import { resolveLibraryPath } from './library/location.ts';

const usage = `用法 / usage:
  nianbao inspect FILE [--json]             解码、识别并抽取数字,不写入资料库 / decode, detect and extract without a library
  nianbao import PATH... [--library FILE]   导入文件和文件夹 / import files and folders
  nianbao eval DIR                          用 NNN.labels.json 评估数字抽取 / score extraction against answer keys
  nianbao trend --indicator ID --region NAME [--library FILE] [--json]   指标趋势 / an indicator's series`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'inspect':
        return await inspect(rest);
      case 'import':
        return await importCommand(rest);
      case 'eval':
        return await (await import('./cli-eval.ts')).evalCommand(rest);
      case 'trend':
        return await (await import('./cli-trend.ts')).trendCommand(rest);
      default:
        console.log(usage);
        return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
    }
  } catch (error) {
    console.error(`nianbao ${command}: ${(error as Error).message}`);
    return 1;
  }
}

async function inspect(argv: string[]): Promise<number> {
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

async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { library: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error('需要文件或文件夹 / files or folders are needed');
  const libraryPath = resolveLibraryPath(values.library ? ['--library', values.library] : []);
  const db = openLibrary(libraryPath);
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  try {
    const summary = await importPaths(db, positionals, {
      jobId: randomUUID(),
      signal: controller.signal,
      onProgress: (p) => {
        if (process.stderr.isTTY) process.stderr.write(`\r导入 ${p.done}/${p.total}  成功 ${p.imported}  失败 ${p.failed}  ${p.current ?? ''}\x1b[K`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    printSummary(summary, libraryPath);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    db.close();
  }
}

function printSummary(summary: ImportSummary, libraryPath: string): void {
  console.log(`${summary.cancelled ? '已取消' : '完成'}:共 ${summary.total} 个文件,导入 ${summary.imported},重复 ${summary.duplicates},失败 ${summary.failed}  → ${libraryPath}`);
  for (const r of summary.results) {
    if (r.status === 'imported' && r.summary) {
      const s = r.summary;
      console.log(`  ✓ ${r.fileName}  ${s.region ?? '地区未知'} · ${s.year ?? '年份未知'} · ${s.docType} · ${s.figureCount} 个数字${s.regionCandidates.length ? ' · 地区待确认' : ''}`);
    } else if (r.status === 'duplicate') console.log(`  = ${r.fileName}  ${r.message}`);
    else console.log(`  ✗ ${r.fileName}  ${r.message}`);
  }
}
