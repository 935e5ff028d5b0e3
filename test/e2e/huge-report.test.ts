// A report of 20 MB with about 100,000 figures opens to its first screen and reads like any other: the text and
// the figure panel are laid out by window, so only what is near the view is in the page.
import { afterAll, beforeAll, expect, it, describe } from 'vitest';
import { openLibrary } from '../../electron/library/open.ts';
import { importFile } from '../../electron/import/import-file.ts';
import { generateLargeReport } from '../../scripts/bench/_generate.ts';
import { openWorkbench, type Workbench } from './workbench.ts';

describe('a huge report', () => {
  let wb: Workbench;
  let id = 0;
  let title = '';
  let figures = 0;
  let text = '';

  beforeAll(async () => {
    wb = await openWorkbench({
      async prepare(libraryPath) {
        const report = generateLargeReport(3, 20_000_000);
        text = report.text;
        const db = openLibrary(libraryPath);
        try {
          const result = await importFile(db, report.name, Buffer.from(report.text));
          if (result.status !== 'imported') throw new Error(`import failed: ${result.message}`);
          id = result.reportId!;
          title = result.summary!.title!;
          figures = result.summary!.figureCount;
        } finally {
          db.close();
        }
      },
    });
  });
  afterAll(async () => wb?.close());

  const pane = () => wb.page.locator(`[data-testid="reader-pane"][data-report-id="${id}"]`);

  it('opens to its first screen with highlights, rendering only a window of the text', async () => {
    expect(figures).toBeGreaterThan(90_000);
    await wb.page.locator(`[data-testid="library-report"][title="${title}"]`).click();
    await pane().locator('.report-text mark.figure').first().waitFor();
    const inPage = await pane().locator('.report-text p').count();
    const marks = await pane().locator('mark.figure').count();
    expect(inPage).toBeGreaterThan(5);
    expect(inPage).toBeLessThan(400);
    expect(marks).toBeLessThan(2_000);
    await expect(pane().locator('.pane-meta').textContent()).resolves.toContain(String(figures));
    await wb.screenshot('60-huge-report');
  });

  it('scrolls to the end and shows the closing lines', async () => {
    const scroller = pane().locator('.pane-scroll');
    for (let i = 0; i < 3; i++) {
      await scroller.evaluate((el) => {
        el.scrollTop = el.scrollHeight;
      });
      await wb.page.waitForTimeout(150);
    }
    const lastLine = text.trimEnd().split('\n').at(-1)!;
    await pane().locator('.report-text p', { hasText: lastLine }).waitFor();
  });

  it('finds a sentence far into the text and brings it into view', async () => {
    await wb.page.keyboard.press('Control+f');
    const marker = '第600部分重点工作推进情况';
    expect(text).toContain(marker);
    await wb.page.getByTestId('find-bar').locator('input').fill(marker);
    await pane().locator('.find-hit.find-current').waitFor();
    const box = await pane().locator('.find-hit.find-current').boundingBox();
    const view = await pane().locator('.pane-scroll').boundingBox();
    expect(box!.y).toBeGreaterThan(view!.y);
    expect(box!.y + box!.height).toBeLessThan(view!.y + view!.height);
    await wb.page.keyboard.press('Escape');
  });

  it('lists every figure in a panel that renders only a window of rows', async () => {
    await pane().getByTestId('panel-toggle').click();
    const panel = pane().getByTestId('figure-panel');
    await panel.getByTestId('figure-row').first().waitFor();
    const rows = await panel.getByTestId('figure-row').count();
    expect(rows).toBeGreaterThan(3);
    expect(rows).toBeLessThan(200);
    await expect(panel.locator('.panel-header').textContent()).resolves.toContain(figures.toLocaleString('en').replace(/,/g, ''));
    await panel.locator('.panel-body').evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    await wb.page.waitForTimeout(200);
    const lastStart = await panel.getByTestId('figure-row').last().getAttribute('data-start');
    expect(Number(lastStart)).toBeGreaterThan(text.length * 0.99);
    await wb.screenshot('61-huge-report-panel');
  });
});
