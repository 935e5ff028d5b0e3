import { afterAll, beforeAll, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Download } from 'playwright-core';
import { describeCorpus, hasCorpus, loadSeeds } from '../corpus.ts';
import { openWorkbench, type Workbench } from './workbench.ts';

const fixtures = resolve('test/fixtures/trends');
const INDICATOR = 'admin_review_received';
const XINGGUO = '360732';
const YUDU = '360731';

interface StoredPoint {
  region: string;
  year: number;
  value: number;
  reportId: number;
  start: number;
  end: number;
}

/** What the chart must show, read straight from the library file: per region and year, the first figure in the text. */
function storedPoints(libraryPath: string): StoredPoint[] {
  const db = new Database(libraryPath, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare(
      `SELECT coalesce(r.region_code, r.region) AS region, r.year, f.value, r.id AS reportId, f.start, f.end
       FROM figures f JOIN reports r ON r.id = f.report_id
       WHERE f.indicator_id = ? AND f.kind <> 'change' AND r.preferred = 1 AND coalesce(r.region_code, r.region) IN (?, ?)
       ORDER BY region, r.year, f.start`,
    ).all(INDICATOR, XINGGUO, YUDU) as StoredPoint[];
    return rows.filter((row, i) => i === 0 || rows[i - 1]!.region !== row.region || rows[i - 1]!.year !== row.year);
  } finally {
    db.close();
  }
}

