// Long jobs on a generated library (BENCH_REPORTS reports, default 2,000: county-level places of the gazetteer ×
// 7 years, built through the real import path): the whole-library audit and the audit export as jobs, against the
// audit in one go as the same-run baseline; how long a cancel takes to be answered; how long other calls wait
// while a job runs (the event loop's longest delay). Goals: cancel answered and the loop free again within 100 ms,
// the job's yielding costing at most 10 % over the audit in one go.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { allPlaces } from '../../shared/meta/gazetteer.ts';
import { isCancelled, type JobProgress } from '../../shared/api-parts/jobs.ts';
import { openLibrary } from '../../electron/library/open.ts';
import { importPaths } from '../../electron/import/import-paths.ts';
import { createHandlers } from '../../electron/service.ts';
import { runAudit } from '../../electron/audit-service.ts';
import { generateReport } from './_generate.ts';

const count = Number(process.env.BENCH_REPORTS ?? 2000);
const YEARS = 7;
const root = mkdtempSync(join(tmpdir(), 'nianbao-bench-jobs-'));
const rows: string[][] = [];
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const row = (what: string, measured: string, goal: string, ok: boolean | null) => rows.push([what, measured, goal, ok === null ? '' : ok ? 'met' : 'MISSED']);
const timed = async <T>(run: () => T | Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, performance.now() - started];
};

try {
  const folder = join(root, 'reports');
  mkdirSync(folder);
  const places = allPlaces().filter((p) => p.level === 'county' || p.level === 'district');
  for (let i = 0; i < count; i++) {
    const place = places[Math.floor(i / YEARS) % places.length]!;
    const report = generateReport(i, 6600, { province: place.parents[0] ?? '', city: place.parents[1] ?? place.parents[0] ?? '', county: place.name }, 2018 + (i % YEARS));
    writeFileSync(join(folder, `${place.code}-${report.year}-${i}.txt`), report.text);
  }
  const libraryPath = join(root, 'library.sqlite');
  const db = openLibrary(libraryPath);
  const [imported, importMs] = await timed(() => importPaths(db, [folder], { jobId: 'build', signal: new AbortController().signal, onProgress: () => {} }));
  console.log(`jobs: ${imported.imported} reports imported in ${(importMs / 1000).toFixed(1)} s`);

  const progress: Array<JobProgress & { at: number }> = [];
  const handlers = createHandlers(db, { libraryPath, emit: (event, payload) => event === 'job.progress' && progress.push({ ...(payload as JobProgress), at: performance.now() }) });
  // a fresh handler set per measurement: each starts without a cached audit
  const fresh = () => createHandlers(db, { libraryPath, emit: () => {} });

  runAudit(db); // warms the JIT and the page cache, as a session that has been working would
  const [, baselineMs] = await timed(() => runAudit(db));
  row(`audit of ${count} reports in one go (baseline; holds the process throughout)`, `${fmt(baselineMs)} ms`, '—', null);

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const [overview, jobMs] = await timed(() => handlers['audit.overview']({ jobId: 'audit' }));
  loop.disable();
  if (isCancelled(overview)) throw new Error('the audit was cancelled');
  row('the same audit as a job (one item per report, yielding between)', `${fmt(jobMs)} ms, ${fmt((jobMs / baselineMs - 1) * 100)} % over`, '≤ 10 % over', jobMs <= baselineMs * 1.1);
  const longestWait = loop.max / 1e6;
  row('longest wait of another call while the audit job runs', `${fmt(longestWait)} ms`, '≤ 100 ms', longestWait <= 100);
  const events = progress.filter((p) => p.jobId === 'audit');
  const gaps = events.slice(1).map((e, i) => e.at - events[i]!.at);
  row('progress events of the audit job', `${events.length}, at most ${fmt(Math.max(...gaps))} ms apart`, '≥ 1 per 100 ms of work (+ item)', Math.max(...gaps) <= 200);

  const [, warmOverviewMs] = await timed(() => handlers['audit.overview']({ jobId: 'again' }));
  row('the overview again while the library is unchanged (cached)', `${fmt(warmOverviewMs)} ms`, '≤ 50 ms', warmOverviewMs <= 50);

  for (const format of ['csv', 'xlsx'] as const) {
    const cold = fresh();
    const [file, coldMs] = await timed(() => cold['audit.export']({ format, jobId: `cold-${format}` }));
    const rowsWritten = isCancelled(file) ? 0 : file.rows;
    row(`audit export ${format.toUpperCase()}, audit not yet done (${rowsWritten} findings)`, `${fmt(coldMs)} ms`, '—', null);
    const waits = monitorEventLoopDelay({ resolution: 10 });
    waits.enable();
    const [, warmMs] = await timed(() => handlers['audit.export']({ format, jobId: `warm-${format}` }));
    waits.disable();
    row(`audit export ${format.toUpperCase()}, audit cached`, `${fmt(warmMs)} ms`, '—', null);
    row(`longest wait of another call during that export`, `${fmt(waits.max / 1e6)} ms`, '≤ 100 ms', waits.max / 1e6 <= 100);
  }

  // cancel: asked a while into each kind of job, answered by the job's reply
  const cancelAfter = async (label: string, start: (h: ReturnType<typeof fresh>, jobId: string) => unknown, afterMs: number, h = fresh()) => {
    const running = start(h, label);
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    const asked = performance.now();
    await h['jobs.cancel']({ jobId: label });
    const result = (await running) as { cancelled?: boolean; done?: number; total?: number };
    const answered = performance.now() - asked;
    const where = result.cancelled ? `stopped at ${result.done} of ${result.total}` : 'it had ended';
    row(`cancel ${label} after ${fmt(afterMs)} ms (${where})`, `${fmt(answered)} ms`, '≤ 100 ms', result.cancelled === true && answered <= 100);
  };
  await cancelAfter('the audit', (h, id) => h['audit.overview']({ jobId: id }), Math.min(400, baselineMs / 3));
  await cancelAfter('an XLSX export while auditing', (h, id) => h['audit.export']({ format: 'xlsx', jobId: id }), Math.min(400, baselineMs / 3));
  // with the audit cached, the export only writes
  await cancelAfter('an XLSX export while writing', (h, id) => h['audit.export']({ format: 'xlsx', jobId: id }), 300, handlers);

  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const r of rows) console.log(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padStart(widths[1]!)}  goal ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`);
  db.close();
} finally {
  rmSync(root, { recursive: true, force: true });
}
