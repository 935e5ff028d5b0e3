import { afterAll, beforeAll, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { describeCorpus, hasCorpus, loadSeeds, type Seed } from '../corpus.ts';
import { openWorkbench, type Workbench } from './workbench.ts';

describeCorpus('a new user imports two seed reports and reads one', () => {
  let wb: Workbench;
  let seeds: Seed[];
  beforeAll(async () => {
    if (!hasCorpus) return;
    seeds = loadSeeds();
    wb = await openWorkbench();
  });
  afterAll(async () => wb?.close());

  it('shows the empty library with one big import action', async () => {
    await wb.page.getByText('导入报告').first().waitFor();
    await expect(wb.page.locator('.empty-state h1').textContent()).resolves.toBe('年报工作台');
    await wb.screenshot('01-empty-library');
  });

  it('imports a UTF-8 seed and a GBK copy of another through the file picker', async () => {
    const [a, b] = [seeds[0]!, seeds[4]!];
    const gbk = iconv.encode(new TextDecoder().decode(b.bytes), 'gbk');
    const files = [wb.file(a.labels.file, a.bytes), wb.file(`gbk-${b.labels.file}`, gbk)];
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor();
    const results = wb.page.getByTestId('import-results').locator('li');
    await expect(results.count()).resolves.toBe(2);
    await expect(wb.page.locator('.import-result.imported').count()).resolves.toBe(2);
    await expect(wb.page.getByTestId('import-results').textContent()).resolves.toContain(a.labels.meta.region);
    await wb.screenshot('02-import-summary');
    await wb.page.getByRole('button', { name: '关闭' }).click();
  });

  it('lists both reports under their regions and opens one with its text', async () => {
    const list = wb.page.getByTestId('library-list');
    // the list's pages arrive after the import's refresh
    await expect.poll(() => list.getByTestId('library-report').count()).toBe(2);
    for (const seed of [seeds[0]!, seeds[4]!]) await expect.poll(() => list.textContent()).toContain(seed.labels.meta.region);
    await list.getByTestId('library-report').filter({ hasText: String(seeds[4]!.labels.meta.year) }).first().click();
    const pane = wb.page.getByTestId('reader-pane');
    await pane.locator('.report-text').waitFor();
    const firstSentence = new TextDecoder().decode(seeds[4]!.bytes).split('\n').map((l) => l.trim()).find((l) => l.length > 40)!;
    await expect(pane.textContent()).resolves.toContain(firstSentence.slice(0, 30));
    await expect(pane.locator('mark.figure').count()).resolves.toBeGreaterThan(20);
    await wb.screenshot('03-reader');
  });
});
