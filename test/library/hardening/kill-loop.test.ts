// Issue 10 "Done when": 50 SIGKILLs at random moments of a bulk import. After each, the library opens, passes
// integrity_check and holds only whole reports (every report with all its figures); the import, resumed,
// ends with every file in once. (A fast import fills a library in a few kills; the kills then go on in a new one.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { analyseReport } from '../../../shared/report/analyse.ts';
import { openLibrary } from '../../../electron/library/open.ts';
import { writeReportFolder } from '../../fixtures/hostile/report-folder.ts';

const KILLS = 50;
const FILES = 150;
/** Longer reports (the fixture and its body repeated) so that a kill often lands inside a write. */
const REPEAT = 4;
const child = fileURLToPath(new URL('./import-child.ts', import.meta.url));

interface Run {
  killed: boolean;
  output: string;
  /** From the job's start (the child's "ready"): the first progress with a file stored, and the job's summary. */
  firstStoredMs: number;
  endMs: number;
}

/** Runs the import; with `kill`, SIGKILLs it `ms` after the job began (the child's "ready"). */
function runUntilKilled(library: string, paths: string[], kill: { ms: number } | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, library, ...paths], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    let killed = false;
    let armed = false;
    let began = 0;
    let firstStoredMs = NaN;
    let endMs = NaN;
    proc.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      if (armed && Number.isNaN(firstStoredMs) && /^file [1-9]/m.test(String(chunk))) firstStoredMs = performance.now() - began;
      if (armed && /^\{/m.test(String(chunk))) endMs = performance.now() - began;
      if (!armed && /^ready$/m.test(output)) {
        armed = true;
        began = performance.now();
        if (!kill) return;
        setTimeout(() => {
          killed = proc.exitCode === null;
          proc.kill('SIGKILL');
        }, kill.ms);
      }
    });
    proc.once('error', reject);
    proc.once('exit', () => resolve({ killed, output, firstStoredMs, endMs }));
  });
}

describe('50 kills in the middle of a bulk import', () => {
  let dir: string;
  let folder: string;
  let library: string;
  let figuresPerReport: number;
  let names: string[];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-kills-'));
    folder = join(dir, 'reports');
    library = join(dir, 'library.sqlite');
    names = writeReportFolder(folder, FILES, REPEAT);
    expect(names).toHaveLength(FILES);
    figuresPerReport = analyseReport(readFileSync(join(folder, names[0]!), 'utf8'), names[0]!).figures.length;
    expect(figuresPerReport).toBeGreaterThan(20);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves a sound library with whole reports after every kill, and the resumed import ends with every file once', { timeout: 240_000 }, async () => {
    let killedMidRun = 0;
    let grew = 0;
    let before = 0;
    let stored = new Set<string>();
    // when the whole folder's first files are stored here and when it ends: kills are timed within a job on this
    // machine, however fast (half anywhere from its start, half while files are being stored)
    const calibration = await runUntilKilled(join(dir, 'calibration.sqlite'), [folder], null);
    const firstStored = Math.max(0, calibration.firstStoredMs - 150);
    for (let kill = 0; kill < KILLS; kill++) {
      // each run is given the files not in yet (so that kills land on new reports, not on the duplicate check);
      // it is killed at a random moment within the time its files should take
      let remaining = names.filter((name) => !stored.has(name)).map((name) => join(folder, name));
      // a fast import lets many files in before a kill: with few left, the next kills go to a new library, so that
      // every run has work to be killed in
      if (remaining.length < 40) {
        library = join(dir, `library-${kill}.sqlite`);
        stored = new Set();
        before = 0;
        remaining = names.map((name) => join(folder, name));
      }
      const end = firstStored + (calibration.endMs - firstStored) * (remaining.length / FILES);
      const ms = kill % 2 === 0 ? Math.random() * end : firstStored + Math.random() * (end - firstStored);
      const { killed } = await runUntilKilled(library, remaining, { ms });
      if (killed) killedMidRun++;
      const db = openLibrary(library); // runs quick_check: throws on a damaged library
      try {
        expect(db.pragma('integrity_check', { simple: true }), `after kill ${kill + 1}`).toBe('ok');
        const partial = db.prepare('SELECT count(*) AS n FROM reports r WHERE (SELECT count(*) FROM figures f WHERE f.report_id = r.id) != ?').get(figuresPerReport) as { n: number };
        expect(partial.n, `reports without all their figures after kill ${kill + 1}`).toBe(0);
        const { n, uniq: distinct } = db.prepare('SELECT count(*) AS n, count(DISTINCT content_sha256) AS uniq FROM reports').get() as { n: number; uniq: number };
        expect(distinct).toBe(n);
        if (n > before) grew++;
        before = n;
        stored = new Set((db.prepare('SELECT file_name FROM reports').all() as Array<{ file_name: string }>).map((r) => r.file_name));
      } finally {
        db.close();
      }
    }
    // the resumed import: the whole folder again
    const last = await runUntilKilled(library, [folder], null);
    const summary = JSON.parse(last.output.trim().split('\n').pop()!) as { imported: number; duplicates: number; failed: number };
    expect(summary.failed).toBe(0);
    const db = new Database(library, { readonly: true });
    const { n, uniq: distinct } = db.prepare('SELECT count(*) AS n, count(DISTINCT content_sha256) AS uniq FROM reports').get() as { n: number; uniq: number };
    db.close();
    expect(n).toBe(FILES);
    expect(distinct).toBe(FILES);
    // most kills land while the import runs (the worker import finishes small remainders before some of them)
    expect(killedMidRun).toBeGreaterThanOrEqual(KILLS * 0.8);
    // and some of them after files had been stored, during later writes
    expect(grew).toBeGreaterThan(0);
    console.log(`${KILLS} kills: ${killedMidRun} while the job ran, ${grew} after the library had grown; resumed import: ${summary.imported} more, ${summary.duplicates} already in, 0 failed; ${FILES} files once each`);
  });
});

