// The library at national scale (issue 13): about one report per county-level region and year over the gazetteer,
// plus some duplicates, a third GB18030, imported through the real import path (workers and writer); then list,
// search by query length, related, open, trends, library size, import responsiveness, CLI start and analysis speed.
// Each figure is printed beside its goal and a same-run baseline. MB = 10^6 bytes, MiB = 2^20 bytes.
//   BENCH_REPORTS=20000 node scripts/bench/library.ts
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { allPlaces } from '../../shared/meta/gazetteer.ts';
import { analyseReport } from '../../shared/report/analyse.ts';
import type { Handlers } from '../../shared/api.ts';
import { openLibrary } from '../../electron/library/open.ts';
import { listReports, readText } from '../../electron/library/reports.ts';
import { foldForSearch } from '../../shared/search/fold.ts';
import { createHandlers } from '../../electron/service.ts';
import { generateReport } from './_generate.ts';

const count = Number(process.env.BENCH_REPORTS ?? 20000);
// the CLI as `npm run build` leaves it (bin/nianbao.js runs the bundle while it is fresh)
execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });
const YEARS = 7;
const MB = 1e6;
const MiB = 2 ** 20;
const reuse = process.env.BENCH_REUSE;
const root = reuse ?? mkdtempSync(join(tmpdir(), 'nianbao-bench-library-'));
const rows: string[][] = [];
const fmt = (x: number, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '—');
function row(what: string, measured: string, goal: string, baseline: string, ratio: string, ok: boolean | null): void {
  rows.push([what, measured, goal, baseline, ratio, ok === null ? '' : ok ? 'met' : 'MISSED']);
}
/** How the figure compares with its baseline, either way round. */
const versus = (baselineMs: number, measuredMs: number) =>
  measuredMs <= baselineMs ? `${fmt(baselineMs / measuredMs)}× faster` : `${fmt(measuredMs / baselineMs)}× slower`;
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const result = f();
  return [result, performance.now() - t];
}
async function timedAsync<T>(f: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const result = await f();
  return [result, performance.now() - t];
}
let seed = 13;
const rand = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};