describeCorpus('an analyst charts a caseload across years and regions, checks it against the text and exports it', () => {
  let wb: Workbench;
  beforeAll(async () => {
    if (!hasCorpus) return;
    wb = await openWorkbench();
  });
  afterAll(async () => wb?.close());

  const save = async (click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> => {
    const [download] = (await Promise.all([wb.page.waitForEvent('download'), click()])) as [Download, void];
    const path = join(wb.dir, `download-${download.suggestedFilename()}`);
    await download.saveAs(path);
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  };

  it('imports two counties over 2020–2024 (one year missing) and the seed reports', async () => {
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, f));
    for (const seed of loadSeeds()) files.push(seed.path);
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor();
    await expect(wb.page.locator('.import-result.imported').count()).resolves.toBe(files.length);
    await wb.page.getByRole('button', { name: '关闭' }).click();
  });

  it('opens the caseload indicator: one line per county, the points equal the stored figures, 2022 a gap', async () => {
    await wb.page.getByRole('tab', { name: '趋势' }).click();
    const item = wb.page.locator(`[data-testid="indicator-item"][data-key="${INDICATOR}"]`);
    await expect.poll(() => item.textContent()).toMatch(/行政复议案件收案数.*\d+ 个地区 · 5 个年份/);
    await item.click();
    await wb.page.locator(`[data-testid="region-chip"][data-region="${XINGGUO}"]`).waitFor();
    await wb.page.locator(`[data-testid="region-chip"][data-region="${YUDU}"]`).waitFor();
    await wb.page.locator('[data-testid="trend-point"]').first().waitFor();

    const shown = await wb.page.locator('[data-testid="trend-point"]').evaluateAll((dots) =>
      dots.map((d) => ({ region: d.getAttribute('data-region')!, year: Number(d.getAttribute('data-year')), value: Number(d.getAttribute('data-value')) })),
    );
    const stored = storedPoints(wb.libraryPath);
    expect(stored.length).toBe(9);
    const key = (p: { region: string; year: number }) => `${p.region}:${p.year}`;
    expect(shown.map((p) => `${key(p)}=${p.value}`).sort()).toEqual(stored.map((p) => `${key(p)}=${p.value}`).sort());
    expect(shown.some((p) => p.region === YUDU && p.year === 2022)).toBe(false);
    await expect(wb.page.locator(`[data-testid="trend-row"][data-region="${YUDU}"][data-year="2022"]`).textContent()).resolves.toContain('本年无报告');
    // 兴国县 2023 names the caseload twice: the first in the text counts, and the table says so.
    await expect(wb.page.locator(`[data-testid="trend-row"][data-region="${XINGGUO}"][data-year="2023"]`).textContent()).resolves.toContain('共 2 处,取文中第一处');
    // Axis: years as years, the unit named.
    const chart = wb.page.getByTestId('trend-chart');
    await expect(chart.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents()).resolves.toEqual(['2020年', '2021年', '2022年', '2023年', '2024年']);
    await expect(chart.textContent()).resolves.toContain('单位:件');
    await wb.screenshot('trends-01-chart');
  });

  it('checks the reports’ 同比 claims against the figures of the year before', async () => {
    const verdict = (region: string, year: number) =>
      wb.page.locator(`[data-testid="claim-row"][data-region="${region}"][data-year="${year}"]`).first().getAttribute('data-verdict');
    await expect(verdict(XINGGUO, 2023)).resolves.toBe('consistent');
    await expect(verdict(YUDU, 2024)).resolves.toBe('contradicts');
    await expect(verdict(YUDU, 2023)).resolves.toBe('no-earlier-data');
    await wb.page.getByTestId('claims-table').scrollIntoViewIfNeeded();
    await wb.screenshot('trends-02-claims-and-table');
  });

  it('shows the report title and the exact sentence in the tooltip', async () => {
    await wb.page.getByTestId('trend-chart').scrollIntoViewIfNeeded();
    const dot = wb.page.locator(`[data-testid="trend-point"][data-region="${XINGGUO}"][data-year="2023"]`);
    await dot.hover();
    const tooltip = wb.page.getByTestId('trend-tooltip');
    await tooltip.waitFor();
    // Both counties reported that year; each entry quotes its own report.
    const entry = tooltip.locator('.trend-tooltip-entry', { hasText: '兴国县' });
    await expect(entry.textContent()).resolves.toContain('兴国县2023年法治政府建设情况报告');
    await expect(entry.textContent()).resolves.toContain('全年共收到行政复议申请86件,同比增长19.4%');
    await expect(entry.locator('mark').textContent()).resolves.toBe('86件');
    await expect(tooltip.locator('.trend-tooltip-entry', { hasText: '于都县' }).locator('mark').textContent()).resolves.toBe('121件');
    await wb.screenshot('trends-03-tooltip');
  });

  it('exports the data as CSV (with a BOM) and XLSX, and the chart as PNG and SVG', async () => {
    const csv = await save(() => wb.page.getByTestId('export-csv').click());
    expect(csv.name).toMatch(/\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toMatch(/^地区,地区代码,上级地区,层级,年份,指标,.*数值,区间下限,区间上限,.*单位,.*报告标题,文件名,文件SHA-256,起始偏移,结束偏移/);
    expect(lines).toHaveLength(1 + 9);
    expect(lines.find((l) => l.startsWith('兴国县,360732,') && l.includes(',2023,'))).toMatch(/,86,86,86,,件,/);

    const xlsx = await save(() => wb.page.getByTestId('export-xlsx').click());
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('数据')!;
    expect(sheet.rowCount).toBe(1 + 9);
    expect(sheet.getRow(1).getCell(1).value).toBe('地区');
    const values = sheet.getColumn(9).values.slice(2) as number[];
    expect(values.sort((a, b) => a - b)).toEqual(storedPoints(wb.libraryPath).map((p) => p.value).sort((a, b) => a - b));

    const png = await save(() => wb.page.getByTestId('export-png').click());
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(20_000);
    const svg = await save(() => wb.page.getByTestId('export-svg').click());
    const svgText = svg.bytes.toString('utf8');
    expect(svgText).toContain('<svg');
    expect(svgText).toContain('兴国县');
    expect(svgText).toContain('单位:件');
    // Kept for a look: the exported image beside the screenshots.
    writeFileSync(resolve('test-results/screenshots/trends-04-export.png'), png.bytes);
    expect(statSync(resolve('test-results/screenshots/trends-04-export.png')).size).toBe(png.bytes.length);
  });

  it('opens a point’s sentence in the reader with the figure flashed', async () => {
    const target = storedPoints(wb.libraryPath).find((p) => p.region === XINGGUO && p.year === 2023)!;
    await wb.page.getByTestId('trend-chart').scrollIntoViewIfNeeded();
    await wb.page.locator(`[data-testid="trend-point"][data-region="${XINGGUO}"][data-year="2023"]`).click();
    const pane = wb.page.getByTestId('reader-pane');
    await pane.locator('.report-text').waitFor();
    await expect(pane.textContent()).resolves.toContain('兴国县2023年法治政府建设情况报告');
    const mark = pane.locator(`mark[data-start="${target.start}"]`).first();
    await mark.waitFor();
    await expect(mark.textContent()).resolves.toBe('86件');
    await expect(mark.isVisible()).resolves.toBe(true);
    await expect.poll(() => pane.locator('.flash').count()).toBeGreaterThan(0);
    await wb.screenshot('trends-05-reader-from-point');
    // Back to the chart, as it was.
    await wb.page.getByRole('tab', { name: '趋势' }).click();
    await expect(wb.page.locator('[data-testid="trend-point"]').count()).resolves.toBe(9);
  });

  it('overlays a third region and compares one year across regions', async () => {
    const add = wb.page.getByTestId('region-add');
    const shangyou = await add.locator('option', { hasText: '上犹县' }).getAttribute('value');
    await add.selectOption(shangyou!);
    await expect.poll(() => wb.page.locator('[data-testid="region-chip"]').count()).toBe(3);
    await wb.page.getByTestId('mode-compare').click();
    await wb.page.locator('[data-testid="compare-bar"]').first().waitFor();
    const values = await wb.page.locator('[data-testid="compare-bar"]').evaluateAll((bars) => bars.map((b) => Number(b.getAttribute('data-value'))));
    expect(values.length).toBeGreaterThanOrEqual(3);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    await wb.screenshot('trends-06-compare');
  });

  it('shows a region’s most reported indicators as small multiples', async () => {
    await wb.page.getByTestId('mode-dashboard').click();
    await wb.page.getByTestId('dashboard-panel').first().waitFor();
    await expect(wb.page.getByTestId('dashboard-panel').count()).resolves.toBeGreaterThanOrEqual(4);
    await wb.screenshot('trends-07-dashboard');
  });
});

