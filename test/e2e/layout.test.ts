// The workbench on a 4K screen (3840×2160 CSS pixels, a desktop at 100 %) and in a 1024×700 window, with our own
// reports: no sideways overflow anywhere, reading lines stay at a readable measure however wide the pane, and the
// wide screen is used for more (the figure table beside the text; pages of cards and tables at a width the eye can
// follow, titles whole), not for longer lines. Screenshots in light and dark go to test-results/screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openWorkbench, type Workbench } from './workbench.ts';

const folders = ['reports', 'trends', 'audit'].map((f) => resolve('test/fixtures', f));
/** Characters per line in a reading pane: the brief asks for about 40; beyond 45 the eye loses the next line. */
const MAX_MEASURE = 45;

describe('the workbench on a 4K screen and in a small window', () => {
  let wb: Workbench;

  beforeAll(async () => {
    wb = await openWorkbench({ width: 3840, height: 2160 });
    const files = folders.flatMap((folder) => readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((f) => join(folder, f)));
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor({ timeout: 90_000 });
    await wb.page.getByRole('button', { name: '关闭' }).click();
  });
  afterAll(async () => wb?.close());

  // runs in the page (strings: this file is type-checked without the DOM library)
  /** How far the page, or the widest of the views that scroll on their own, runs past its right edge. */
  const overflow = async () => (await wb.page.evaluate(`Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ...[...document.querySelectorAll('.trend-main, .audit-view, .home')].filter((e) => e.offsetParent !== null).map((e) => e.scrollWidth - e.clientWidth))`)) as number;
  /** The widest paragraph of each open report, in characters of its font. */
  const measures = async () => (await wb.page.evaluate(`[...document.querySelectorAll('[data-testid="reader-pane"] .report-text')].map((text) => {
    const size = parseFloat(getComputedStyle(text).fontSize);
    return Math.max(...[...text.querySelectorAll('p:not(.heading)')].map((p) => p.getBoundingClientRect().width)) / size;
  })`)) as number[];
  const shoot = async (name: string) => {
    for (const theme of ['light', 'dark']) {
      await wb.page.evaluate(`document.documentElement.dataset.theme = '${theme}'`);
      await wb.screenshot(`${name}-${theme}`);
    }
    await wb.page.evaluate(`document.documentElement.dataset.theme = 'light'`);
  };
  const tab = (name: string) => wb.page.locator('.topbar [role="tab"]', { hasText: name }).click();

  /** The widest of these elements, in CSS pixels. */
  const widest = async (selector: string) => (await wb.page.evaluate(`Math.max(...[...document.querySelectorAll('${selector}')].map((e) => e.getBoundingClientRect().width))`)) as number;
  /** Text cut off with an ellipsis among these elements. */
  const cutOff = async (selector: string) => (await wb.page.evaluate(`[...document.querySelectorAll('${selector}')].filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.textContent)`)) as string[];

  it('shows home at 4K as a page of cards, titles whole, without sideways overflow', async () => {
    await wb.page.getByTestId('home-latest').locator('button').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await widest('.home-grid')).toBeLessThanOrEqual(1760);
    expect(await cutOff('[data-testid="home-latest"] .home-report > span:first-child')).toEqual([]);
    await shoot('4k-01-home');
  });

  it('keeps a readable measure in one pane and in two side by side at 4K', async () => {
    await wb.page.getByTestId('home-latest').locator('button').first().click();
    await wb.page.locator('[data-testid="reader-pane"] .report-text mark.figure').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    const [one] = await measures();
    expect(one).toBeGreaterThan(30);
    expect(one).toBeLessThanOrEqual(MAX_MEASURE);
    // the room beside the text holds the figure table, open without asking
    const panel = (await wb.page.getByTestId('figure-panel').boundingBox())!;
    const text = (await wb.page.locator('[data-testid="reader-pane"] .report-text').boundingBox())!;
    expect(panel.x).toBeGreaterThanOrEqual(text.x + text.width);
    expect(panel.height).toBeGreaterThan(1500);
    await shoot('4k-02-reader');

    await wb.page.getByTestId('library-report').nth(3).click({ modifiers: ['Control'] });
    await expect.poll(() => wb.page.getByTestId('reader-pane').count()).toBe(2);
    await wb.page.locator('[data-testid="reader-pane"] .report-text p').last().waitFor();
    for (const m of await measures()) expect(m).toBeLessThanOrEqual(MAX_MEASURE);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shoot('4k-03-two-panes');
  });

  it('charts a trend and lists the audit at 4K without sideways overflow', async () => {
    await tab('趋势');
    await wb.page.locator('[data-testid="indicator-item"][data-key="admin_review_received"]').click();
    await wb.page.locator('[data-testid="trend-point"]').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    // a page, not a band: the chart and its tables keep a width the eye can follow across
    expect(await widest('[data-testid="trend-panel"] > *')).toBeLessThanOrEqual(1760);
    await shoot('4k-04-trends');
    await tab('年报体检');
    await wb.page.getByTestId('audit-view').locator('table').first().waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await widest('.audit-ranking')).toBeLessThanOrEqual(1760);
    await shoot('4k-05-audit');
  });

  it('fits a 1024×700 window: reader, trends and audit without sideways overflow, in the page or in a view', async () => {
    await wb.page.setViewportSize({ width: 1024, height: 700 });
    await wb.page.waitForTimeout(200);
    for (const name of ['阅读', '趋势', '年报体检']) {
      await tab(name);
      await wb.page.waitForTimeout(100);
      expect(await overflow(), name).toBeLessThanOrEqual(0);
    }
    await tab('阅读');
    for (const m of await measures()) expect(m).toBeLessThanOrEqual(MAX_MEASURE);
    await shoot('1024-01-reader');
    await tab('趋势');
    await shoot('1024-02-trends');
    await tab('年报体检');
    await shoot('1024-03-audit');
  });
});