try {
  const libraryPath = join(root, 'library.sqlite');
  const db = openLibrary(libraryPath);
  const progress: number[] = [];
  const handlers: Handlers = createHandlers(db, { libraryPath, emit: (event) => event === 'import.progress' && progress.push(performance.now()) });
  // BENCH_REUSE=DIR: the queries again on a library an earlier run kept (BENCH_KEEP=1), without building it
  if (!reuse) {
    // 1. The folder: county-level places of the gazetteer, YEARS years each, until `count` reports; 1 % exact copies.
    const places = allPlaces().filter((p) => p.level === 'county' || p.level === 'district');
    const folder = join(root, 'reports');
    mkdirSync(folder);
    let bytes = 0;
    const files: string[] = [];
    for (let i = 0; files.length < count; i++) {
      const place = places[Math.floor(i / YEARS) % places.length]!;
      const year = 2018 + (i % YEARS);
      const report = generateReport(i, 6600, { province: place.parents[0] ?? '', city: place.parents[1] ?? place.parents[0] ?? '', county: place.name }, year);
      const data = i % 3 === 0 ? iconv.encode(report.text, 'gb18030') : Buffer.from(report.text, 'utf8');
      const name = join(folder, `${place.code}-${year}-${i}.txt`);
      writeFileSync(name, data);
      files.push(name);
      bytes += data.length;
      if (i % 100 === 99 && files.length < count) {
        const copy = join(folder, `${place.code}-${year}-${i}-副本.txt`);
        writeFileSync(copy, data);
        files.push(copy);
        bytes += data.length;
      }
    }
    console.log(`library bench: ${files.length} files, ${fmt(bytes / MB)} MB (${fmt(bytes / MiB)} MiB) over ${places.length} county-level regions × ${YEARS} years; ${availableParallelism()} cores`);

    // 2. Baseline: the same bytes inserted raw, one transaction.
    const raw = new Database(join(root, 'raw.sqlite'));
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE raw (name TEXT, bytes BLOB)');
    const [, rawMs] = timed(() => raw.transaction(() => {
      const insert = raw.prepare('INSERT INTO raw VALUES (?, ?)');
      for (const f of files) insert.run(f, readFileSync(f));
    })());
    raw.close();
    const rawMBs = bytes / MB / (rawMs / 1000);

    // 3. The import, through the API, with other calls made meanwhile and progress events counted.
    const during: number[] = [];
    let importing = true;
    const probe = (async () => {
      while (importing) {
        const [, ms] = await timedAsync(() => handlers['reports.list']({ offset: 0, limit: 100, filters: {}, sort: { by: 'region', direction: 'asc' } }));
        during.push(ms);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const cpu0 = process.cpuUsage();
    const writer0 = process.threadCpuUsage();
    const [summary, importMs] = await timedAsync(() => handlers['import.paths']({ paths: [folder], jobId: 'bench' }));
    const cpu = process.cpuUsage(cpu0);
    const writer = process.threadCpuUsage(writer0);
    importing = false;
    await probe;
    const importMBs = bytes / MB / (importMs / 1000);
    const cpuMBs = bytes / MB / ((cpu.user + cpu.system) / 1e6);
    const writerS = (writer.user + writer.system) / 1e6;
    console.log(`import: ${summary.imported} imported, ${summary.duplicates} duplicates, ${summary.failed} failed in ${fmt(importMs / 1000)} s (CPU ${fmt((cpu.user + cpu.system) / 1e6)} s, ${fmt(cpuMBs)} MB per CPU-second; the writer thread ${fmt(writerS)} s = ${fmt((100 * writerS) / (importMs / 1000), 0)} % of the time, the workers ${fmt((cpu.user + cpu.system) / 1e6 - writerS)} s)`);
    row('import, end to end', `${fmt(importMBs)} MB/s`, '≥ 10 MB/s', `raw insert ${fmt(rawMBs)} MB/s`, `${fmt(rawMBs / importMBs)}× slower`, importMBs >= 10);
    const gaps = progress.slice(1).map((t, i) => t - progress[i]!);
    row('progress during import', `${fmt(1000 / quantile(gaps, 0.95))}/s (p95 gap ${fmt(quantile(gaps, 0.95), 0)} ms)`, '≥ 4/s', '—', '', 1000 / quantile(gaps, 0.95) >= 4);
    row('reports.list during import', `p95 ${fmt(quantile(during, 0.95), 0)} ms (${during.length} calls)`, 'served', '—', '', quantile(during, 0.95) < 1000);

    // 4. Cancel: a second import of the same kind of folder into a copy, cancelled after a second.
    const cancelFolder = join(root, 'more');
    mkdirSync(cancelFolder);
    for (let i = 0; i < 3000; i++) {
      const place = places[(i * 7) % places.length]!;
      writeFileSync(join(cancelFolder, `${i}.txt`), generateReport(count + i, 6600, { province: place.parents[0] ?? '', city: place.parents[1] ?? '', county: place.name }, 2017).text);
    }
    const job = handlers['import.paths']({ paths: [cancelFolder], jobId: 'cancel' });
    await new Promise((r) => setTimeout(r, 1000));
    const cancelAt = performance.now();
    const answer = await handlers['import.cancel']({ jobId: 'cancel' });
    const answeredMs = performance.now() - cancelAt;
    const cancelled = await job;
    const stoppedMs = performance.now() - cancelAt;
    row('cancel answered / job ended', `${fmt(answeredMs, 0)} / ${fmt(stoppedMs, 0)} ms (cancelled: ${answer.cancelled && cancelled.cancelled})`, '≤ 200 ms', '—', '', stoppedMs <= 200 && answer.cancelled);

  }
  // 5. Size.
  db.pragma('wal_checkpoint(TRUNCATE)');
  const fileBytes = statSync(libraryPath).size;
  const textBytes = (db.prepare('SELECT id FROM reports').pluck().all() as number[]).reduce((n, id) => n + Buffer.byteLength(readText(db, id)!), 0);
  const part = (sql: string) => (db.prepare(sql).get() as { n: number | null }).n ?? 0;
  const pages = db.prepare(`SELECT name, sum(pgsize) AS n FROM dbstat GROUP BY name ORDER BY n DESC LIMIT 6`).all() as Array<{ name: string; n: number }>;
  console.log(`size: file ${fmt(fileBytes / MiB)} MiB, text ${fmt(textBytes / MiB)} MiB (UTF-8); largest: ${pages.map((p) => `${p.name} ${fmt(p.n / MiB)} MiB`).join(', ')}; originals kept ${part('SELECT count(*) AS n FROM report_originals')}`);
  row('library size', `${fmt(fileBytes / textBytes, 2)}× the text`, '≤ 2×', `text ${fmt(textBytes / MiB)} MiB`, `file ${fmt(fileBytes / MiB)} MiB`, fileBytes / textBytes <= 2);

  // 6. List pages, each sort both ways, first, middle and last page; baseline: the whole list in one reply.
  const total = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  const listTimes: number[] = [];
  for (const by of ['region', 'year', 'type', 'figures', 'imported'] as const) {
    for (const direction of ['asc', 'desc'] as const) {
      for (const offset of [0, Math.floor(total / 2), total - 100]) {
        const [, ms] = timed(() => JSON.stringify(handlers['reports.list']({ offset, limit: 100, filters: {}, sort: { by, direction } })));
        listTimes.push(ms);
      }
    }
  }
  const [, wholeMs] = timed(() => JSON.stringify(listReports(db)));
  row('library list page (100 rows)', `p50 ${fmt(quantile(listTimes, 0.5), 1)} / p95 ${fmt(quantile(listTimes, 0.95), 1)} ms`, 'page ≤ 50 ms', `whole list ${fmt(wholeMs, 0)} ms`, versus(wholeMs, quantile(listTimes, 0.95)), quantile(listTimes, 0.95) <= 50);
  const overviewTimes = [0, 1, 2].map(() => timed(() => JSON.stringify(handlers['library.overview']({ latest: 6, looks: 12 })))[1]);
  row('library.overview (home)', `median ${fmt(quantile(overviewTimes, 0.5), 0)} ms`, '—', `whole list ${fmt(wholeMs, 0)} ms`, versus(wholeMs, quantile(overviewTimes, 0.5)), null);
  const [, firstMs] = timed(() => JSON.stringify(handlers['reports.list']({ offset: 0, limit: 100, filters: {}, sort: { by: 'region', direction: 'asc' } })));
  row('first rows (API + JSON)', `${fmt(firstMs, 1)} ms`, '≤ 1 s on screen', '—', '', firstMs <= 1000);

  // 7. Search by query length: substrings of random reports; baseline: SQLite's instr() over every text.
  const texts = (db.prepare('SELECT id FROM reports WHERE id % 97 = 0').pluck().all() as number[]).map((id) => ({ id, text: readText(db, id)! }));
  // the baseline: a plain substring scan of every report's folded text, already in memory (its best case)
  const folded = (db.prepare('SELECT id FROM reports').pluck().all() as number[]).map((id) => foldForSearch(readText(db, id)!));
  const scan = { get: (query: string) => folded.filter((t) => t.includes(foldForSearch(query))).length };
  for (const length of [1, 2, 4, 8]) {
    const queries: string[] = [];
    while (queries.length < 20) {
      const t = texts[rand(texts.length)]!.text;
      const at = rand(Math.max(1, t.length - length));
      const q = t.slice(at, at + length);
      if (q.length === length && !/\s/.test(q)) queries.push(q);
    }
    const times = queries.map((query) => timed(() => JSON.stringify(handlers['reports.search']({ query, offset: 0, limit: 50, filters: {} })))[1]);
    let scanMs = 0;
    let agree = true;
    for (const query of queries.slice(0, 3)) {
      const [n, ms] = timed(() => scan.get(query));
      scanMs += ms / 3;
      agree &&= n === (handlers['reports.search']({ query, offset: 0, limit: 1, filters: {} }) as { total: number }).total;
    }
    const p95 = quantile(times, 0.95);
    row(`search, ${length}-character query`, `p50 ${fmt(quantile(times, 0.5), 1)} / p95 ${fmt(p95, 1)} ms${agree ? '' : ' (COUNTS DIFFER from scan)'}`, 'p95 ≤ 50 ms', `substring scan ${fmt(scanMs, 0)} ms`, versus(scanMs, p95), p95 <= 50 && agree);
  }

  // 8. Related, open, trends.
  const ids = Array.from({ length: 40 }, () => 1 + rand(total));
  const readRow = db.prepare('SELECT * FROM reports WHERE id = ?');
  const [, rowMs] = timed(() => ids.forEach((id) => readRow.get(id)));
  const related = ids.map((id) => timed(() => JSON.stringify(handlers['reports.related']({ id })))[1]);
  row('reports.related', `p95 ${fmt(quantile(related, 0.95), 1)} ms`, '—', `row read ${fmt(rowMs / ids.length, 2)} ms`, '', null);
  const opened = ids.map((id) => timed(() => JSON.stringify(handlers['reports.get']({ id })))[1]);
  row('reports.get (open, ~20 KB report)', `p95 ${fmt(quantile(opened, 0.95), 1)} ms`, 'first screen ≤ 1 s', `row read ${fmt(rowMs / ids.length, 2)} ms`, '', quantile(opened, 0.95) <= 1000);
  const regionKeys = (db.prepare(`SELECT DISTINCT coalesce(region_code, region) FROM reports WHERE region_code IS NOT NULL LIMIT 12`).pluck().all() as string[]);
  const trendTimes: number[] = [];
  for (let i = 0; i < 11; i++) trendTimes.push((await timedAsync(() => handlers['trends.series']({ indicator: 'admin_review_received', regions: regionKeys.slice(0, 1 + (i % 12)) })))[1]);
  const [coldTrend, ...warmTrends] = trendTimes;
  row('trends.series (1–12 regions)', `first ${fmt(coldTrend!, 0)} ms, then p95 ${fmt(quantile(warmTrends, 0.95), 1)} ms`, '—', '—', '', null);
  db.close();

  // 9. CLI start; baseline: Node starting with nothing to do.
  const small = join(root, 'small.txt');
  writeFileSync(small, '宁都县2023年法治政府建设情况报告\n全年收到行政复议申请52件,审结45件。\n');
  const run = (args: string[]) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) times.push(timed(() => spawnSync(process.execPath, args, { stdio: 'ignore' }))[1]);
    return quantile(times, 0.5);
  };
  const bare = run(['-e', '0']);
  const bundled = existsSync('dist/cli/cli.mjs') ? 'bundled' : 'sources';
  for (const [what, args] of [['--version', ['bin/nianbao.js', '--version']], ['inspect small.txt', ['bin/nianbao.js', 'inspect', small]]] as const) {
    const ms = run([...args]);
    row(`CLI ${what} (${bundled})`, `median ${fmt(ms, 0)} ms`, '≤ 500 ms', `node -e 0 ${fmt(bare, 0)} ms`, `${fmt(ms / bare, 1)}×`, ms <= 500);
  }

  // 10. Analysis speed on one thread (decode excluded): what each import worker does per report, once warm (a worker
  // analyses thousands of files; the first ones pay for compiling the code and building the gazetteer's indexes).
  const sample = texts.slice(0, 150).map((t) => t.text);
  const sampleBytes = sample.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const [, coldMs] = timed(() => sample.slice(0, 30).forEach((t) => analyseReport(t)));
  const passes = [0, 1, 2].map(() => timed(() => sample.forEach((t) => analyseReport(t)))[1]);
  const analyseMBs = sampleBytes / MB / (quantile(passes, 0.5) / 1000);
  const coldMBs = sample.slice(0, 30).reduce((n, t) => n + Buffer.byteLength(t), 0) / MB / (coldMs / 1000);
  row('analysis (junk, meta, figures), one thread', `${fmt(analyseMBs)} MB/s (median of 3 passes)`, '≥ 20 MB/s', `first 30 reports, cold: ${fmt(coldMBs)} MB/s`, '', analyseMBs >= 20);
  // the same on real reports' excerpts, when the corpus is beside the project: denser in figures than the generated text
  const corpus = join('..', 'shared', 'corpus');
  if (existsSync(corpus)) {
    const real = ['seeds', 'dev'].flatMap((d) => readdirSync(join(corpus, d)).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, d, f), 'utf8')));
    const realBytes = real.reduce((n, t) => n + Buffer.byteLength(t), 0);
    // warm first: their figures, tables and exclusions take code paths the generated text never reaches
    for (let i = 0; i < 10; i++) real.forEach((t) => analyseReport(t));
    const realPasses = [0, 1, 2, 3, 4].map(() => timed(() => real.forEach((t) => analyseReport(t)))[1]);
    const realMBs = realBytes / MB / (quantile(realPasses, 0.5) / 1000);
    row('analysis of real excerpts (../shared/corpus), one thread', `${fmt(realMBs)} MB/s (${real.length} files, ${fmt(realBytes / 1e3, 0)} kB)`, '—', '', '', null);
  }
} finally {
  if (process.env.BENCH_KEEP || reuse) console.log(`kept ${root}`);
  else rmSync(root, { recursive: true, force: true });
}

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length), ['what', 'measured', 'goal', 'baseline', 'ratio', ''][i]!.length));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(`\n${line(['what', 'measured', 'goal', 'same-run baseline', 'ratio', ''])}`);
for (const r of rows) console.log(line(r));
