// One-click backup and restore with SQLite's online backup: a consistent copy while the library is in use,
// checked (integrity_check) before it counts. Restore never deletes: the replaced library is kept aside.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ApiError } from '../../shared/api.ts';
import { backupDir, backupName, checkDatabaseFile, listBackups, type BackupFile } from './backup-files.ts';
import { openLibrary, type Db } from './open.ts';

export async function createBackup(db: Db, libraryPath: string, at = new Date()): Promise<BackupFile> {
  const dir = backupDir(libraryPath);
  mkdirSync(dir, { recursive: true });
  const name = backupName(libraryPath, at);
  const path = join(dir, name);
  const partial = `${path}.partial`;
  try {
    await db.backup(partial);
    const check = checkDatabaseFile(partial, true);
    if (check !== 'ok') throw new Error(check);
    renameSync(partial, path); // only a checked copy gets a backup's name
  } catch (error) {
    rmSync(partial, { force: true });
    throw new ApiError('backup-failed', `备份失败:${(error as Error).message}`, { path, detail: (error as Error).message });
  }
  return { path, name, createdAt: at.toISOString(), bytes: statSync(path).size };
}

function findBackup(libraryPath: string, name: string): BackupFile {
  const backup = listBackups(libraryPath).find((b) => b.name === name);
  if (!backup) throw new ApiError('not-found', `没有名为 ${name} 的备份`, { name });
  const check = checkDatabaseFile(backup.path, true);
  if (check !== 'ok') throw new ApiError('backup-failed', `备份 ${name} 未通过检查:${check}`, { name, detail: check });
  return backup;
}

/** Restores into the open library through the online backup API (the app keeps its connection), then migrates. */
export async function restoreIntoOpenLibrary(db: Db, libraryPath: string, name: string, at = new Date()): Promise<void> {
  const backup = findBackup(libraryPath, name);
  // what is replaced stays recoverable: as a backup when it is sound, else as a copy of its files
  try {
    await createBackup(db, libraryPath, at);
  } catch {
    const aside = `${libraryPath}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal']) if (existsSync(libraryPath + suffix)) copyFileSync(libraryPath + suffix, aside + suffix);
  }
  const source = new Database(backup.path, { readonly: true });
  try {
    await source.backup(libraryPath);
  } finally {
    source.close();
  }
  openLibrary(libraryPath, { skipCheck: true }).close(); // runs migrations when the backup is older
}

/** Restores over a closed (damaged) library: the damaged file is renamed aside, never written or deleted. */
export function restoreClosedLibrary(libraryPath: string, name: string, at = new Date()): string | null {
  const backup = findBackup(libraryPath, name);
  let keptAside: string | null = null;
  if (existsSync(libraryPath)) {
    keptAside = `${libraryPath}.damaged-${at.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(libraryPath, keptAside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(libraryPath + suffix)) renameSync(libraryPath + suffix, keptAside + suffix);
    }
  }
  const source = new Database(backup.path, { readonly: true });
  try {
    source.exec(`VACUUM INTO '${libraryPath.replace(/'/g, "''")}'`);
  } finally {
    source.close();
  }
  return keptAside;
}
