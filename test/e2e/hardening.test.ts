// Issue 10 items 1, 4, 8, 9 and issue 12 item 6 as a user sees them: the built page carries its CSP; a hostile
// file gets a clear message in the user's language; a render error shows a way back; the about panel shows the
// log and takes a checked backup.
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rendererDist } from '../../electron/app-host.ts';
import { metaContentSecurityPolicy } from '../../electron/security.ts';
import { docxBomb } from '../fixtures/hostile/zip.ts';
import { countyReport2023 } from '../fixtures/library/reports.ts';
import { openWorkbench, type Workbench } from './workbench.ts';

let wb: Workbench | null = null;
afterEach(async () => {
  await wb?.close();
  wb = null;
});

describe('the built renderer', () => {
  it('carries the content security policy in index.html, ahead of every script', () => {
    const html = readFileSync(join(rendererDist, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!.replaceAll('&#39;', "'");
    expect(policy).toBe(metaContentSecurityPolicy);
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });
});

describe('messages in the user’s language', () => {
  for (const [language, refusal, imported] of [
    ['zh-CN', '解压后过大', '已导入 1 份'],
    ['en', 'unpacks to more than 24 MB', '1 imported'],
  ] as const) {
    it(`a zip bomb beside a good report, in ${language}`, { timeout: 120_000 }, async () => {
      wb = await openWorkbench({ language });
      const files = [wb.file('bomb.docx', await docxBomb(400 * 1024 * 1024)), wb.file('good.txt', countyReport2023)];
      await wb.page.getByTestId('file-input').setInputFiles(files);
      const results = wb.page.getByTestId('import-results');
      await results.locator('li').nth(1).waitFor();
      await wb.page.locator('.import-result.failed').waitFor();
      await expect(results.locator('.import-result.failed').textContent()).resolves.toContain(refusal);
      await expect.poll(() => wb!.page.locator('.progress-line').textContent()).toContain(imported);
      if (language === 'en') {
        const text = (await results.textContent()) ?? '';
        expect(text).not.toMatch(/[\u4e00-\u9fff]{2}.*MB/); // no Chinese refusal in the English interface
        await expect(wb.page.locator('.progress-line span').allTextContents()).resolves.toEqual(expect.arrayContaining(['1 imported', '0 duplicates', '1 failed']));
      }
      await wb.screenshot(`hardening-zip-bomb-${language}`);
      if (language === 'en') {
        // plurals: "1 report", not "1 reports"
        await wb.page.getByRole('button', { name: 'Close' }).first().click();
        await expect(wb.page.locator('.library-count').textContent()).resolves.toBe('1 report');
      }
    });
  }

  it('an English error for a call that fails, never the raw Chinese or SQLite words', { timeout: 60_000 }, async () => {
    wb = await openWorkbench({ language: 'en' });
    await wb.page.route('**/api/library.info', (route) =>
      route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'library-busy', data: {}, message: 'database is locked' } }) }),
    );
    await wb.page.reload();
    const error = wb.page.locator('.library .error, .reader .error').first();
    await error.waitFor();
    await expect(error.textContent()).resolves.toContain('Another program is using the library');
    await expect(error.textContent()).resolves.not.toContain('database is locked');
  });
});

describe('a render error', () => {
  it('shows what happened and a reload button instead of a blank window', { timeout: 60_000 }, async () => {
    wb = await openWorkbench();
    // a library row without its fields (as from a damaged or newer host) makes the list throw while rendering
    await wb.page.route('**/api/library.info', async (route) => {
      const real = await (await route.fetch()).json() as { ok: boolean; result: Record<string, unknown> };
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, result: { ...real.result, reportCount: 1 } }) });
    });
    await wb.page.route('**/api/reports.list', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: true, result: { total: 1, rows: [{ id: 1 }] } }) }));
    await wb.page.reload();
    const boundary = wb.page.getByTestId('error-boundary');
    await boundary.waitFor();
    await expect(boundary.textContent()).resolves.toContain('资料库没有受影响');
    await expect(boundary.getByRole('button', { name: '重新加载' }).isVisible()).resolves.toBe(true);
    await wb.screenshot('hardening-error-boundary');
    await wb.page.unroute('**/api/reports.list');
    await wb.page.unroute('**/api/library.info');
    await boundary.getByRole('button', { name: '重新加载' }).click();
    await wb.page.getByText('资料库还是空的').or(wb.page.locator('.empty-state')).first().waitFor();
  });
});

describe('the about panel', () => {
  it('shows the log file’s path, takes a checked backup and checks the library', { timeout: 60_000 }, async () => {
    wb = await openWorkbench();
    await wb.page.getByTestId('about-button').click();
    const about = wb.page.getByTestId('about');
    await expect(about.getByTestId('about-log-path').textContent()).resolves.toBe(join(wb.dir, 'logs', 'main.log'));
    await about.getByRole('button', { name: '立即备份' }).click();
    await expect.poll(() => about.getByRole('status').textContent()).toBe('已备份并检查通过');
    await expect.poll(() => about.locator('.about-backups li').count()).toBe(1);
    await about.getByRole('button', { name: '完整检查' }).click();
    await expect.poll(() => about.getByRole('status').textContent()).toBe('资料库完好');
    await wb.screenshot('hardening-about');
  });
});
