// Where a library's backups live and which of them are sound: <library folder>/backups/<name>-<time>.sqlite.
import Database from 'better-sqlite3';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface BackupFile {
  path: string;
  name: string;
  /** ISO time the backup was taken (from its name). */
  createdAt: string;
  bytes: number;
}

export const backupDir = (libraryPath: string) => join(dirname(libraryPath), 'backups');

const stem = (libraryPath: string) => basename(libraryPath).replace(/\.sqlite$/i, '');

/** A name that sorts by time: library-2026-11-30T10-52-16-123Z.sqlite. */
export function backupName(libraryPath: string, at: Date): string {
  return `${stem(libraryPath)}-${at.toISOString().replace(/[:.]/g, '-')}.sqlite`;
}

/** This library's backups, newest first. */
export function listBackups(libraryPath: string): BackupFile[] {
  const dir = backupDir(libraryPath);
  if (!existsSync(dir)) return [];
  const pattern = new RegExp(`^${stem(libraryPath).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)\\.sqlite$`);
  return readdirSync(dir)
    .map((name) => ({ name, match: pattern.exec(name) }))
    .filter((f): f is { name: string; match: RegExpExecArray } => f.match !== null)
    .map(({ name, match }) => {
      const t = match[1]!;
      const createdAt = `${t.slice(0, 10)}T${t.slice(11, 13)}:${t.slice(14, 16)}:${t.slice(17, 19)}.${t.slice(20, 23)}Z`;
      return { path: join(dir, name), name, createdAt, bytes: statSync(join(dir, name)).size };
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Opens the file read-only and runs SQLite's check on it: 'ok', or what is wrong. */
export function checkDatabaseFile(path: string, full = false): string {
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
    const rows = db.pragma(full ? 'integrity_check(20)' : 'quick_check(20)', { simple: false }) as Array<Record<string, string>>;
    const messages = rows.map((r) => Object.values(r)[0]!);
    return messages.join('; ');
  } catch (error) {
    return (error as Error).message;
  } finally {
    db?.close();
  }
}

/** The newest backup that passes the check, or null. */
export function newestVerifiedBackup(libraryPath: string): BackupFile | null {
  return listBackups(libraryPath).find((b) => checkDatabaseFile(b.path) === 'ok') ?? null;
}
