// Opens a library file: pragmas for durability, then every pending migration in one transaction.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { latestVersion, migrations } from './migrations.ts';

export type Db = Database.Database;

export class LibraryVersionError extends Error {
  constructor(path: string, found: number) {
    super(
      `资料库 ${path} 由更新版本的年报工作台写入(结构版本 ${found},本程序只认识到 ${latestVersion}),为保护数据未打开。请升级年报工作台。` +
        ` / The library ${path} was written by a newer Nianbao (schema ${found}; this one knows up to ${latestVersion}) and was not opened: please upgrade.`,
    );
    this.name = 'LibraryVersionError';
  }
}

export function openLibrary(path: string): Db {
  mkdirSync(dirname(path), { recursive: true });
  const existed = existsSync(path);
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, path, existed);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function migrate(db: Db, path: string, existed: boolean): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latestVersion) throw new LibraryVersionError(path, current);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  // A library with data is copied aside before its schema changes, as Zotero does.
  if (existed && current > 0) {
    db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(path, `${path}.before-v${latestVersion}.bak`);
  }
  db.transaction(() => {
    for (const migration of pending) {
      db.exec(migration.sql);
      migration.run?.(db);
    }
    db.pragma(`user_version = ${latestVersion}`);
  })();
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