describeCorpus('trends in English, from an empty view to a chart as reports arrive', () => {
  let wb: Workbench;
  beforeAll(async () => {
    if (!hasCorpus) return;
    wb = await openWorkbench({ language: 'en' });
  });
  afterAll(async () => wb?.close());

  it('says what to do when the library holds no figures yet, then charts what an import brings', async () => {
    const bare = wb.file('兴国县2019.txt', '兴国县2019年法治政府建设情况报告\n\n2019年,兴国县扎实推进法治政府建设,依法行政水平不断提升。\n\n兴国县人民政府\n2020年1月10日\n');
    await wb.page.getByTestId('file-input').setInputFiles([bare]);
    await wb.page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await wb.page.getByRole('button', { name: 'Close' }).click();
    await wb.page.getByRole('tab', { name: 'Trends' }).click();
    await wb.page.getByTestId('trends-empty').waitFor();
    await expect(wb.page.getByTestId('trends-empty').textContent()).resolves.toContain('No comparable figures');
    await wb.screenshot('trends-08-empty-en');

    const files = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, f));
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await wb.page.getByRole('button', { name: 'Close' }).click();
    // The view notices the import by itself and charts the most widespread indicator.
    await wb.page.locator('[data-testid="trend-point"]').first().waitFor({ timeout: 15_000 });
    await expect(wb.page.getByTestId('trend-panel').locator('.trend-title').textContent()).resolves.toBe('Administrative reconsideration cases received');
    await expect(wb.page.getByTestId('trend-chart').locator('.recharts-xAxis-tick-labels text').first().textContent()).resolves.toBe('2020');
    await expect(wb.page.getByTestId('claims-table').textContent()).resolves.toContain('Contradicts');
    await wb.screenshot('trends-09-chart-en');
  });
});
