// Issue 10 item 3: one bad entry is one failed file, never the whole job; a full disk says which files got in.
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPaths } from '../../../electron/import/import-paths.ts';
import { countReports } from '../../../electron/library/reports.ts';
import { writeReportFolder } from '../../fixtures/hostile/report-folder.ts';
import { tempLibrary, type TempLibrary } from '../temp-library.ts';

let lib: TempLibrary;
afterEach(() => {
  try {
    chmodSync(join(lib.dir, 'reports', 'locked'), 0o755);
  } catch {
    // not every test makes it
  }
  lib?.cleanup();
});

describe('a folder with bad entries', () => {
  it('imports every good file and lists each bad entry with what is wrong', { timeout: 30_000 }, async () => {
    lib = tempLibrary();
    const folder = join(lib.dir, 'reports');
    const good = writeReportFolder(folder, 5);
    symlinkSync('.', join(folder, 'loop'));                        // a folder that contains itself
    symlinkSync('self.txt', join(folder, 'self.txt'));             // a link to itself: ELOOP
    symlinkSync(join(folder, 'nowhere'), join(folder, 'gone.txt')); // a dangling link
    symlinkSync(join(folder, good[0]!, 'x'), join(folder, 'notdir.txt')); // ENOTDIR
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);            // reading it would wait forever
    mkdirSync(join(folder, 'locked'));
    writeFileSync(join(folder, 'locked', 'inner.txt'), '某某县2023年报告\n全年办理案件3件。');
    chmodSync(join(folder, 'locked'), 0o000);                      // EACCES, except for root

    const summary = await importPaths(lib.db, [folder], { jobId: 'bad-entries' });
    expect(summary.imported).toBeGreaterThanOrEqual(good.length);
    expect(countReports(lib.db).reports).toBe(summary.imported);
    const failed = Object.fromEntries(summary.results.filter((r) => r.status === 'failed').map((r) => [r.fileName, r]));
    expect(failed['self.txt']).toMatchObject({ reason: 'unreadable', detail: { code: 'ELOOP' } });
    expect(failed['self.txt']!.message).toContain('循环');
    expect(failed['notdir.txt']).toMatchObject({ reason: 'unreadable' });
    expect(failed['gone.txt']).toMatchObject({ reason: 'unreadable', detail: { code: 'ENOENT' } });
    expect(failed['pipe.txt']).toMatchObject({ reason: 'not-a-file' });
    if (process.getuid?.() !== 0) expect(failed['locked']).toMatchObject({ reason: 'unreadable', detail: { code: 'EACCES' } });
    // the loop is walked once, not until the path is too long
    expect(summary.results.filter((r) => r.fileName === good[0]).length).toBe(1);
    expect(summary.total).toBe(summary.results.length);
  });

  it('on a full disk stops, and says which files got in and which did not', { timeout: 30_000 }, async () => {
    lib = tempLibrary();
    const folder = join(lib.dir, 'reports');
    const names = writeReportFolder(folder, 12);
    // the library may grow by a few pages only: SQLite answers SQLITE_FULL as on a full disk
    const pages = lib.db.pragma('page_count', { simple: true }) as number;
    lib.db.pragma(`max_page_count = ${pages + 5}`);

    const summary = await importPaths(lib.db, [folder], { jobId: 'disk-full' });
    expect(summary.imported).toBeGreaterThan(0);
    expect(summary.imported).toBeLessThan(names.length);
    expect(countReports(lib.db).reports).toBe(summary.imported);
    const full = summary.results.filter((r) => r.reason === 'disk-full');
    expect(full).toHaveLength(1);
    expect(full[0]!.message).toContain('磁盘已满');
    const notReached = summary.results.filter((r) => r.reason === 'not-imported');
    expect(summary.imported + full.length + notReached.length).toBe(names.length);
    expect(summary.results.map((r) => r.fileName).sort()).toEqual(names);
    expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});
