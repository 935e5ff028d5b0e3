// Opening the library at start: a damaged one is never written; the user is told in Chinese (English below)
// and offered the newest backup that passes its check, restored in one click.
import type { Dialog } from 'electron';
import { ApiError } from '../../shared/api.ts';
import { restoreClosedLibrary } from '../library/backup.ts';
import type { Db } from '../library/open.ts';
import type { MainLog } from '../log/main-log.ts';

interface Deps {
  open: (path: string) => Db;
  dialog: Pick<Dialog, 'showMessageBoxSync' | 'showErrorBox'>;
  log: MainLog;
}

const english: Record<string, string> = {
  'library-damaged': 'The library is damaged. Nothing was written to it.',
  'library-newer': 'The library was written by a newer Nianbao and was not opened: please upgrade.',
  'library-read-only': 'The library is in a read-only place: choose a writable folder.',
  'library-cannot-open': 'The library could not be opened.',
};

export function openLibraryOrOfferRestore(libraryPath: string, deps: Deps): Db | null {
  try {
    return deps.open(libraryPath);
  } catch (error) {
    deps.log.error('library-open-failed', { libraryPath, error });
    const code = error instanceof ApiError ? error.code : 'library-cannot-open';
    const backupPath = error instanceof ApiError && typeof error.data.backup === 'string' ? error.data.backup : null;
    const detail = `${(error as Error).message}\n\n${english[code] ?? english['library-cannot-open']}`;
    if (code === 'library-damaged' && backupPath) {
      const choice = deps.dialog.showMessageBoxSync({
        type: 'error',
        title: '资料库已损坏 / The library is damaged',
        message: '资料库已损坏,未写入任何内容。要恢复最近一份完好的备份吗?损坏的文件会保留在原处旁边。',
        detail: `${detail}\nRestore the newest sound backup? The damaged file is kept beside it.`,
        buttons: ['恢复备份 Restore', '退出 Quit'],
        defaultId: 0,
        cancelId: 1,
      });
      if (choice === 0) {
        const name = backupPath.split(/[\\/]/).pop()!;
        const keptAside = restoreClosedLibrary(libraryPath, name);
        deps.log.info('library-restored', { libraryPath, backup: name, keptAside });
        return deps.open(libraryPath);
      }
      return null;
    }
    deps.dialog.showErrorBox('年报工作台无法打开资料库 / Nianbao cannot open the library', detail);
    return null;
  }
}
