// `nianbao import PATH...`: a folder into the library with workers; the first Ctrl-C stops after the files being
// written and prints what was imported, a second one leaves at once.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import type { ImportSummary } from '../shared/api.ts';
import { importPaths } from './import/import-paths.ts';
import { openLibrary } from './library/open.ts';
import { resolveLibraryPath } from './library/location.ts';

export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { library: { type: 'string' } }, allowPositionals: true });
  if (positionals.length === 0) throw new Error('需要文件或文件夹 / files or folders are needed');
  const libraryPath = resolveLibraryPath(values.library ? ['--library', values.library] : []);
  const db = openLibrary(libraryPath);
  const controller = new AbortController();
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\n正在停止,已写入的报告保留 / stopping; reports already written are kept (Ctrl-C again to quit now)\n');
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
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
    if (summary.cancelled) return 130;
    return summary.failed > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onInterrupt);
    db.close();
  }
}

function printSummary(summary: ImportSummary, libraryPath: string): void {
  for (const r of summary.results) {
    if (r.status === 'imported' && r.summary) {
      const s = r.summary;
      console.log(`  ✓ ${r.fileName}  ${s.region ?? '地区未知'} · ${s.year ?? '年份未知'} · ${s.docType} · ${s.figureCount} 个数字${s.regionCandidates.length ? ' · 地区待确认' : ''}`);
    } else if (r.status === 'duplicate') console.log(`  = ${r.fileName}  ${r.message}`);
    else console.log(`  ✗ ${r.fileName}  ${r.message}`);
  }
  const notStarted = summary.total - summary.results.length;
  console.log(
    `${summary.cancelled ? '已取消' : '完成'}:共 ${summary.total} 个文件,导入 ${summary.imported},重复 ${summary.duplicates},失败 ${summary.failed}` +
      `${notStarted > 0 ? `,未处理 ${notStarted}` : ''}  → ${libraryPath}`,
  );
}
