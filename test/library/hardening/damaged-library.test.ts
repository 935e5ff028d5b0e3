// Issue 10 item 4: a damaged library is checked at open and never written; a newer one is refused untouched;
// backups are taken online, checked, and restored in one step.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, openSync, readFileSync, closeSync, writeFileSync, writeSync } from 'node:fs';
import { ApiError } from '../../../shared/api.ts';
import { LibraryDamagedError, LibraryVersionError, openLibrary } from '../../../electron/library/open.ts';
import { latestVersion } from '../../../electron/library/migrations.ts';
import { createBackup, restoreClosedLibrary, restoreIntoOpenLibrary } from '../../../electron/library/backup.ts';
import { listBackups } from '../../../electron/library/backup-files.ts';
import { countReports } from '../../../electron/library/reports.ts';
import { importFile } from '../../../electron/import/import-file.ts';
import { createHandlers } from '../../../electron/service.ts';
import { numberedReport } from '../../fixtures/hostile/report-folder.ts';
import { tempLibrary, type TempLibrary } from '../temp-library.ts';
import { runCli } from '../hostile/cli-run.ts';

let lib: TempLibrary;
afterEach(() => lib?.cleanup());

const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function fill(db: Database.Database, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i++) await importFile(db, `r${i}.txt`, utf8(numberedReport(i)));
}

/** Overwrites every other page of the reports' data with random bytes, as a failing disk would; the schema's own
 *  pages are spared, so the library still opens and breaks when its data is read. */
function damage(path: string): void {
  const pageSize = 4096;
  const probe = new Database(path, { readonly: true });
  const pages = probe.prepare(`SELECT pageno FROM dbstat WHERE name IN ('figures', 'reports', 'report_texts') ORDER BY pageno`).pluck().all() as number[];
  probe.close();
  const fd = openSync(path, 'r+');
  for (let k = 0; k < pages.length; k += 2) writeSync(fd, randomBytes(pageSize), 0, pageSize, (pages[k]! - 1) * pageSize);
  closeSync(fd);
}

describe('a library from a newer version', () => {
  it('is refused before any pragma that writes: its bytes and journal mode stay as they were', () => {
    lib = tempLibrary();
    lib.db.close();
    const older = new Database(lib.path);
    older.pragma('journal_mode = DELETE');
    older.pragma(`user_version = ${latestVersion + 7}`);
    older.close();
    const before = hash(lib.path);
    expect(() => openLibrary(lib.path)).toThrow(LibraryVersionError);
    expect(hash(lib.path)).toBe(before);
    expect(existsSync(`${lib.path}-wal`)).toBe(false);
    try {
      openLibrary(lib.path);
    } catch (error) {
      expect(error).toMatchObject({ code: 'library-newer', data: { found: latestVersion + 7, known: latestVersion } });
    }
  });
});

