// A library of 600 reports, one imported before all the others: the palette finds that old report by a word of its
// title though home and the palette's start list know only the newest 500; an export of every audit finding shows
// its progress, is cancelled (no file) and then runs to its end; the audit of the whole library shows its progress.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { join } from 'node:path';
import { allPlaces } from '../../shared/meta/gazetteer.ts';
import { generateReport } from '../../scripts/bench/_generate.ts';
import { openWorkbench, type Workbench } from './workbench.ts';

const REPORTS = 600;
const YEARS = 6;
// Our own sentences: the report imported first, whose title holds a word no other report has.
const oldReport = `瑞金市2015年法治政府建设年度报告

2015年,瑞金市围绕建设法治政府的目标,依法全面履行政府职能。现将有关情况报告如下。
一、主要举措和成效
(一)行政复议。全年收到行政复议申请37件,审结35件,办结率94.6%。
(二)普法宣传。组织“法律进乡村”活动120场次,发放资料1.8万份。
二、存在的不足和原因
基层法治力量仍较薄弱,部分执法人员业务能力有待提高。
三、下一年度安排
继续推进行政执法三项制度,加强执法队伍培训。

瑞金市人民政府
2016年3月10日
`;

describe('long work over a library of 600 reports', () => {
  let wb: Workbench;
  const downloads: Download[] = [];

  const call = async <T>(method: string, request: object): Promise<T> => {
    const response = await fetch(`${wb.host.url}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wb.host.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const reply = (await response.json()) as { ok: boolean; result: T; error?: { message: string } };
    if (!reply.ok) throw new Error(reply.error?.message);
    return reply.result;
  };

  beforeAll(async () => {
    wb = await openWorkbench({ width: 1440, height: 900 });
    wb.page.on('download', (d) => downloads.push(d));
    await call('import.paths', { paths: [wb.file('old/瑞金市-2015.txt', oldReport)], jobId: 'e2e-old' });
    const places = allPlaces().filter((p) => p.level === 'county' && p.name !== '瑞金市');
    for (let i = 0; i < REPORTS; i++) {
      const place = places[Math.floor(i / YEARS) * 7 % places.length]!;
      const report = generateReport(i, 15_000, { province: place.parents[0] ?? '', city: place.parents[1] ?? '', county: place.name }, 2018 + (i % YEARS));
      wb.file(`many/${place.code}-${report.year}.txt`, report.text);
    }
    const summary = await call<{ imported: number }>('import.paths', { paths: [join(wb.dir, 'many')], jobId: 'e2e-many' });
    expect(summary.imported).toBe(REPORTS);
    await wb.page.reload();
    await wb.page.getByTestId('home').waitFor();
  });
  afterAll(async () => wb?.close());

  it('shows the whole library’s audit as a job with progress, and cancels it', async () => {
    const started = Date.now();
    await wb.page.getByRole('tab', { name: '年报体检' }).click();
    const sheet = wb.page.getByTestId('job-sheet');
    await sheet.waitFor();
    expect(await sheet.getAttribute('aria-label')).toBe('正在体检全部报告');
    await expect.poll(() => sheet.getByTestId('job-status').textContent()).toMatch(new RegExp(`^\\d+% · \\d+ / ${REPORTS + 1}当前:`));
    await wb.screenshot('long-00-audit-progress');
    await sheet.getByTestId('job-cancel').click();
    await wb.page.getByTestId('audit-cancelled').waitFor();
    console.log(`audit cancelled ${Date.now() - started} ms after the tab was opened`);
    expect(await sheet.count()).toBe(0);
  });

  it('cancels an export of every audit finding: the sheet shows progress, no file is written', async () => {
    // the cancelled audit left nothing: the export audits every report first
    await wb.page.getByTestId('audit-export-xlsx').click();
    const sheet = wb.page.getByTestId('job-sheet');
    await sheet.waitFor();
    await expect.poll(async () => Number(/· (\d+) \//.exec((await sheet.getByTestId('job-status').textContent()) ?? '')?.[1] ?? 0)).toBeGreaterThan(0);
    const status = (await sheet.getByTestId('job-status').textContent())!;
    expect(status).toMatch(/当前:/);
    await wb.screenshot('long-01-export-progress');
    const asked = Date.now();
    await sheet.getByTestId('job-cancel').click();
    await expect.poll(() => wb.page.getByTestId('audit-export-note').textContent()).toBe('已取消导出,未写出文件');
    const answeredInMs = Date.now() - asked;
    console.log(`export cancelled at “${status}”; the window had the answer ${answeredInMs} ms after the click`);
    expect(answeredInMs).toBeLessThan(2000);
    expect(await sheet.count()).toBe(0);
    expect(downloads).toHaveLength(0);
    await wb.screenshot('long-02-export-cancelled');
  });

  it('runs the same export to its end afterwards and saves the file', async () => {
    const started = Date.now();
    const [download] = (await Promise.all([wb.page.waitForEvent('download', { timeout: 90_000 }), wb.page.getByTestId('audit-export-csv').click()])) as [Download, void];
    console.log(`audit export of ${REPORTS + 1} reports (CSV): ${Date.now() - started} ms from the click to the file`);
    expect(download.suggestedFilename()).toBe('全部地区-年报体检.csv');
    expect(await wb.page.getByTestId('job-sheet').count()).toBe(0);
    expect(await wb.page.getByTestId('audit-export-note').count()).toBe(0);
  });

  it('finds the first report, beyond the newest 500, by a word of its title in the palette', async () => {
    await wb.page.getByRole('tab', { name: '阅读' }).click();
    await wb.page.keyboard.press('Control+k');
    const palette = wb.page.getByTestId('palette');
    await palette.locator('input').fill('瑞金');
    const found = palette.getByTestId('palette-report').filter({ hasText: '瑞金市2015年法治政府建设年度报告' });
    await found.waitFor();
    await wb.screenshot('long-03-palette-old-report');
    await found.click();
    await expect.poll(() => wb.page.locator('[data-testid="reader-pane"] .pane-title').allTextContents()).toContain('瑞金市2015年法治政府建设年度报告');

    await wb.page.keyboard.press('Control+k');
    await palette.locator('input').fill('法治政府建设');
    await expect.poll(() => palette.getByTestId('palette-more').textContent()).toMatch(/另有 \d+ 份报告含“法治政府建设”/);
    const more = Number(/另有 (\d+) 份/.exec((await palette.getByTestId('palette-more').textContent())!)![1]);
    expect(more + (await palette.getByTestId('palette-report').count())).toBe(REPORTS + 1);
    await wb.screenshot('long-04-palette-more');
    await palette.getByTestId('palette-more').click();
    await expect.poll(() => wb.page.getByTestId('library-count').textContent()).toBe(`${REPORTS + 1} 份报告含“法治政府建设”`);
  });
});
