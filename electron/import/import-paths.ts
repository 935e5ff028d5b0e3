// A bulk import job over files and folders: each file its own transaction, progress after each, cancellable.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportFileResult, ImportProgress, ImportSummary } from '../../shared/api.ts';
import { MAX_FILE_BYTES } from '../../shared/text/sniff.ts';
import type { Db } from '../library/open.ts';
import { importFile } from './import-file.ts';
import { walkImportPaths } from './walk.ts';
import { notReached, pathFailure, storeFailure } from './entry-failures.ts';

export interface ImportJobOptions {
  jobId: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export async function importPaths(db: Db, paths: readonly string[], options: ImportJobOptions): Promise<ImportSummary> {
  const walk = walkImportPaths(paths);
  const files = walk.files;
  const results: ImportFileResult[] = walk.failures.map((f) => pathFailure(f.path, f.code));
  const total = files.length + walk.failures.length;
  const count = (status: ImportFileResult['status']) => results.filter((r) => r.status === status).length;
  let cancelled = false;
  for (const [index, path] of files.entries()) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    options.onProgress?.({ jobId: options.jobId, done: walk.failures.length + index, total, current: basename(path), imported: count('imported'), failed: count('failed') });
    try {
      results.push(await importOnePath(db, path));
    } catch (error) {
      // one file's failure to store is that file's; a full disk or a damaged library ends the job, and says so
      const { result, stop } = storeFailure(path, error);
      results.push(result);
      if (stop) {
        results.push(...files.slice(index + 1).map((rest) => notReached(rest, result.reason)));
        break;
      }
    }
  }
  options.onProgress?.({ jobId: options.jobId, done: results.length, total, current: null, imported: count('imported'), failed: count('failed') });
  return {
    jobId: options.jobId,
    total,
    imported: count('imported'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled,
    results,
  };
}

async function importOnePath(db: Db, path: string): Promise<ImportFileResult> {
  const fileName = basename(path);
  const fail = (reason: ImportFileResult['reason'], message: string): ImportFileResult => ({
    fileName, status: 'failed', reportId: null, existing: null, reason, message: `${path}: ${message}`, summary: null,
  });
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return pathFailure(path, 'NOT-A-FILE');
    size = stat.size;
  } catch (error) {
    return pathFailure(path, (error as NodeJS.ErrnoException).code ?? 'EIO');
  }
  if (size > MAX_FILE_BYTES) {
    return { ...fail('too-large', `文件过大(${(size / 1048576).toFixed(1)} MB,上限 ${MAX_FILE_BYTES / 1048576} MB)`), detail: { measure: 'file', path, bytes: size, limit: MAX_FILE_BYTES } };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return pathFailure(path, (error as NodeJS.ErrnoException).code ?? 'EIO');
  }
  return importFile(db, fileName, bytes);
}
