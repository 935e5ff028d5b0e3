// A folder import through the worker pool and the single writer: duplicates, failures, progress while it runs,
// other calls served meanwhile, and cancel that stops at once and keeps only whole reports.
import { afterEach, describe, expect, it, vi } from 'vitest';
import iconv from 'iconv-lite';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPaths } from '../../electron/import/import-paths.ts';
import { PreparePool } from '../../electron/import/pool.ts';
import { createHandlers } from '../../electron/service.ts';
import type { ImportProgress } from '../../shared/api.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';
import { countyReport2023 } from '../fixtures/library/reports.ts';

let lib: TempLibrary;
afterEach(() => lib?.cleanup());

/** A folder of distinct reports (a third GBK), as analysts keep them. */
function folderOf(count: number): string {
  const folder = join(lib.dir, 'reports');
  mkdirSync(folder, { recursive: true });
  for (let i = 0; i < count; i++) {
    const text = countyReport2023.replace('发放资料2.5万份', `发放资料${i + 1}份`).repeat(1 + (i % 3));
    writeFileSync(join(folder, `r${String(i).padStart(4, '0')}.txt`), i % 3 === 0 ? iconv.encode(text, 'gbk') : text);
  }
  return folder;
}

describe('importing a folder with workers', { timeout: 60_000 }, () => {
  it('begins no more files than their bytes allow while earlier ones wait to be written', async () => {
    lib = tempLibrary();
    const folder = folderOf(9); // files of one (GBK), two and three copies of the report: about 0.4, 1 and 1.6 kB
    const prepare = PreparePool.prototype.prepare;
    let begun = 0;
    let most = 0;
    const spy = vi.spyOn(PreparePool.prototype, 'prepare').mockImplementation(function (this: PreparePool, path: string) {
      most = Math.max(most, ++begun);
      return prepare.call(this, path).finally(() => begun--);
    });
    try {
      // room for one or two files at a time: never the worker's twelve
      const summary = await importPaths(lib.db, [folder], { jobId: 'bounded', workers: 1, maxAheadBytes: 1_500 });
      expect(summary).toMatchObject({ imported: 9, failed: 0 });
      expect(most).toBeGreaterThanOrEqual(1);
      expect(most).toBeLessThanOrEqual(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('stores every report once, names duplicates and failures, and reports progress', async () => {
    lib = tempLibrary();
    const folder = folderOf(12);
    // r0003 is GBK; its UTF-8 copy has other bytes and the same content
    writeFileSync(join(folder, 'copy-of-r0003.txt'), countyReport2023.replace('发放资料2.5万份', '发放资料4份'));
    writeFileSync(join(folder, 'empty.txt'), '');
    const progress: ImportProgress[] = [];
    const summary = await importPaths(lib.db, [folder], { jobId: 'j1', workers: 2, onProgress: (p) => progress.push(p) });
    expect(summary).toMatchObject({ total: 14, imported: 12, duplicates: 1, failed: 1, cancelled: false });
    const pair = summary.results.filter((r) => r.fileName === 'copy-of-r0003.txt' || r.fileName === 'r0003.txt');
    expect(pair.map((r) => r.status).sort()).toEqual(['duplicate', 'imported']);
    expect(pair.find((r) => r.status === 'duplicate')!.existing).toEqual({ id: pair.find((r) => r.status === 'imported')!.reportId, title: '宁都县2023年法治政府建设情况报告' });
    expect(summary.results.find((r) => r.fileName === 'empty.txt')).toMatchObject({ status: 'failed', reason: 'empty' });
    expect(lib.db.prepare('SELECT count(*) AS n FROM reports r JOIN report_texts t ON t.report_id = r.id').get()).toEqual({ n: 12 });
    expect(progress.at(-1)).toMatchObject({ done: 14, total: 14, imported: 12, failed: 1, current: null });
    // the same folder again: every file is known by its bytes before any analysis
    const again = await importPaths(lib.db, [folder], { jobId: 'j2', workers: 2 });
    expect(again).toMatchObject({ imported: 0, duplicates: 13, failed: 1 });
  });

  it('serves other calls while it runs, and a cancel stops it keeping only whole reports', async () => {
    lib = tempLibrary();
    const folder = folderOf(300);
    const handlers = createHandlers(lib.db, { libraryPath: lib.path, emit: () => {} });
    let settled = false;
    const job = Promise.resolve(handlers['import.paths']({ paths: [folder], jobId: 'big' })).finally(() => (settled = true));
    // wait until some reports are in, asking the library meanwhile
    let listed = 0;
    while (!settled) {
      const page = await handlers['reports.list']({ offset: 0, limit: 20, filters: {}, sort: { by: 'imported', direction: 'desc' } });
      listed++;
      if (page.total >= 10) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(settled).toBe(false);
    expect(listed).toBeGreaterThan(0);
    expect(await handlers['import.cancel']({ jobId: 'big' })).toEqual({ cancelled: true });
    const summary = await job;
    expect(summary.cancelled).toBe(true);
    expect(summary.results.length).toBeLessThan(300);
    const stored = lib.db.prepare(`SELECT count(*) AS n, sum(EXISTS (SELECT 1 FROM report_texts t WHERE t.report_id = r.id)) AS whole,
      sum(figure_count > 0) AS withFigures FROM reports r`).get() as { n: number; whole: number; withFigures: number };
    expect(stored.n).toBe(summary.imported);
    expect(stored.whole).toBe(stored.n);
    expect(stored.withFigures).toBe(stored.n);
  });
});
