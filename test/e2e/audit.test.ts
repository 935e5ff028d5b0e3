import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { openWorkbench, type Workbench } from './workbench.ts';

const files = ['test/fixtures/audit', 'test/fixtures/trends'].flatMap((dir) =>
  readdirSync(resolve(dir)).filter((f) => f.endsWith('.txt')).map((f) => join(resolve(dir), f)));

describe('an analyst ranks the regions, opens one region’s report card and follows a finding to the text', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench();
  });
  afterAll(async () => wb?.close());

  it('imports three regions’ reports and opens the audit ranking', async () => {
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor();
    await wb.page.getByRole('button', { name: '关闭' }).click();
    await wb.page.getByRole('tab', { name: '年报体检' }).click();
    const ranking = wb.page.getByTestId('audit-ranking');
    await ranking.waitFor();
    await expect(ranking.getByTestId('audit-region-row').count()).resolves.toBe(3);
    const names = await ranking.locator('.region-cell').allTextContents();
    expect(names.sort()).toEqual(['于都县', '兴国县', '宁都县'].sort());
    await expect(ranking.locator('svg.sparkline').count()).resolves.toBeGreaterThan(0);
    await wb.screenshot('audit-01-ranking');
  });

  it('sorts by inconsistent figures, the worst region first, and back', async () => {
    const ranking = wb.page.getByTestId('audit-ranking');
    const header = ranking.getByRole('button', { name: '数字核对' });
    await header.click();
    await expect(ranking.locator('th[aria-sort="descending"]').textContent()).resolves.toContain('数字核对');
    await expect(ranking.locator('.region-cell').first().textContent()).resolves.toBe('宁都县');
    await expect(ranking.getByTestId('audit-region-row').first().textContent()).resolves.toContain('3 处不一致');
    await header.click();
    await expect(ranking.locator('th[aria-sort="ascending"]').count()).resolves.toBe(1);
    await expect(ranking.locator('.region-cell').last().textContent()).resolves.toBe('宁都县');
  });

  it('opens 宁都县’s report card: contents, deadline, both figures quoted with the arithmetic, silence and jumps', async () => {
    await wb.page.getByTestId('audit-ranking').getByRole('button', { name: '宁都县' }).click();
    const card = wb.page.getByTestId('region-card');
    await card.waitFor();
    const reports = card.getByTestId('report-audit');
    await expect(reports.count()).resolves.toBe(3);
    const y2030 = reports.filter({ hasText: '2030年法治政府建设情况报告' });
    await expect(y2030.getByTestId('content-shortcomings').getAttribute('class')).resolves.toContain('missing');
    await expect(y2030.textContent()).resolves.toContain('逾期 14 天');
    const rate = y2030.getByTestId('check-inconsistent').filter({ hasText: '比率' });
    await expect(rate.locator('code').textContent()).resolves.toBe('1130 ÷ 1150 = 98.26% ≠ 90%');
    await expect(rate.locator('mark').allTextContents()).resolves.toEqual(['1150件', '1130件', '90%']);
    const cut = reports.filter({ hasText: '2031年法治政府建设情况报告' });
    await expect(cut.getByTestId('content-plans').textContent()).resolves.toContain('文本不完整');
    await expect(card.getByTestId('silence').textContent()).resolves.toContain('法律援助案件数');
    await expect(card.getByTestId('jump').count()).resolves.toBeGreaterThan(0);
    await wb.screenshot('audit-02-report-card');
    await y2030.locator('.checks').first().scrollIntoViewIfNeeded();
    await wb.screenshot('audit-03-report-card-checks');
  });

  it('exports the region’s findings as CSV with their offsets', async () => {
    const [download] = (await Promise.all([wb.page.waitForEvent('download'), wb.page.getByTestId('audit-export-csv').click()])) as [Download, void];
    const path = join(wb.dir, download.suggestedFilename());
    await download.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toMatch(/^宁都县-年报体检\.csv$/);
    expect(csv.split('\r\n')[0]).toContain('起始偏移');
    expect(csv).toContain('1130 ÷ 1150');
  });

  it('opens a reused passage side by side with last year’s report', async () => {
    const y2030 = wb.page.getByTestId('report-audit').filter({ hasText: '2030年法治政府建设情况报告' });
    await y2030.getByTestId('side-by-side').first().click();
    const panes = wb.page.getByTestId('reader-pane');
    await expect.poll(() => panes.count()).toBe(2);
    await panes.nth(1).locator('.report-text').waitFor();
    await expect(panes.nth(0).textContent()).resolves.toContain('宁都县2029年');
    await expect(panes.nth(1).textContent()).resolves.toContain('宁都县2030年');
    await wb.screenshot('audit-04-side-by-side');
    await wb.page.getByRole('tab', { name: '年报体检' }).click();
    await wb.page.getByTestId('audit-back').click();
    await wb.page.getByTestId('audit-ranking').waitFor();
  });
});

describe('the audit in English', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench({ language: 'en' });
  });
  afterAll(async () => wb?.close());

  it('says every finding in English, dates and deadlines included', async () => {
    const ningdu = readdirSync(resolve('test/fixtures/audit')).map((f) => join(resolve('test/fixtures/audit'), f));
    await wb.page.getByTestId('file-input').setInputFiles(ningdu);
    await wb.page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await wb.page.getByRole('button', { name: 'Close' }).click();
    await wb.page.getByRole('tab', { name: 'Audit' }).click();
    await wb.page.getByTestId('audit-region-row').first().click();
    const card = wb.page.getByTestId('region-card');
    await card.waitFor();
    const text = await card.textContent();
    for (const words of ['Five contents', 'Published on time', 'Shortcomings and causes', '14 days late', 'Published 15 Apr 2031', 'Due 1 Apr 2031']) expect(text).toContain(words);
    expect(text).not.toMatch(/audit\.[a-z]/);
    await wb.screenshot('audit-05-report-card-en');
  });
});
