// A bulk import job over files and folders. Workers (one per core but this one) prepare files; this thread is the
// one writer: it stores prepared files in short transactions (one savepoint per file, so a failing file loses nothing
// else), yields between them so other API calls are served, reports progress every 150 ms, and stops at once when
// cancelled (the write slice in hand is committed; files prepared but not yet written are left, as are the files not
// begun). A path that cannot be read is that file's failure; a full disk or a damaged library stops the job and the
// summary lists every file not imported.
import { availableParallelism } from 'node:os';
import type { ImportFileResult, ImportProgress, ImportSummary } from '../../shared/api.ts';
import { writeTransaction, type Db } from '../library/open.ts';
import { findByBytesHash, indexSearch, type PendingSearch } from '../library/reports.ts';
import { PreparePool, WORKER_DEPTH, prepareInline } from './pool.ts';
import { preparePath, type PreparedFile } from './prepare.ts';
import { storePrepared } from './store.ts';
import { walkImportPaths } from './walk.ts';
import { notReached, pathFailure, storeFailure } from './entry-failures.ts';

export interface ImportJobOptions {
  jobId: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
  /** Worker threads preparing files; 0 prepares them on this thread. Default: one per core but the writer's. */
  workers?: number;
  /** Bytes of files begun but not yet written past which no more are begun (one is always let through). */
  maxAheadBytes?: number;
}

/**
 * One core is left to this thread, the writer: on two cores, two workers and the writer took turns on two cores
 * and the writer, which every file waits for, got two thirds of one.
 */
export const defaultWorkers = (): number => Math.max(1, availableParallelism() - 1);

// every 150 ms, so that with the writer's slices and a busy machine at least four a second arrive
const PROGRESS_MS = 150;
/** Longest a write slice holds this thread (and the library's write lock). */
const SLICE_MS = 25;
/** Commits (each an fsync) at most this often, unless enough files wait. */
const COMMIT_EVERY_MS = 100;
const COMMIT_FILES = 32;
/** The default of maxAheadBytes: a few large reports, prepared with their search documents, take hundreds of megabytes. */
const MAX_AHEAD_BYTES = 48_000_000;

