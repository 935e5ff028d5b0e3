// The command line as a user runs it: --version at once; an import stopped by Ctrl-C ends cleanly with a summary.
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { countyReport2023 } from '../../fixtures/library/reports.ts';

const bin = resolve('bin/nianbao.js');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('nianbao', () => {
  it('prints its version', () => {
    const run = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('stops an import on Ctrl-C, keeps what was written and says so', { timeout: 60_000 }, async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));
    const folder = join(dir, 'reports');
    mkdirSync(folder);
    for (let i = 0; i < 1500; i++) writeFileSync(join(folder, `r${i}.txt`), countyReport2023.replace('发放资料2.5万份', `发放资料${i + 1}份`));
    const library = join(dir, 'library.sqlite');
    const child = spawn(process.execPath, [bin, 'import', folder, '--library', library], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    const stored = () => {
      if (!existsSync(library)) return 0;
      const db = new Database(library, { readonly: true });
      try {
        return (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
      } catch {
        return 0;
      } finally {
        db.close();
      }
    };
    while (stored() < 5) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const summary = stdout.trim().split('\n').at(-1)!;
    const imported = Number(/导入 (\d+)/.exec(summary)?.[1]);
    expect(summary).toMatch(/^已取消:共 1500 个文件,导入 \d+,重复 0,失败 0,未处理 \d+/);
    expect(imported).toBe(stored());
    expect(imported).toBeLessThan(1500);
  });
});
