import { describe, expect, it } from 'vitest';
import { build } from 'vite';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe("the Electron bundles", () => {
  it('build a sandboxed preload that requires nothing but electron', { timeout: 60_000 }, async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'nianbao-bundle-'));
    try {
      await build({ configFile: 'vite.electron.config.ts', mode: 'preload', logLevel: 'silent', build: { outDir } });
      const preload = readFileSync(join(outDir, 'preload.cjs'), 'utf8');
      expect([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(['electron']);
      expect(preload).toContain('exposeInMainWorld');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
