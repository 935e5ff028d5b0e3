// Issue 10 item 4 (the shell): at start, a damaged library is offered its newest sound backup, in one click.
import { describe, expect, it, vi } from 'vitest';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { openLibrary } from '../../../electron/library/open.ts';
import { createBackup } from '../../../electron/library/backup.ts';
import { countReports } from '../../../electron/library/reports.ts';
import { importFile } from '../../../electron/import/import-file.ts';
import { openMainLog } from '../../../electron/log/main-log.ts';
import { openLibraryOrOfferRestore } from '../../../electron/shell/open-library-dialog.ts';
import { numberedReport } from '../../fixtures/hostile/report-folder.ts';
import { tempLibrary } from '../../library/temp-library.ts';

describe('opening a damaged library at start', () => {
  it('asks in Chinese (English below), restores the newest sound backup on "restore", keeps the damaged file', async () => {
    const lib = tempLibrary();
    try {
      for (let i = 0; i < 30; i++) await importFile(lib.db, `r${i}.txt`, new TextEncoder().encode(numberedReport(i)));
      await createBackup(lib.db, lib.path);
      lib.db.pragma('wal_checkpoint(TRUNCATE)');
      lib.db.close();
      const fd = openSync(lib.path, 'r+');
      for (let page = 2; page < readFileSync(lib.path).length / 4096 - 1; page += 2) writeSync(fd, randomBytes(4096), 0, 4096, page * 4096);
      closeSync(fd);

      const dialog = { showMessageBoxSync: vi.fn(() => 0), showErrorBox: vi.fn() };
      const db = openLibraryOrOfferRestore(lib.path, { open: openLibrary, dialog, log: openMainLog(`${lib.dir}/logs`) });
      expect(dialog.showMessageBoxSync).toHaveBeenCalledOnce();
      const asked = (dialog.showMessageBoxSync.mock.calls[0] as unknown as [{ message: string; detail: string; buttons: string[] }])[0];
      expect(asked.message).toContain('资料库已损坏');
      expect(asked.detail).toContain('The library is damaged');
      expect(asked.buttons[0]).toContain('恢复备份');
      expect(db).not.toBeNull();
      expect(countReports(db!).reports).toBe(30);
      db!.close();
      expect(readFileSync(`${lib.dir}/logs/main.log`, 'utf8')).toContain('library-restored');

      // "quit" leaves everything as it is
      const none = openLibraryOrOfferRestore(`${lib.dir}/missing-dir-is-fine/library.sqlite`, { open: () => { throw new Error('x'); }, dialog, log: openMainLog(`${lib.dir}/logs`) });
      expect(none).toBeNull();
      expect(dialog.showErrorBox).toHaveBeenCalledOnce();
      expect(existsSync(lib.path)).toBe(true);
    } finally {
      lib.cleanup();
    }
  });
});