export async function importPaths(db: Db, paths: readonly string[], options: ImportJobOptions): Promise<ImportSummary> {
  const walk = walkImportPaths(paths);
  const files = walk.files;
  const total = files.length + walk.failures.length;
  const results: ImportFileResult[] = [];
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  let current: string | null = null;
  const progress = (): ImportProgress => ({
    jobId: options.jobId, done: results.length, total, current, imported: counts.imported, failed: counts.failed,
  });
  options.onProgress?.(progress());

  const workerCount = Math.min(options.workers ?? defaultWorkers(), files.length);
  const inline = (path: string) => preparePath(path, (hash) => findByBytesHash(db, hash));
  // one file alone is prepared here, unless workers were asked for: starting a worker costs more than it saves
  const pool = workerCount > 0 && (files.length > 1 || options.workers !== undefined) ? new PreparePool(db.name, prepareInline(db), workerCount) : null;
  const prepare = pool ? (path: string) => pool.prepare(path) : inline;
  // files being prepared or waiting for the writer: enough to keep every worker busy through a write slice and to
  // commit many files at once (each commit writes the search index's new segment), few enough that a slow disk
  // does not pile prepared reports up in memory
  const maxAhead = pool ? pool.size * WORKER_DEPTH + COMMIT_FILES : 16;

  const timer = setInterval(() => options.onProgress?.(progress()), PROGRESS_MS);
  // WAL commits without an fsync each while the job runs: still atomic and consistent after any crash (a power cut
  // may lose the last commits, never half a report), and the writer no longer waits on the disk five times a second
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');

  const ready: PreparedFile[] = [];
  /** Bytes of the files begun and not yet written. */
  let aheadBytes = 0;
  const sizeOf = (path: string | undefined) => (path ? (walk.sizes.get(path) ?? 0) : 0);
  const leaving = (prepared: PreparedFile) => (aheadBytes -= sizeOf(prepared.path));
  /** Whether no more files may be begun, so the writer should write now. */
  const full = () =>
    inFlight + ready.length >= maxAhead || (aheadBytes > 0 && aheadBytes + sizeOf(files[next]) > (options.maxAheadBytes ?? MAX_AHEAD_BYTES));
  let next = 0;
  let inFlight = 0;
  let writeScheduled = false;
  let cancelled = false;
  let finished = false;
  /** Files a worker is preparing: when the job stops, they are listed as not imported. */
  const preparing = new Set<string>();
  /** Why the job stopped before its end (a full disk, a damaged library): no later file can get in. */
  let stopped: ImportFileResult['reason'] = null;
  let lastCommit = 0;

  const record = (result: ImportFileResult) => {
    results.push(result);
    counts[result.status]++;
    current = result.fileName;
  };
  for (const failure of walk.failures) record(pathFailure(failure.path, failure.code));
  const stop = (reason: ImportFileResult['reason']) => {
    stopped = reason;
    cancelled = true;
    void pool?.close();
  };
  /** One file in its own savepoint; its results are recorded only once the slice commits. */
  const storeOne = (prepared: PreparedFile, slice: ImportFileResult[], pending: PendingSearch) => {
    if (stopped) return;
    try {
      const own: PendingSearch = [];
      slice.push(db.transaction(() => storePrepared(db, prepared, own))());
      pending.push(...own);
    } catch (error) {
      const failure = storeFailure(prepared.path ?? prepared.fileName, error);
      slice.push(failure.result);
      if (failure.stop) stop(failure.result.reason);
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
        waitingWrite = null;
        if (!db.open) {
          // the library was closed under the job (the app is quitting): nothing more can be written
          cancelled = true;
          ready.splice(0).forEach(leaving);
          void pool?.close();
          finishIfDone();
          return;
        }
        const started = performance.now();
        const slice: ImportFileResult[] = [];
        const batch: PreparedFile[] = [];
        try {
          writeTransaction(db, () => {
            slice.length = 0;
            const pending: PendingSearch = [];
            while (ready.length > 0 && !stopped && performance.now() - started < SLICE_MS) {
              const prepared = ready.shift()!;
              leaving(prepared);
              batch.push(prepared);
              storeOne(prepared, slice, pending);
            }
            // the slice's search documents in one go (see insertReport); a failure here fails the whole slice
            indexSearch(db, pending);
          });
          for (const r of slice) record(r);
        } catch (error) {
          // the commit failed (a full disk), or SQLite rolled the whole transaction back when a file hit a full
          // disk: nothing of this slice got in. The file that failed keeps its own reason; the others were not reached.
          batch.forEach((prepared, k) => {
            const path = prepared.path ?? prepared.fileName;
            const own = slice[k];
            if (own?.status === 'failed') record(own);
            else if (stopped) record(notReached(path, stopped));
            else {
              const failure = storeFailure(path, error);
              record(failure.result);
              if (failure.stop) stop(failure.result.reason);
            }
          });
        }
        if (stopped) {
          for (const prepared of ready.splice(0)) {
            leaving(prepared);
            record(notReached(prepared.path ?? prepared.fileName, stopped));
          }
        }
        // cancelled: the slice in hand is in; files prepared but not written are left, as files not begun are
        if (cancelled) ready.splice(0).forEach(leaving);
        lastCommit = performance.now();
        if (ready.length > 0) scheduleWrite();
        pump();
      };
      let waitingWrite: NodeJS.Timeout | null = null;
      const scheduleWrite = () => {
        const allPrepared = cancelled || (next === files.length && inFlight === 0);
        // write at once when enough files wait, or when the workers would otherwise wait for the writer
        const now = ready.length >= COMMIT_FILES || full() || allPrepared;
        if (writeScheduled && !(now && waitingWrite)) return;
        if (waitingWrite) clearTimeout(waitingWrite);
        waitingWrite = null;
        writeScheduled = true;
        const wait = now ? 0 : Math.max(0, lastCommit + COMMIT_EVERY_MS - performance.now());
        if (wait === 0) setImmediate(write);
        else waitingWrite = setTimeout(write, wait);
      };
      const pump = () => {
        while (!cancelled && !full() && next < files.length) {
          const path = files[next++]!;
          aheadBytes += sizeOf(path);
          inFlight++;
          preparing.add(path);
          prepare(path).then(
            (prepared) => {
              inFlight--;
              preparing.delete(path);
              if (cancelled) {
                if (stopped && !finished) record(notReached(path, stopped));
                return;
              }
              ready.push(prepared);
              scheduleWrite();
              pump();
            },
            (error: unknown) => {
              inFlight--;
              preparing.delete(path);
              if (cancelled) {
                if (stopped && !finished) record(notReached(path, stopped));
                return;
              }
              ready.push({ kind: 'failed', fileName: path, path, reason: 'error', message: `${path}: ${(error as Error).message}` });
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
  finished = true;
  if (stopped) for (const path of [...preparing, ...files.slice(next)]) record(notReached(path, stopped));
  current = null;
  options.onProgress?.(progress());
  return {
    jobId: options.jobId,
    total,
    imported: counts.imported,
    duplicates: counts.duplicate,
    failed: counts.failed,
    cancelled: cancelled && !stopped,
    results,
  };
}
