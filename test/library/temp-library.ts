// A real library file in a fresh temp folder, removed after the test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibrary, type Db } from '../../electron/library/open.ts';

export interface TempLibrary {
  dir: string;
  path: string;
  db: Db;
  cleanup(): void;
}

export function tempLibrary(): TempLibrary {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-test-'));
  const path = join(dir, 'library.sqlite');
  const db = openLibrary(path);
  return {
    dir,
    path,
    db,
    cleanup: () => {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
