// Reader latency in Chromium: from clicking a report in the library to its highlighted text on screen (the first
// frame painted after the figures' marks are in the page). Goals: a ~30 KB report at most 100 ms; a 20 MB report
// with ~100k figures at most 1 s, and a tab switch back to it at most 100 ms. Small reports of the same run are
// the baseline the huge one is set beside. Not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openLibrary } from '../../electron/library/open.ts';
import { importFile } from '../../electron/import/import-file.ts';
import { startAppHost } from '../../electron/app-host.ts';
import { ensureRendererBuilt } from '../ensure-renderer.ts';
import { generateLargeReport, generateReport } from './_generate.ts';

const sizes = (process.env.BENCH_READER_KB ?? '30,100').split(',').map(Number);
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const reportsPerSize = 4;
const hugeBytes = Number(process.env.BENCH_READER_HUGE_MB ?? 20) * 1_000_000;
const hugeRounds = Number(process.env.BENCH_HUGE_ROUNDS ?? 3);

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
  const api = performance.getEntriesByType('resource').filter((e) => /\\/api\\/(reader\\.open)/.test(e.name));
  return { onScreen, api: Math.max(0, ...api.map((e) => e.responseEnd - started)) };
}`;

/** Runs in the page: from a click on the reader tab (trends showing) to the painted frame of the pane's text. */
const measureTabSwitch = `async ({ id }) => {
  const [reader, trends] = [...document.querySelectorAll('[role="tab"]')];
  trends.click();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
  const started = performance.now();
  reader.click();
  await new Promise((resolve) => {
    const check = () => {
      const mark = document.querySelector('[data-report-id="' + id + '"] .report-text mark.figure');
      if (mark && mark.offsetParent !== null) requestAnimationFrame(() => setTimeout(resolve, 0));
      else requestAnimationFrame(check);
    };
    check();
  });
  return performance.now() - started;
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
  const huge = generateLargeReport(index, hugeBytes);
  const hugeImportStarted = performance.now();
  const hugeResult = await importFile(db, huge.name, Buffer.from(huge.text));
  if (hugeResult.status !== 'imported') throw new Error(`could not import ${huge.name}: ${hugeResult.message}`);
  const hugeReport = { title: hugeResult.summary!.title ?? huge.name, id: hugeResult.reportId!, bytes: Buffer.byteLength(huge.text), chars: huge.text.length, figures: hugeResult.summary!.figureCount };
  console.log(`reader: imported the large report (${(hugeReport.bytes / 1e6).toFixed(1)} MB, ${hugeReport.figures.toLocaleString('en')} figures) in ${((performance.now() - hugeImportStarted) / 1000).toFixed(1)} s`);
  db.close();

  const host = await startAppHost({ libraryPath });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const baseline = new Map<number, number>();
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
      baseline.set(kb, quantile(times, 0.5));
    }

    // the large report: opened afresh each round (a small report in between replaces its pane)
    const small = bySize.get(sizes[0]!)![0]!;
    const opens: number[] = [];
    const apis: number[] = [];
    const switches: number[] = [];
    for (let round = 0; round < hugeRounds; round++) {
      await page.locator(`[data-testid="library-report"][title="${small.title}"]`).click();
      await page.locator(`[data-report-id="${small.id}"] mark.figure`).first().waitFor();
      await page.locator(`[data-testid="library-report"][title="${hugeReport.title}"]`).scrollIntoViewIfNeeded();
      const measured = (await page.evaluate(`(${measureOpen})(${JSON.stringify({ title: hugeReport.title, id: hugeReport.id })})`)) as { onScreen: number; api: number };
      opens.push(measured.onScreen);
      apis.push(measured.api);
    }
    // last: the trends tab asks the host for its data, which may keep the host busy after this
    for (let round = 0; round < hugeRounds; round++) {
      switches.push((await page.evaluate(`(${measureTabSwitch})(${JSON.stringify({ id: hugeReport.id })})`)) as number);
    }
    const base = baseline.get(sizes[0]!)!;
    const median = quantile(opens, 0.5);
    console.log(
      `reader: ${(hugeReport.bytes / 1e6).toFixed(1)} MB report (${hugeReport.chars.toLocaleString('en')} chars, ${hugeReport.figures.toLocaleString('en')} figures): ` +
        `click → first screen median ${median.toFixed(0)} ms, min ${Math.min(...opens).toFixed(0)}, max ${Math.max(...opens).toFixed(0)} (n=${opens.length}); ` +
        `of which API reply by ${quantile(apis, 0.5).toFixed(0)} ms — goal ≤ 1000 ms: ${median <= 1000 ? 'met' : 'NOT met'}; ` +
        `${(median / base).toFixed(1)}× the ${sizes[0]} KB report of this run (${base.toFixed(0)} ms)`,
    );
    console.log(
      `reader: tab switch back to the ${(hugeReport.bytes / 1e6).toFixed(1)} MB report: median ${quantile(switches, 0.5).toFixed(0)} ms, ` +
        `max ${Math.max(...switches).toFixed(0)} ms — goal ≤ 100 ms: ${quantile(switches, 0.5) <= 100 ? 'met' : 'NOT met'}`,
    );
  } finally {
    await browser.close();
    await host.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
