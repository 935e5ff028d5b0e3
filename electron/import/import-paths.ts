// A bulk import job over files and folders. Workers (one per core) prepare files; this thread is the one writer:
// it stores prepared files in short transactions (one savepoint per file, so a failing file loses nothing else),
// yields between them so other API calls are served, reports progress every 150 ms, and stops at once
// when cancelled (files already prepared are kept, the rest are not started).
import { availableParallelism } from 'node:os';
import type { ImportFileResult, ImportProgress, ImportSummary } from '../../shared/api.ts';
import type { Db } from '../library/open.ts';
import { findByBytesHash } from '../library/reports.ts';
import { PreparePool, prepareInline } from './pool.ts';
import { preparePath, type PreparedFile } from './prepare.ts';
import { storePrepared } from './store.ts';
import { expandImportPaths } from './walk.ts';

export interface ImportJobOptions {
  jobId: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Worker threads preparing files; 0 prepares them on this thread. Default: one per core. */
  workers?: number;
}

// every 150 ms, so that with the writer's slices and a busy machine at least four a second arrive
const PROGRESS_MS = 150;
/** Longest a write slice holds this thread (and the library's write lock). */
const SLICE_MS = 25;
/** Commits (each an fsync) at most this often, unless enough files wait. */
const COMMIT_EVERY_MS = 100;
const COMMIT_FILES = 32;

export async function importPaths(db: Db, paths: readonly string[], options: ImportJobOptions): Promise<ImportSummary> {
  const files = expandImportPaths(paths);
  const results: ImportFileResult[] = [];
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  let current: string | null = null;
  const progress = (): ImportProgress => ({
    jobId: options.jobId, done: results.length, total: files.length, current, imported: counts.imported, failed: counts.failed,
  });
  options.onProgress?.(progress());

  const workerCount = Math.min(options.workers ?? availableParallelism(), files.length);
  const inline = (path: string) => preparePath(path, (hash) => findByBytesHash(db, hash));
  const pool = workerCount > 1 || (workerCount === 1 && options.workers !== undefined) ? new PreparePool(db.name, prepareInline(db), workerCount) : null;
  const prepare = pool ? (path: string) => pool.prepare(path) : inline;
  const maxInFlight = Math.max(2, (pool?.size ?? 1) * 2);

  const timer = setInterval(() => options.onProgress?.(progress()), PROGRESS_MS);
  // WAL commits without an fsync each while the job runs: still atomic and consistent after any crash (a power cut
  // may lose the last commits, never half a report), and the writer no longer waits on the disk five times a second
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  const ready: PreparedFile[] = [];
  let next = 0;
  let inFlight = 0;
  let writeScheduled = false;
  let cancelled = false;
  let lastCommit = 0;

  const record = (result: ImportFileResult) => {
    results.push(result);
    counts[result.status]++;
    current = result.fileName;
  };
  const storeOne = (prepared: PreparedFile) => {
    try {
      record(db.transaction(() => storePrepared(db, prepared))());
    } catch (error) {
      record({ fileName: prepared.fileName, status: 'failed', reportId: null, existing: null, reason: 'error', message: `${prepared.fileName}: 写入资料库失败:${(error as Error).message}`, summary: null });
    }
  };

  try {
    await new Promise<void>((resolve) => {
      const finishIfDone = () => {
        if (ready.length > 0 || writeScheduled) return;
        if (cancelled || (next === files.length && inFlight === 0)) resolve();
      };
      const write = () => {
        writeScheduled = false;
        if (!db.open) {
          // the library was closed under the job (the app is quitting): nothing more can be written
          cancelled = true;
          ready.length = 0;
          void pool?.close();
          finishIfDone();
          return;
        }
        const started = performance.now();
        db.transaction(() => {
          while (ready.length > 0 && performance.now() - started < SLICE_MS) storeOne(ready.shift()!);
        })();
        lastCommit = performance.now();
        if (ready.length > 0) scheduleWrite();
        finishIfDone();
      };
      const scheduleWrite = () => {
        if (writeScheduled) return;
        writeScheduled = true;
        const allPrepared = cancelled || (next === files.length && inFlight === 0);
        const wait = ready.length >= COMMIT_FILES || allPrepared ? 0 : Math.max(0, lastCommit + COMMIT_EVERY_MS - performance.now());
        if (wait === 0) setImmediate(write);
        else setTimeout(write, wait);
      };
      const pump = () => {
        while (!cancelled && inFlight < maxInFlight && next < files.length) {
          const path = files[next++]!;
          inFlight++;
          prepare(path).then(
            (prepared) => {
              inFlight--;
              if (cancelled) return;
              ready.push(prepared);
              scheduleWrite();
              pump();
            },
            (error: unknown) => {
              inFlight--;
              if (cancelled) return;
              ready.push({ kind: 'failed', fileName: path, reason: 'error', message: `${path}: ${(error as Error).message}` });
              scheduleWrite();
              pump();
            },
          );
        }
        finishIfDone();
      };
      const onAbort = () => {
        cancelled = true;
        void pool?.close();
        if (ready.length > 0) scheduleWrite();
        finishIfDone();
      };
      if (options.signal?.aborted) onAbort();
      else options.signal?.addEventListener('abort', onAbort, { once: true });
      pump();
    });
  } finally {
    clearInterval(timer);
    if (db.open) db.pragma(`synchronous = ${synchronous}`);
    await pool?.close();
  }
  current = null;
  options.onProgress?.(progress());
  return {
    jobId: options.jobId,
    total: files.length,
    imported: counts.imported,
    duplicates: counts.duplicate,
    failed: counts.failed,
    cancelled,
    results,
  };
}
