// Issue 10 items 8 and 10 (packaging), checked as far as this machine allows (no Electron binary here):
// electron-builder validates the config, the fuses are set, and every icon is made from resources/icon.svg.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { build: Record<string, unknown> & { electronFuses: Record<string, boolean> } };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as { validateConfiguration: (config: unknown, logger: unknown) => Promise<void> };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

describe('the electron-builder config', () => {
  it('passes electron-builder’s own validation, which refuses a wrong one', async () => {
    await expect(validateConfiguration(structuredClone(pkg.build), new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...structuredClone(pkg.build), electronFuses: { runAsNod: false } }, new DebugLogger(false))).rejects.toThrow(/Invalid configuration object[\s\S]*electronFuses/);
  });

  it('sets the fuses: no run-as-node, no NODE_OPTIONS or inspect flags, encrypted cookies, app only from a checked asar', () => {
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(pkg.build.asar).toBe(true);
  });

  it('builds AppImage and deb, NSIS and dmg, each with its icon', () => {
    const target = (os: string) => (pkg.build[os] as { target: string[]; icon: string });
    expect(target('linux').target).toEqual(['AppImage', 'deb']);
    expect(target('win').target).toEqual(['nsis']);
    expect(target('mac').target).toEqual(['dmg']);
    for (const os of ['linux', 'win', 'mac']) expect(existsSync(target(os).icon), target(os).icon).toBe(true);
  });
});

describe('the icons in resources/', () => {
  it('icon.png is resources/icon.svg rendered at 512 px (one source; scripts/make-icons.ts)', () => {
    const png = readFileSync('resources/icon.png');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    const rendered = Buffer.from(new Resvg(readFileSync('resources/icon.svg'), { fitTo: { mode: 'width', value: 512 } }).render().asPng());
    expect(png.equals(rendered)).toBe(true);
  });

  it('icon.ico holds a 256 px image, icon.icns is a whole Apple icon file', () => {
    const ico = readFileSync('resources/icon.ico');
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(widths).toContain(256);
    expect(widths).toContain(16);
    const icns = readFileSync('resources/icon.icns');
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });
});
