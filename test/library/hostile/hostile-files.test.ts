// Issue 10 items 1 and 7: hostile files are refused per file, with a clear message, at a bounded cost.
// Each runs through the real command line in its own process, whose peak memory is measured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docx, docxBomb } from '../../fixtures/hostile/zip.ts';
import { runCli } from './cli-run.ts';

/** "A refused file never costs more than a few hundred MB." */
const RSS_LIMIT_MB = 400;
const MB = 1024 * 1024;

describe('hostile files in `nianbao inspect`', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-hostile-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };

  it('reads a small real Word file', async () => {
    const run = await runCli(['inspect', file('ok.docx', docx(['某某县2023年法治政府建设年度报告', '全年共办理行政复议案件12件。'])), '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).figures.length).toBeGreaterThan(0);
  });

  it('refuses a 1.4 MB Word file that unpacks to 400 MB, by its declared size', { timeout: 60_000 }, async () => {
    const bomb = await docxBomb(400 * MB);
    expect(bomb.length).toBeLessThan(2 * MB);
    const run = await runCli(['inspect', file('bomb.docx', bomb)]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('bomb.docx');
    expect(run.stderr).toContain('解压后过大');
    expect(run.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
    console.log(`400 MB zip bomb: refused, peak RSS ${run.peakRssMb} MB`);
  });

  it('refuses a zip bomb whose headers lie about its size, while it inflates', { timeout: 60_000 }, async () => {
    const run = await runCli(['inspect', file('liar.docx', await docxBomb(400 * MB, true))]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('超过其声明的大小');
    expect(run.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
    console.log(`lying zip bomb: refused, peak RSS ${run.peakRssMb} MB`);
  });

  it('refuses a Word file just over the unpacked limit', { timeout: 60_000 }, async () => {
    const run = await runCli(['inspect', file('big.docx', await docxBomb(30 * MB))]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('解压后过大');
    expect(run.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
  });

  it('refuses 19 MB of numbers (a table dump) before extracting 500k "figures"', { timeout: 60_000 }, async () => {
    const line = '序号 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30\n';
    const run = await runCli(['inspect', file('numbers.txt', line.repeat(Math.floor((19 * MB) / line.length)))]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/正文过长|数字过多/);
    expect(run.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
    console.log(`19 MB of numbers: refused, peak RSS ${run.peakRssMb} MB`);
  });

  it('refuses a text with too many figures for one report, before or after extraction', { timeout: 60_000 }, async () => {
    // over the limit of figures: by the digit-run count before extraction, and by the count after it
    for (const [sentence, times] of [['全年办理案件12件,同比增长3.5%。', 190_000], ['办理案件12件。', 130_000]] as const) {
      const run = await runCli(['inspect', file('dense.txt', `某某县2023年法治政府建设年度报告\n${sentence.repeat(times)}`)]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('数字过多');
      expect(run.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
      console.log(`figure-dense text (${times} × ${sentence}): refused, peak RSS ${run.peakRssMb} MB`);
    }
  });

  it('refuses 300k unclosed HTML tags at once, instead of parsing for most of a minute', { timeout: 30_000 }, async () => {
    const started = Date.now();
    const run = await runCli(['inspect', file('deep.html', `<html><body>${'<div><font>字'.repeat(150_000)}</body></html>`)], { timeoutMs: 25_000 });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('嵌套超过');
    expect(run.peakRssMb).toBeLessThan(RSS_LIMIT_MB);
    console.log(`300k unclosed tags: refused in ${Date.now() - started} ms (whole process), peak RSS ${run.peakRssMb} MB`);
  });
});
