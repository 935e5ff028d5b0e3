// Long jobs: re-extraction of a real library file with progress events, and a cancel honoured between reports.
import { afterEach, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../electron/import/import-file.ts';
import { createHandlers } from '../../electron/service.ts';
import type { JobProgress } from '../../shared/api-parts/jobs.ts';
import { tempLibrary } from './temp-library.ts';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'reports');
let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function libraryWithReports() {
  const temp = tempLibrary();
  cleanup = temp.cleanup;
  const db = temp.db;
  for (const name of readdirSync(fixtures).sort()) await importFile(db, name, readFileSync(join(fixtures, name)));
  const progress: JobProgress[] = [];
  const handlers = createHandlers(db, { libraryPath: temp.path, emit: (event, payload) => event === 'job.progress' && progress.push(payload as JobProgress) });
  return { db, handlers, progress };
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

it('stops between reports when cancelled, answering the cancel while the job runs', async () => {
  const { handlers } = await libraryWithReports();
  const running = handlers['library.reextract']({ jobId: 'j2' });
  await new Promise((resolve) => setImmediate(resolve));
  expect(await handlers['jobs.cancel']({ jobId: 'j2' })).toEqual({ cancelled: true });
  const result = await running;
  expect(result.cancelled).toBe(true);
  expect(result.done).toBeLessThan(result.total);
  expect(await handlers['jobs.cancel']({ jobId: 'j2' })).toEqual({ cancelled: false });
});
