// Long jobs on a real library file: re-extraction, the whole-library audit and the exports report progress and stop
// between items when cancelled; a cancelled audit leaves nothing cached, a cancelled export gives no file.
import { afterEach, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFile } from '../../electron/import/import-file.ts';
import { createHandlers } from '../../electron/service.ts';
import { isCancelled, type JobProgress } from '../../shared/api-parts/jobs.ts';
import type { Handlers } from '../../shared/api.ts';
import { completed } from './completed.ts';
import { tempLibrary } from './temp-library.ts';

const folders = ['reports', 'trends', 'audit'].map((f) => resolve('test/fixtures', f));
let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function libraryWithReports() {
  const temp = tempLibrary();
  cleanup = temp.cleanup;
  const db = temp.db;
  for (const folder of folders) for (const name of readdirSync(folder).sort()) await importFile(db, name, readFileSync(join(folder, name)));
  const progress: JobProgress[] = [];
  const handlers = createHandlers(db, { libraryPath: temp.path, emit: (event, payload) => event === 'job.progress' && progress.push(payload as JobProgress) });
  const reportCount = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  return { db, handlers, progress, reportCount };
}

/** Starts a call, lets it begin (the audit: its first report), then cancels it; resolves to the call's answer. */
async function cancelledAfterFirstItem<T>(handlers: Handlers, jobId: string, call: () => T | Promise<T>) {
  const running = call();
  await new Promise((resolve) => setImmediate(resolve));
  const asked = performance.now();
  expect(await handlers['jobs.cancel']({ jobId })).toEqual({ cancelled: true });
  const result = await running;
  return { result, answeredInMs: performance.now() - asked };
}

it('re-extracts every report with progress and keeps the figures it finds', async () => {
  const { db, handlers, progress } = await libraryWithReports();
  const before = (db.prepare('SELECT count(*) AS n FROM figures').get() as { n: number }).n;
  db.prepare(`UPDATE reports SET extractor_version = 'old'`).run();
  const result = await handlers['library.reextract']({ jobId: 'j1', onlyOutdated: true });
  expect(result).toMatchObject({ jobId: 'j1', kind: 'reextract', cancelled: false, failed: [] });
  expect(result.done).toBe(result.total);
  expect(result.total).toBeGreaterThan(5);
  expect((db.prepare('SELECT count(*) AS n FROM figures').get() as { n: number }).n).toBe(before);
  expect((db.prepare(`SELECT count(*) AS n FROM reports WHERE extractor_version = 'old'`).get() as { n: number }).n).toBe(0);
  expect(progress[0]).toMatchObject({ done: 0, total: result.total });
  expect(progress.at(-1)).toMatchObject({ done: result.total, current: null });
});

it('stops re-extraction between reports when cancelled, answering the cancel while the job runs', async () => {
  const { handlers } = await libraryWithReports();
  const { result } = await cancelledAfterFirstItem(handlers, 'j2', () => handlers['library.reextract']({ jobId: 'j2' }));
  expect(result.cancelled).toBe(true);
  expect(result.done).toBeLessThan(result.total);
  expect(await handlers['jobs.cancel']({ jobId: 'j2' })).toEqual({ cancelled: false });
});

it('audits the whole library as a job, one item per report, and answers from its cache afterwards', async () => {
  const { handlers, progress, reportCount } = await libraryWithReports();
  const overview = await completed(handlers['audit.overview']({ jobId: 'a1' }));
  expect(overview.regions.length).toBeGreaterThan(3);
  const events = progress.filter((p) => p.jobId === 'a1');
  expect(events[0]).toMatchObject({ kind: 'audit', done: 0, total: reportCount, current: null });
  expect(events.at(-1)).toMatchObject({ kind: 'audit', done: reportCount, total: reportCount, current: null });
  // the library has not changed: no second job
  expect(await handlers['audit.overview']({ jobId: 'a2' })).toEqual(overview);
  expect(progress.some((p) => p.jobId === 'a2')).toBe(false);
});

