// The library list at work: correct a report's year and see it in the trend; search with snippets; sort and group;
// scroll a library of 20,000 reports whose pages come from SQLite as they are needed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openLibrary } from '../../electron/library/open.ts';
import { insertReport } from '../../electron/library/reports.ts';
import { openWorkbench, type Workbench } from './workbench.ts';

const fixtures = resolve('test/fixtures/trends');
const YUDU = '360731';
// Our own sentences: an excerpt whose title gives the wrong year (it covers 2022).
const misdated = `于都县2021年法治政府建设情况报告(摘要)

全年共收到行政复议申请88件,均依法办结。

于都县人民政府
`;

describe('an analyst corrects a report, searches and sorts the library', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench();
    const files = readdirSync(fixtures).filter((f) => f.startsWith('于都县')).map((f) => join(fixtures, f));
    files.push(wb.file('于都县-摘要.txt', misdated));
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor();
    await wb.page.getByRole('button', { name: '关闭' }).click();
  });
  afterAll(async () => wb?.close());

  const trendYears = async () => {
    await wb.page.locator(`[data-testid="trend-point"][data-region="${YUDU}"]`).first().waitFor();
    return wb.page.locator(`[data-testid="trend-point"][data-region="${YUDU}"]`).evaluateAll((dots) =>
      dots.map((d) => `${d.getAttribute('data-year')}=${d.getAttribute('data-value')}`),
    );
  };

  it('corrects a report’s year and sees it in the trend', async () => {
    await wb.page.getByRole('tab', { name: '趋势' }).click();
    await wb.page.locator('[data-testid="indicator-item"][data-key="admin_review_received"]').click();
    const before = await trendYears();
    expect(before.some((p) => p.startsWith('2022='))).toBe(false);
    expect(before).not.toContain('2021=88');

    await wb.page.getByRole('tab', { name: '阅读' }).click();
    const row = wb.page.locator('.library-report', { has: wb.page.locator('[title="于都县2021年法治政府建设情况报告(摘要)"]') });
    await expect(row.textContent()).resolves.toContain('同地区同年份有 2 份');
    await row.getByRole('button', { name: '修改信息' }).click();
    await wb.page.locator('#info-year').fill('2022');
    await wb.page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => row.textContent()).not.toContain('同地区同年份');

    await wb.page.getByRole('tab', { name: '趋势' }).click();
    await expect.poll(trendYears).toContain('2022=88');
    await wb.screenshot('library-01-corrected-year-in-trend');
  });

  it('searches every report’s text, folded, and lists hits with snippets', async () => {
    await wb.page.getByRole('tab', { name: '阅读' }).click();
    await wb.page.getByRole('searchbox', { name: /搜索/ }).fill('復議申请88');
    await expect.poll(() => wb.page.getByTestId('library-count').textContent()).toBe('1 份报告含“復議申请88”');
    await expect(wb.page.getByTestId('search-snippet').first().locator('mark').textContent()).resolves.toBe('复议申请88');
    await wb.page.getByRole('searchbox', { name: /搜索/ }).fill('复议');
    await expect.poll(() => wb.page.getByTestId('search-snippet').count()).toBe(5);
    await wb.screenshot('library-02-search');
    await wb.page.getByRole('searchbox', { name: /搜索/ }).fill('');
  });

  it('sorts by year either way, grouped under year headers', async () => {
    await wb.page.getByTestId('library-sort').selectOption('year');
    const headers = () => wb.page.getByTestId('library-group').allTextContents();
    await expect.poll(headers).toEqual(['2020年', '2021年', '2022年', '2023年', '2024年']);
    await wb.page.getByTestId('library-direction').click();
    await expect.poll(headers).toEqual(['2024年', '2023年', '2022年', '2021年', '2020年']);
    await wb.screenshot('library-03-sorted-by-year');
  });
});