describe('a damaged library', () => {
  it('fails its check at open, is never written, and offers the newest sound backup', async () => {
    lib = tempLibrary();
    await fill(lib.db, 0, 30);
    const backup = await createBackup(lib.db, lib.path);
    await fill(lib.db, 30, 10);
    lib.db.pragma('wal_checkpoint(TRUNCATE)');
    lib.db.close();
    damage(lib.path);
    const before = hash(lib.path);

    let caught: unknown;
    try {
      openLibrary(lib.path);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(LibraryDamagedError);
    expect(caught).toMatchObject({ code: 'library-damaged', data: { path: lib.path, backup: backup.path } });
    expect((caught as Error).message).toMatch(/已损坏/);
    expect(hash(lib.path)).toBe(before);

    // one step back to the backup; the damaged file is kept aside, not deleted
    const keptAside = restoreClosedLibrary(lib.path, backup.name);
    expect(keptAside && hash(keptAside)).toBe(before);
    const restored = openLibrary(lib.path);
    expect(countReports(restored).reports).toBe(30);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    restored.close();
  });

  it('found damaged while in use, answers a typed code and is not written again, until a backup is restored', async () => {
    lib = tempLibrary();
    await fill(lib.db, 0, 30);
    const backup = await createBackup(lib.db, lib.path);
    lib.db.pragma('wal_checkpoint(TRUNCATE)');
    lib.db.close();
    damage(lib.path);
    const db = openLibrary(lib.path, { skipCheck: true }); // as if it broke after the check
    const handlers = createHandlers(db, { libraryPath: lib.path, emit: () => {} });
    const errors: ApiError[] = [];
    for (let id = 1; id <= 30; id++) {
      await Promise.resolve().then(() => handlers['reports.get']({ id })).catch((e: ApiError) => errors.push(e));
    }
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e instanceof ApiError && ['library-damaged', 'not-found'].includes(e.code))).toBe(true);
    expect(errors.some((e) => e.code === 'library-damaged')).toBe(true);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const before = hash(lib.path);
    await expect(Promise.resolve().then(() => handlers['reports.delete']({ ids: [1, 2, 3] }))).rejects.toMatchObject({ code: 'library-damaged' });
    expect(db.pragma('query_only', { simple: true })).toBe(1);
    expect(hash(lib.path)).toBe(before);

    // one click in the about panel: the backup's content, writable again; the damaged files kept as a copy
    await expect(handlers['library.restore']({ name: backup.name })).resolves.toEqual({ restored: backup.name });
    expect(db.pragma('query_only', { simple: true })).toBe(0);
    expect(countReports(db).reports).toBe(30);
    await expect(Promise.resolve().then(() => handlers['reports.delete']({ ids: [1] }))).resolves.toEqual({ deleted: 1 });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('`nianbao trend` says so in plain Chinese, without a stack trace', { timeout: 30_000 }, async () => {
    lib = tempLibrary();
    await fill(lib.db, 0, 30);
    lib.db.pragma('wal_checkpoint(TRUNCATE)');
    lib.db.close();
    damage(lib.path);
    const run = await runCli(['trend', '--indicator', 'x', '--region', '宁都县', '--library', lib.path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('已损坏');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stderr).not.toMatch(/malformed/);
  });
});

describe('a library that cannot be opened', () => {
  it('says why in Chinese with a typed code, never raw SQLite or Node English alone', () => {
    lib = tempLibrary();
    writeFileSync(`${lib.dir}/not-a-folder`, 'x');
    for (const path of [`${lib.dir}/not-a-folder/library.sqlite`, `${lib.dir}/not-a-folder`]) {
      let caught: unknown;
      try {
        openLibrary(path);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ApiError);
      expect(['library-cannot-open', 'library-damaged', 'library-read-only']).toContain((caught as ApiError).code);
      expect((caught as ApiError).message).toMatch(/资料库/);
      expect((caught as ApiError).data.path).toBe(path);
    }
  });
});

describe('backup and restore', () => {
  it('takes a checked online backup while the library is open, and restores it into the open library', async () => {
    lib = tempLibrary();
    await fill(lib.db, 0, 5);
    const backup = await createBackup(lib.db, lib.path, new Date('2026-01-02T03:04:05.678Z'));
    expect(backup.name).toBe('library-2026-01-02T03-04-05-678Z.sqlite');
    await fill(lib.db, 5, 5);
    expect(countReports(lib.db).reports).toBe(10);
    await restoreIntoOpenLibrary(lib.db, lib.path, backup.name);
    expect(countReports(lib.db).reports).toBe(5);
    expect(lib.db.pragma('integrity_check', { simple: true })).toBe('ok');
    // what was replaced is itself a backup now
    const backups = listBackups(lib.path);
    expect(backups).toHaveLength(2);
    const replaced = new Database(backups[0]!.path, { readonly: true });
    expect(countReports(replaced).reports).toBe(10);
    replaced.close();
    // and the library goes on taking writes
    await fill(lib.db, 20, 1);
    expect(countReports(lib.db).reports).toBe(6);
  });
});
