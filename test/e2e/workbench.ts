// Starts the workbench as a user would see it in a browser: the Node host on a temp library, Debian's Chromium.
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startAppHost } from '../../electron/app-host.ts';
import type { RunningHost } from '../../electron/host.ts';

export const screenshotDir = resolve('test-results', 'screenshots');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Workbench {
  page: Page;
  host: RunningHost;
  dir: string;
  libraryPath: string;
  /** Writes a file into the test's temp folder and returns its path. */
  file(name: string, bytes: Uint8Array | string): string;
  screenshot(name: string): Promise<void>;
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  language?: 'zh-CN' | 'en';
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  /** Fills the library file before the host opens it (for a library too big to import through the window). */
  prepare?: (libraryPath: string) => Promise<void>;
}

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-e2e-'));
  const libraryPath = join(dir, 'library.sqlite');
  await options.prepare?.(libraryPath);
  const host = await startAppHost({ libraryPath });
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
    const context = await browser.newContext({ viewport: { width: options.width ?? 1440, height: options.height ?? 900 }, locale: options.language ?? 'zh-CN', deviceScaleFactor: 1, colorScheme: options.colorScheme ?? 'light' });
    if (options.language === 'en') await context.addInitScript(() => localStorage.setItem('nianbao.language', 'en'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.appUrl);
    mkdirSync(screenshotDir, { recursive: true });
    const opened = browser;
    return {
      page,
      host,
      dir,
      libraryPath,
      file(name, bytes) {
        const path = join(dir, name);
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, bytes);
        return path;
      },
      async screenshot(name) {
        await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
      },
      async close() {
        await opened.close();
        await host.close();
        rmSync(dir, { recursive: true, force: true });
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      },
    };
  } catch (error) {
    await browser?.close();
    await host.close();
    throw error;
  }
}