it('stops the audit between reports when cancelled and keeps no half-done audit', async () => {
  const { db, handlers, progress, reportCount } = await libraryWithReports();
  const { result, answeredInMs } = await cancelledAfterFirstItem(handlers, 'a3', () => handlers['audit.overview']({ jobId: 'a3' }));
  expect(result).toEqual({ jobId: 'a3', kind: 'audit', cancelled: true, done: 1, total: reportCount });
  expect(answeredInMs).toBeLessThan(1000);
  expect(progress.filter((p) => p.jobId === 'a3').at(-1)).toMatchObject({ done: 1, current: null });
  // the next call audits again, from the first report, and gives every region
  const whole = await completed(handlers['audit.overview']({ jobId: 'a4' }));
  expect(progress.filter((p) => p.jobId === 'a4').at(-1)).toMatchObject({ done: reportCount, total: reportCount });
  const fresh = createHandlers(db, { libraryPath: db.name, emit: () => {} });
  expect(whole).toEqual(await completed(fresh['audit.overview']({})));
});

it('exports the audit as a job: its reports audited, then each report’s findings written; a cancelled export gives no file', async () => {
  const { db, handlers, progress, reportCount } = await libraryWithReports();
  const cold = await cancelledAfterFirstItem(handlers, 'e1', () => handlers['audit.export']({ format: 'xlsx', jobId: 'e1' }));
  expect(cold.result).toMatchObject({ kind: 'export', cancelled: true, total: expect.any(Number) });
  expect(cold.result).not.toHaveProperty('base64');
  expect((cold.result as { done: number }).done).toBeLessThan(reportCount);

  const file = await completed(handlers['audit.export']({ format: 'xlsx', jobId: 'e2' }));
  const placed = (await completed(handlers['audit.overview']({}))).regions.reduce((n, r) => n + r.reportIds.length, 0);
  const events = progress.filter((p) => p.jobId === 'e2');
  expect(events[0]).toMatchObject({ kind: 'export', done: 0, total: reportCount + placed });
  expect(events.at(-1)).toMatchObject({ done: reportCount + placed, current: null });
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  expect(book.getWorksheet('体检结果')!.rowCount - 1).toBe(file.rows);

  // the audit is fresh now: only the writing is left, and it stops as well
  const warm = await cancelledAfterFirstItem(handlers, 'e3', () => handlers['audit.export']({ format: 'csv', jobId: 'e3' }));
  expect(warm.result).toMatchObject({ jobId: 'e3', kind: 'export', cancelled: true, total: placed });
  expect((warm.result as { done: number }).done).toBeLessThan(placed);
  const csv = await completed(handlers['audit.export']({ format: 'csv', jobId: 'e4' }));
  const fresh = createHandlers(db, { libraryPath: db.name, emit: () => {} });
  expect(csv.base64).toBe((await completed(fresh['audit.export']({ format: 'csv' }))).base64);
  expect(csv.rows).toBe(file.rows);
});

it('exports a trend region by region as a job, and stops between regions', async () => {
  const { handlers, progress } = await libraryWithReports();
  const request = { format: 'csv' as const, indicator: 'admin_review_received', regions: ['360732', '360731'] };
  const cancelled = await cancelledAfterFirstItem(handlers, 't1', () => handlers['trends.export']({ ...request, jobId: 't1' }));
  expect(cancelled.result).toMatchObject({ jobId: 't1', kind: 'export', cancelled: true, total: 2 });
  expect(cancelled.result).not.toHaveProperty('base64');
  const file = await completed(handlers['trends.export']({ ...request, jobId: 't2' }));
  expect(file.rows).toBe(9);
  expect(progress.filter((p) => p.jobId === 't2').map((p) => [p.done, p.total])).toEqual([[0, 2], [2, 2]]);
});

it('keeps typed errors for what cannot be exported or audited', async () => {
  const { handlers } = await libraryWithReports();
  await expect(handlers['audit.export']({ format: 'csv', region: '不存在县', jobId: 'x1' })).rejects.toMatchObject({ code: 'not-found', data: { region: '不存在县' } });
  await expect(handlers['trends.export']({ format: 'csv', indicator: 'label:没有这个指标', regions: ['360731'], jobId: 'x2' }))
    .rejects.toMatchObject({ code: 'not-found', data: { indicator: '没有这个指标' } });
  expect(isCancelled(await handlers['audit.overview']({}))).toBe(false);
});
