// Reader latency in Chromium: from clicking a ~30 KB report in the library to its highlighted text on screen
// (the first frame painted after the figures' marks are in the page). Goal: at most 100 ms. Not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openLibrary } from '../../electron/library/open.ts';
import { importFile } from '../../electron/import/import-file.ts';
import { startAppHost } from '../../electron/app-host.ts';
import { ensureRendererBuilt } from '../ensure-renderer.ts';
import { generateReport } from './_generate.ts';

const sizes = (process.env.BENCH_READER_KB ?? '30,100').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const reportsPerSize = 4;

/** Generated report text of about `kb` kilobytes of UTF-8. */
function reportOfSize(index: number, kb: number) {
  let chars = kb * 340;
  for (;;) {
    const report = generateReport(index, chars);
    const bytes = Buffer.byteLength(report.text);
    if (bytes >= kb * 1024 * 0.97) return { ...report, bytes };
    chars = Math.ceil(chars * ((kb * 1024) / bytes) * 1.01);
  }
}

/**
 * Runs in the page (a string: this script is type-checked without the DOM library): clicks the report in the
 * library and resolves once the frame showing its highlighted text has been painted.
 */
const measureOpen = `async ({ title, id }) => {
  performance.clearResourceTimings();
  const button = document.querySelector('[data-testid="library-report"][title="' + title + '"]');
  const started = performance.now();
  button.click();
  await new Promise((resolve) => {
    const check = () => {
      if (document.querySelector('[data-report-id="' + id + '"] .report-text mark.figure')) {
        requestAnimationFrame(() => setTimeout(resolve, 0));
      } else requestAnimationFrame(check);
    };
    check();
  });
  const onScreen = performance.now() - started;
  const api = performance.getEntriesByType('resource').filter((e) => /\\/api\\/(reports\\.get|figures\\.list)/.test(e.name));
  return { onScreen, api: Math.max(0, ...api.map((e) => e.responseEnd - started)) };
}`;

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

ensureRendererBuilt();
const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-reader-'));
const libraryPath = join(dir, 'library.sqlite');
try {
  const db = openLibrary(libraryPath);
  const bySize = new Map<number, Array<{ title: string; id: number; bytes: number; chars: number; figures: number }>>();
  let index = 0;
  for (const kb of sizes) {
    const list = [];
    for (let i = 0; i < reportsPerSize; i++, index++) {
      const report = reportOfSize(index, kb);
      const result = await importFile(db, report.name, Buffer.from(report.text));
      if (result.status !== 'imported') throw new Error(`could not import ${report.name}: ${result.message}`);
      list.push({ title: result.summary!.title ?? report.name, id: result.reportId!, bytes: report.bytes, chars: report.text.length, figures: result.summary!.figureCount });
    }
    bySize.set(kb, list);
  }
  db.close();

  const host = await startAppHost({ libraryPath });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    await page.goto(host.appUrl);
    await page.getByTestId('library-report').first().waitFor();

    // warm-up: the first open pays for fonts and code paths once (the last report, so every timed open is fresh)
    const warm = bySize.get(sizes[0]!)!.at(-1)!;
    await page.locator(`[data-testid="library-report"][title="${warm.title}"]`).click();
    await page.locator(`[data-report-id="${warm.id}"] mark.figure`).first().waitFor();

    for (const kb of sizes) {
      const list = bySize.get(kb)!;
      const times: number[] = [];
      const fetches: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const report of list) {
          await page.locator(`[data-testid="library-report"][title="${report.title}"]`).scrollIntoViewIfNeeded();
          const measured = (await page.evaluate(`(${measureOpen})(${JSON.stringify({ title: report.title, id: report.id })})`)) as {
            onScreen: number;
            api: number;
          };
          times.push(measured.onScreen);
          fetches.push(measured.api);
        }
      }
      const sample = list[0]!;
      console.log(
        `reader: ${(sample.bytes / 1024).toFixed(1)} KB report (${sample.chars.toLocaleString('en')} chars, ~${sample.figures} figures): ` +
          `click → highlighted text on screen median ${quantile(times, 0.5).toFixed(0)} ms, p90 ${quantile(times, 0.9).toFixed(0)} ms, ` +
          `min ${Math.min(...times).toFixed(0)} ms (n=${times.length}); of which API replies by ${quantile(fetches, 0.5).toFixed(0)} ms` +
          (kb <= 30 ? ` — goal ≤ 100 ms: ${quantile(times, 0.9) <= 100 ? 'met' : 'NOT met'}` : ''),
      );
    }
  } finally {
    await browser.close();
    await host.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
