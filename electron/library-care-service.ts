// Handlers of the library's care: about, backup, check, restore.
import type { Handlers } from '../shared/api.ts';
import { EXTRACTOR_VERSION } from '../shared/figures/extract.ts';
import { latestVersion } from './library/migrations.ts';
import type { Db } from './library/open.ts';
import { createBackup, restoreIntoOpenLibrary } from './library/backup.ts';
import { checkDatabaseFile, listBackups, type BackupFile } from './library/backup-files.ts';

type CareHandlers = Pick<Handlers, 'library.about' | 'library.backup' | 'library.check' | 'library.restore'>;

const info = (b: BackupFile) => ({ name: b.name, createdAt: b.createdAt, bytes: b.bytes });

export function createLibraryCareHandlers(db: Db, options: { libraryPath: string; logPath?: string; appVersion?: string }): CareHandlers {
  return {
    'library.about': () => ({
      appVersion: options.appVersion ?? null,
      libraryPath: options.libraryPath,
      logPath: options.logPath ?? null,
      schemaVersion: latestVersion,
      extractorVersion: EXTRACTOR_VERSION,
      backups: listBackups(options.libraryPath).map(info),
    }),
    'library.backup': async () => info(await createBackup(db, options.libraryPath)),
    'library.check': ({ full }) => {
      db.pragma('wal_checkpoint(PASSIVE)');
      const detail = full ? checkDatabaseFile(options.libraryPath, true) : (db.pragma('quick_check(20)', { simple: true }) as string);
      return { ok: detail === 'ok', detail, full: full === true };
    },
    'library.restore': async ({ name }) => {
      await restoreIntoOpenLibrary(db, options.libraryPath, name);
      return { restored: name };
    },
  };
}
