// Import throughput end to end (read file, decode, detect, extract, hash, store) on a generated corpus of 2,000 reports.
import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import iconv from 'iconv-lite';
import { openLibrary } from '../../electron/library/open.ts';
import { importPaths } from '../../electron/import/import-paths.ts';
import { generateReport } from './_generate.ts';

const count = Number(process.env.BENCH_REPORTS ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-import-'));
try {
  const folder = join(dir, 'reports');
  mkdirSync(folder);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const report = generateReport(i);
    // A third saved as GBK, as analysts' folders usually are.
    const data = i % 3 === 0 ? iconv.encode(report.text, 'gbk') : Buffer.from(report.text, 'utf8');
    writeFileSync(join(folder, report.name), data);
    bytes += data.length;
  }
  const db = openLibrary(join(dir, 'library.sqlite'));
  const started = performance.now();
  const summary = await importPaths(db, [folder], { jobId: randomUUID() });
  const seconds = (performance.now() - started) / 1000;
  const figures = (db.prepare('SELECT count(*) AS n FROM figures').get() as { n: number }).n;
  db.close();
  const libraryBytes = statSync(join(dir, 'library.sqlite')).size;
  console.log(`import: ${summary.imported} of ${count} reports (${(bytes / 1048576).toFixed(1)} MB, ${figures} figures) in ${seconds.toFixed(2)} s`);
  console.log(`import: ${(bytes / 1048576 / seconds).toFixed(2)} MB/s, ${(summary.imported / seconds).toFixed(0)} reports/s; library file ${(libraryBytes / 1048576).toFixed(1)} MB`);
  if (summary.failed) console.log(`import: ${summary.failed} failed, e.g. ${summary.results.find((r) => r.status === 'failed')?.message}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
