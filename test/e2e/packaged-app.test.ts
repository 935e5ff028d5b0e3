// Issue 10 item 10: what the packaged app holds, as far as this machine allows. Electron's binary cannot be
// downloaded here, so electron-builder packs into a stand-in Electron folder; the fuses, which flip bits in
// the real binary, are checked in test/unit/electron/packaging.test.ts instead.
import { afterAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const work = mkdtempSync(join(tmpdir(), 'nianbao-package-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The file list of an asar archive: its header is a JSON tree after 16 bytes of sizes. */
function listAsar(path: string): string[] {
  const file = readFileSync(path);
  const header = JSON.parse(file.subarray(16, 16 + file.readUInt32LE(12)).toString('utf8')) as Tree;
  const out: string[] = [];
  const walk = (node: Tree, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      if (child.files) walk(child, `${prefix}/${name}`);
      else out.push(`${prefix}/${name}`);
    }
  };
  walk(header, '');
  return out;
}
interface Tree {
  files?: Record<string, Tree>;
}

describe('the packaged app', () => {
  it('holds the built app and its runtime modules, and none of the sources, tests or dev tools', { timeout: 240_000 }, async () => {
    for (const mode of ['main', 'preload']) await build({ configFile: 'vite.electron.config.ts', mode, logLevel: 'silent' });
    const electronDist = join(work, 'electron-dist');
    execFileSync('mkdir', ['-p', join(electronDist, 'resources')]);
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n');
    chmodSync(join(electronDist, 'electron'), 0o755);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { build: Record<string, unknown> };
    const config = { ...pkg.build, electronFuses: undefined, electronDist, directories: { buildResources: 'resources', output: join(work, 'out') } };
    writeFileSync(join(work, 'builder.json'), JSON.stringify(config));
    execFileSync(process.execPath, ['node_modules/electron-builder/cli.js', '--linux', 'dir', '--config', join(work, 'builder.json'), '--publish', 'never'], { stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });

    const resources = join(work, 'out', 'linux-unpacked', 'resources');
    const files = listAsar(join(resources, 'app.asar'));
    for (const wanted of ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/renderer/index.html', '/node_modules/mammoth/package.json']) {
      expect(files, wanted).toContain(wanted);
    }
    expect(files.some((f) => f.startsWith('/dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    const forbidden = files.filter((f) => /^\/(electron|shared|renderer|test|scripts|resources|release)\//.test(f) || /\.sqlite/.test(f) ||
      (/\.tsx?$/.test(f) && !f.startsWith('/node_modules/')) ||
      /^\/node_modules\/(electron|vitest|vite|playwright-core|typescript|eslint|electron-builder|node|@resvg|png2icons|fast-check)\//.test(f));
    expect(forbidden).toEqual([]);
    // better-sqlite3's native module lives outside the archive, where it can be loaded
    const unpacked = join(resources, 'app.asar.unpacked', 'node_modules', 'better-sqlite3');
    expect(existsSync(unpacked)).toBe(true);
    expect(readdirSync(unpacked, { recursive: true }).some((f) => String(f).endsWith('.node'))).toBe(true);
    console.log(`app.asar: ${files.length} files; ${new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/')[2])).size} runtime packages`);
  });
});
