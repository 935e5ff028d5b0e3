// Issue 10 item 2: two writers on one library. Two CLI imports of the same folder run at once while the app
// corrects reports: both finish, nothing fails, every file is in once.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary } from '../../../electron/library/open.ts';
import { createHandlers } from '../../../electron/service.ts';
import { writeReportFolder } from '../../fixtures/hostile/report-folder.ts';
import { runCli } from '../hostile/cli-run.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('two writers on one library', () => {
  it('two imports of one folder at once, beside corrections in the app, store every file once', { timeout: 120_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-writers-'));
    const folder = join(dir, 'reports');
    const library = join(dir, 'library.sqlite');
    // enough (and long enough) reports that the imports are still running when the app starts correcting
    const files = writeReportFolder(folder, 80, 3);

    // both start on a library that does not exist yet: one migrates, the other waits and sees it done
    const runs = Promise.all([runCli(['import', folder, '--library', library]), runCli(['import', folder, '--library', library])]);
    // the app corrects reports as they arrive
    let corrections = 0;
    const finished = runs.then(() => true);
    let done = false;
    void finished.then(() => (done = true));
    while (!existsSync(library)) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    const db = openLibrary(library);
    const handlers = createHandlers(db, { libraryPath: library, emit: () => {} });
    while (!done) {
      const listed = await handlers['reports.list']({ offset: 0, limit: 3, sort: { by: 'imported', direction: 'asc' }, filters: {} });
      for (const report of listed.rows) {
        await handlers['reports.correct']({ id: report.id, year: 2023 });
        corrections++;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const [a, b] = await runs;
    for (const run of [a, b]) {
      expect(run.stderr).not.toMatch(/locked|UNIQUE|SQLITE/);
      expect(run.code, run.stdout + run.stderr).toBe(0);
    }
    // between them, each file was imported once and found as a duplicate once
    const summary = (out: string) => /导入 (\d+),重复 (\d+),失败 (\d+)/.exec(out)!.slice(1).map(Number);
    const [ai, ad, af] = summary(a.stdout);
    const [bi, bd, bf] = summary(b.stdout);
    expect(af + bf).toBe(0);
    expect(ai! + bi!).toBe(files.length);
    expect(ad! + bd!).toBe(files.length);
    const rows = db.prepare('SELECT file_name, count(*) AS n FROM reports GROUP BY content_sha256').all() as Array<{ n: number }>;
    expect(rows).toHaveLength(files.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(corrections).toBeGreaterThan(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