describe('a folder import running while the analyst searches, then cancelled', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench();
    await wb.page.getByTestId('file-input').setInputFiles(readdirSync(fixtures).filter((f) => f.startsWith('于都县')).map((f) => join(fixtures, f)));
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor();
    await wb.page.getByRole('button', { name: '关闭' }).click();
  });
  afterAll(async () => wb?.close());

  const call = async <T>(method: string, request: object): Promise<T> => {
    const response = await fetch(`${wb.host.url}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wb.host.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    return ((await response.json()) as { result: T }).result;
  };

  it('keeps answering searches during the import and stops it on cancel', async () => {
    for (let i = 0; i < 3000; i++) {
      wb.file(`folder/r${i}.txt`, `兴国县${2000 + (i % 25)}年法治政府建设情况报告(第${i}份)\n\n全年办理行政复议案件${i}件,开展普法活动${i + 3}场。\n`.repeat(40));
    }
    const already = (await call<{ total: number }>('reports.facets', {})).total;
    const job = call<{ cancelled: boolean; results: unknown[]; imported: number }>('import.paths', { paths: [join(wb.dir, 'folder')], jobId: 'e2e-folder' });
    let progress = await call<{ total: number }>('reports.facets', {});
    while (progress.total < already + 10) progress = await call<{ total: number }>('reports.facets', {});

    await wb.page.getByRole('searchbox', { name: /搜索/ }).fill('复议申请');
    const before = await call<{ total: number }>('reports.search', { query: '复议申请' });
    await expect.poll(() => wb.page.getByTestId('library-count').textContent()).toBe(`${before.total} 份报告含“复议申请”`);
    await wb.page.getByRole('searchbox', { name: /搜索/ }).fill('复议');
    await expect.poll(async () => Number(/(\d+) 份报告/.exec((await wb.page.getByTestId('library-count').textContent()) ?? '')?.[1])).toBeGreaterThan(5);
    await wb.screenshot('library-05-search-during-import');

    expect(await call('import.cancel', { jobId: 'e2e-folder' })).toEqual({ cancelled: true });
    const summary = await job;
    expect(summary.cancelled).toBe(true);
    expect(summary.results.length).toBeLessThan(3000);
    expect((await call<{ total: number }>('reports.facets', {})).total).toBe(already + summary.imported);
  });
});

describe('a library of 20,000 reports', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench();
    const db = openLibrary(wb.libraryPath);
    const counties = [['360730', '宁都县'], ['360731', '于都县'], ['430223', '攸县'], ['410323', '新安县']] as const;
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) {
        const [code, name] = counties[i % counties.length]!;
        const year = 2000 + Math.floor(i / counties.length) % 25;
        const text = `${name}${year}年法治政府建设情况报告(第${i}号)\n全年收到行政复议申请${i % 97}件。\n`;
        insertReport(db, {
          fileName: `${name}-${i}.txt`, format: 'txt', original: Buffer.from(text), bytesSha256: `b${i}`, contentSha256: `c${i}`,
          encoding: 'utf-8', decodeWarning: null, text, junk: [], extractorVersion: 'e2e',
          detected: { title: `${name}${year}年法治政府建设情况报告(第${i}号)`, region: name, regionCode: code, parents: ['某省'], level: 'county', year, published: null, issuer: null, docType: '法治政府建设报告', regionCandidates: [] },
        });
      }
    })();
    db.close();
    await wb.page.reload();
  });
  afterAll(async () => wb?.close());

  it('shows the first rows at once and fetches the others while scrolling', async () => {
    const started = Date.now();
    await wb.page.getByTestId('library-report').first().waitFor();
    const firstRowsMs = Date.now() - started;
    await expect(wb.page.getByTestId('library-count').textContent()).resolves.toBe('20000 份报告');
    // a virtual list: only what is on screen exists in the page
    expect(await wb.page.getByTestId('library-report').count()).toBeLessThan(100);
    const list = wb.page.getByTestId('library-list');
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect.poll(() => wb.page.getByTestId('library-report').last().getAttribute('title')).toMatch(/攸县|新安县|于都县|宁都县/);
    await list.evaluate((el) => el.scrollTo({ top: el.scrollHeight / 2 }));
    await expect.poll(() => wb.page.locator('.library-placeholder').count()).toBe(0);
    await wb.screenshot('library-04-20000-rows-middle');
    console.log(`library e2e: first rows of 20,000 on screen ${firstRowsMs} ms after the page loaded`);
  });
});
