// Everyday comfort with real reports: the home view, keys through the library and the figures, the command
// palette, the shortcuts sheet, a dark theme with readable highlights, and a 1024×700 window without sideways
// overflow. Screenshots of each screen in light and dark go to test-results/screenshots.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describeCorpus, hasCorpus, loadSeeds } from '../corpus.ts';
import { openWorkbench, type Workbench } from './workbench.ts';

const devDir = resolve('..', 'shared', 'corpus', 'dev');

/** WCAG contrast ratio of two CSS rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describeCorpus('everyday comfort with real reports', () => {
  let wb: Workbench;

  beforeAll(async () => {
    if (!hasCorpus) return;
    wb = await openWorkbench({ width: 1440, height: 900 });
    const files = [...loadSeeds().map((s) => s.path), ...readdirSync(devDir).filter((n) => n.endsWith('.txt')).sort().slice(0, 24).map((n) => join(devDir, n))];
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor({ timeout: 90_000 });
    await wb.page.getByRole('button', { name: '关闭' }).click();
  });
  afterAll(async () => wb?.close());

  const shoot = async (name: string) => {
    await wb.page.evaluate(`document.documentElement.dataset.theme = 'light'`);
    await wb.screenshot(`${name}-light`);
    await wb.page.evaluate(`document.documentElement.dataset.theme = 'dark'`);
    await wb.screenshot(`${name}-dark`);
    await wb.page.evaluate(`document.documentElement.dataset.theme = 'light'`);
  };

  it('shows the library at a glance on the home view, each item a way in', async () => {
    const home = wb.page.getByTestId('home');
    await home.getByTestId('home-latest').locator('button').first().waitFor();
    await home.getByTestId('home-indicators').locator('button').first().waitFor();
    expect(await home.getByTestId('home-count').count()).toBeGreaterThan(3);
    await home.getByTestId('home-count').first().click();
    // the count's reports come from the library itself
    await home.getByTestId('home-picked').locator('button').first().waitFor();
    expect(await home.getByTestId('home-picked').locator('button').count()).toBeGreaterThan(0);
    await shoot('70-home');
    await home.getByTestId('home-latest').locator('button').first().click();
    await wb.page.locator('[data-testid="reader-pane"] .report-text mark.figure').first().waitFor();
  });

  it('moves through library rows with the arrows, opens with Enter and beside with Ctrl+Enter', async () => {
    const rows = wb.page.getByTestId('library-report');
    await rows.first().focus();
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('ArrowDown');
    const focused = await wb.page.evaluate(`document.activeElement?.getAttribute('title')`);
    expect(focused).toBe(await rows.nth(2).getAttribute('title'));
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => wb.page.getByTestId('reader-pane').count()).toBe(1);
    await wb.page.keyboard.press('ArrowDown');
    await wb.page.keyboard.press('Control+Enter');
    await expect.poll(() => wb.page.getByTestId('reader-pane').count()).toBe(2);
    await wb.page.locator('[data-testid="reader-pane"] .report-text mark.figure').last().waitFor();
    await shoot('71-two-panes');
  });

  it('steps through figures with the arrow keys in the text', async () => {
    const pane = wb.page.getByTestId('reader-pane').filter({ has: wb.page.locator('mark.figure') }).first();
    await pane.locator('.pane-scroll').click({ position: { x: 5, y: 5 } });
    await wb.page.keyboard.press('ArrowDown');
    await pane.locator('mark.figure.active').waitFor();
    const first = await pane.locator('mark.figure.active').getAttribute('data-start');
    await wb.page.keyboard.press('ArrowDown');
    await expect.poll(() => pane.locator('mark.figure.active').getAttribute('data-start')).not.toBe(first);
    await wb.page.keyboard.press('ArrowUp');
    await expect.poll(() => pane.locator('mark.figure.active').getAttribute('data-start')).toBe(first);
    await wb.page.keyboard.press('Escape');
  });

  it('drags the divider between the panes', async () => {
    const panes = wb.page.getByTestId('reader-pane');
    const before = (await panes.first().boundingBox())!.width;
    const splitter = (await wb.page.getByTestId('pane-splitter').boundingBox())!;
    await wb.page.mouse.move(splitter.x + 2, splitter.y + 200);
    await wb.page.mouse.down();
    await wb.page.mouse.move(splitter.x + 122, splitter.y + 200, { steps: 5 });
    await wb.page.mouse.up();
    expect((await panes.first().boundingBox())!.width).toBeGreaterThan(before + 80);
  });

  it('finds a report by region in the command palette and opens it with Enter', async () => {
    const seed = loadSeeds()[0]!.labels.meta;
    await wb.page.keyboard.press('Control+k');
    const palette = wb.page.getByTestId('palette');
    await palette.locator('input').fill(seed.region!);
    await palette.locator('[cmdk-item]').first().waitFor();
    await shoot('72-palette');
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => palette.count()).toBe(0);
    await expect.poll(() => wb.page.locator('[data-testid="reader-pane"] .pane-meta').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(seed.region!)]),
    );
    await wb.page.keyboard.press('Control+k');
    await palette.locator('input').fill('趋势');
    await wb.page.keyboard.press('Enter');
    await expect.poll(() => wb.page.locator('.topbar [role="tab"]', { hasText: '趋势' }).getAttribute('aria-selected')).toBe('true');
    await wb.page.locator('.topbar [role="tab"]', { hasText: '阅读' }).click();
  });

  it('re-extracts the library from the palette with a progress sheet', async () => {
    await wb.page.keyboard.press('Control+k');
    await wb.page.getByTestId('palette').locator('input').fill('重新提取');
    await wb.page.keyboard.press('Enter');
    const sheet = wb.page.getByTestId('job-sheet');
    await sheet.waitFor();
    await expect.poll(() => sheet.getByTestId('job-status').textContent(), { timeout: 60_000 }).toMatch(/完成:\d+ 份报告已重新提取/);
    await expect(sheet.getByTestId('job-status').textContent()).resolves.toContain('29 / 29');
    await shoot('77-reextract');
    await sheet.getByRole('button', { name: '关闭' }).click();
  });

  it('lists every shortcut under ?', async () => {
    await wb.page.locator('body').press('?');
    const sheet = wb.page.getByTestId('keys-dialog');
    await sheet.waitFor();
    await expect(sheet.textContent()).resolves.toContain('Ctrl/⌘ K');
    await shoot('73-keys');
    await wb.page.keyboard.press('Escape');
    await expect.poll(() => sheet.count()).toBe(0);
  });

  it('switches to a dark theme whose highlights keep their kind and AA contrast', async () => {
    await wb.page.getByTestId('theme-switch').click();
    await expect.poll(() => wb.page.evaluate(`document.documentElement.dataset.theme`)).toBe('dark');
    // runs in the page (a string: this file is type-checked without the DOM library)
    const colours = (await wb.page.evaluate(`(() => {
      const marks = ['count', 'money', 'percent', 'change'].map((k) => {
        const s = getComputedStyle(document.querySelector('mark.figure.kind-' + k) ?? document.querySelector('.legend-item.kind-' + k));
        return { kind: k, background: s.backgroundColor, color: s.color };
      });
      const body = getComputedStyle(document.body);
      return { body: body.backgroundColor, text: body.color, marks };
    })()`)) as { body: string; text: string; marks: Array<{ kind: string; background: string; color: string }> };
    expect(contrast(colours.text, colours.body)).toBeGreaterThan(7);
    for (const m of colours.marks) expect(contrast(m.color, m.background), m.kind).toBeGreaterThanOrEqual(4.5);
    expect(new Set(colours.marks.map((m) => m.background)).size).toBe(4);
    await wb.screenshot('74-reader-dark-switch');
    await wb.page.getByTestId('theme-switch').click();
    await expect.poll(() => wb.page.evaluate(`document.documentElement.dataset.theme`)).toBe('light');
  });

  it('fits a 1024×700 window: reader and trends without sideways overflow, trend exports on screen', async () => {
    await wb.page.setViewportSize({ width: 1024, height: 700 });
    const overflow = async () => (await wb.page.evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`)) as number;
    await wb.page.waitForTimeout(200);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await shoot('75-reader-1024');
    await wb.page.locator('.topbar [role="tab"]', { hasText: '趋势' }).click();
    await wb.page.getByTestId('export-csv').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    const box = (await wb.page.getByTestId('export-xlsx').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    await shoot('76-trends-1024');
    await wb.page.locator('.topbar [role="tab"]', { hasText: '阅读' }).click();
    await wb.page.setViewportSize({ width: 1440, height: 900 });
  });
});
