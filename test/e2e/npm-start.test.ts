import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('npm start where no Electron binary can be had', () => {
  it('says so in one line and serves the same workbench to a browser', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nianbao-start-'));
    const child = spawn('npm', ['start', '--', '--library', join(dir, 'library.sqlite')], { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: '' } });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no URL printed:\n${output}`)), 90_000);
        child.stdout.on('data', () => {
          const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!);
          }
        });
        child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
      });
      expect(output).toMatch(/Electron 运行程序在本机不可用.*opening the same workbench in your browser/);
      const page = await fetch(url.replace(/#.*/, ''));
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('年报工作台');
      const token = url.split('#token=')[1]!;
      const info = await fetch(`${new URL(url).origin}/api/library.info`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
      expect(await info.json()).toMatchObject({ ok: true, result: { path: join(dir, 'library.sqlite') } });
    } finally {
      process.kill(-child.pid!, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
