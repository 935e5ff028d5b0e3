// Opens a library file: version and health read first (nothing written yet), then pragmas for durability,
// then every pending migration in one write transaction.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ApiError } from '../../shared/api.ts';
import { sqliteErrorCode } from '../../shared/errors.ts';
import { latestVersion, migrations } from './migrations.ts';
import { newestVerifiedBackup } from './backup-files.ts';

export type Db = Database.Database;

/** A second writer (the CLI beside the app) waits this long for the write lock before giving up. */
export const BUSY_TIMEOUT_MS = 20_000;

export class LibraryVersionError extends ApiError {
  constructor(path: string, found: number) {
    super(
      'library-newer',
      `资料库 ${path} 由更新版本的年报工作台写入(结构版本 ${found},本程序只认识到 ${latestVersion}),为保护数据未打开。请升级年报工作台。`,
      { path, found, known: latestVersion },
    );
    this.name = 'LibraryVersionError';
  }
}

/** The library failed its health check: it is not opened for writing; the newest backup that passes is offered. */
export class LibraryDamagedError extends ApiError {
  constructor(path: string, detail: string) {
    const backup = newestVerifiedBackup(path);
    super(
      'library-damaged',
      // SQLite's own words (detail) stay in the data for the log and the copyable detail, not in the sentence
      `资料库 ${path} 已损坏,为免损失扩大未写入任何内容。${backup ? `可恢复最近的完好备份:${backup.path}` : '没有找到完好的备份。'}`,
      { path, detail, backup: backup?.path ?? null, backupTime: backup?.createdAt ?? null },
    );
    this.name = 'LibraryDamagedError';
  }
}

export interface OpenOptions {
  /** Skip the health check: for the backup that is being verified, or when the caller just checked. */
  skipCheck?: boolean;
}

export function openLibrary(path: string, options: OpenOptions = {}): Db {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw cannotOpen(path, error);
  }
  const existed = existsSync(path) && statSync(path).size > 0;
  // SQLite takes a short file that is not a database for an empty one, and would write over it
  if (existed && !hasSqliteHeader(path)) throw new LibraryDamagedError(path, 'not a SQLite database');
  let db: Db;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw cannotOpen(path, error);
  }
  try {
    // Read before any pragma that writes: a newer or damaged library is left exactly as it was.
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latestVersion) throw new LibraryVersionError(path, version);
    if (existed && !options.skipCheck) {
      const check = db.pragma('quick_check(1)', { simple: true }) as string;
      if (check !== 'ok') throw new LibraryDamagedError(path, check);
    }
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db, path, existed);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof ApiError) throw error;
    const code = sqliteErrorCode((error as { code?: string }).code);
    if (code === 'library-damaged') throw new LibraryDamagedError(path, (error as Error).message);
    throw cannotOpen(path, error, code);
  }
}

function hasSqliteHeader(path: string): boolean {
  const header = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    readSync(fd, header, 0, 16, 0);
  } catch {
    return true; // unreadable: let SQLite say why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return header.toString('latin1') === 'SQLite format 3\u0000';
}

function cannotOpen(path: string, error: unknown, code = sqliteErrorCode((error as { code?: string }).code)): ApiError {
  const readOnly = code === 'library-read-only' || ['EACCES', 'EROFS', 'EPERM'].includes((error as { code?: string }).code ?? '');
  return new ApiError(
    readOnly ? 'library-read-only' : 'library-cannot-open',
    readOnly ? `资料库 ${path} 所在位置只读,无法写入:请换一个可写的文件夹` : `无法打开资料库 ${path}:${(error as Error).message}`,
    { path, detail: (error as Error).message },
  );
}

function migrate(db: Db, path: string, existed: boolean): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  // A library with data is copied aside before its schema changes, as Zotero does.
  if (existed && current > 0) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(path, `${path}.before-v${latestVersion}.bak`);
  }
  // Two processes may open a new library at once: the one that gets the write lock migrates, the other sees it done.
  writeTransaction(db, () => {
    const now = db.pragma('user_version', { simple: true }) as number;
    for (const migration of migrations.filter((m) => m.version > now)) {
      db.exec(migration.sql);
      migration.run?.(db);
    }
    db.pragma(`user_version = ${latestVersion}`);
  });
}

/** A write transaction that takes the write lock first (BEGIN IMMEDIATE): a reader turned writer would get
 *  SQLITE_BUSY at once, without the busy timeout; with the lock taken first, a second writer waits its turn. */
export function writeTransaction<T>(db: Db, work: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return db.transaction(work).immediate();
    } catch (error) {
      if (attempt >= 3 || sqliteErrorCode((error as { code?: string }).code) !== 'library-busy') throw error;
    }
  }
}

const statements = new WeakMap<Db, Map<string, Database.Statement>>();

/** A prepared statement, prepared once per connection: the import hot path runs the same SQL thousands of times. */
export function statement(db: Db, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let prepared = cache.get(sql);
  if (!prepared) cache.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}
