import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../../electron/library/open.ts';
import { tempLibrary } from './temp-library.ts';

describe('a crash in the middle of an import', () => {
  it('leaves a library that opens, passes integrity_check, and holds only whole reports', async () => {
    const lib = tempLibrary();
    lib.db.close();
    try {
      const child = spawn(process.execPath, [fileURLToPath(new URL('./crash-child.ts', import.meta.url)), lib.path], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        child.stdout.once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`child exited early (${code})`)));
      });
      await new Promise((r) => setTimeout(r, 300 + Math.random() * 400));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));

      const db = openLibrary(lib.path);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const reports = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
      const withoutFigures = (db.prepare('SELECT count(*) AS n FROM reports r WHERE NOT EXISTS (SELECT 1 FROM figures f WHERE f.report_id = r.id)').get() as { n: number }).n;
      expect(reports).toBeGreaterThan(5);
      expect(withoutFigures).toBe(0);
      db.close();
    } finally {
      lib.cleanup();
    }
  });
});
