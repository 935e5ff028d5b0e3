// A bulk import job over files and folders: each file its own transaction, progress after each, cancellable.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportFileResult, ImportProgress, ImportSummary } from '../../shared/api.ts';
import { MAX_FILE_BYTES } from '../../shared/text/sniff.ts';
import type { Db } from '../library/open.ts';
import { importFile } from './import-file.ts';
import { expandImportPaths } from './walk.ts';

export interface ImportJobOptions {
  jobId: string;
  onProgress?: (progress: ImportProgress) => void;
  signal?: AbortSignal;
}

export async function importPaths(db: Db, paths: readonly string[], options: ImportJobOptions): Promise<ImportSummary> {
  const files = expandImportPaths(paths);
  const results: ImportFileResult[] = [];
  const count = (status: ImportFileResult['status']) => results.filter((r) => r.status === status).length;
  let cancelled = false;
  for (const [index, path] of files.entries()) {
    if (options.signal?.aborted) {
      cancelled = true;
      break;
    }
    options.onProgress?.({ jobId: options.jobId, done: index, total: files.length, current: basename(path), imported: count('imported'), failed: count('failed') });
    results.push(await importOnePath(db, path));
  }
  options.onProgress?.({ jobId: options.jobId, done: results.length, total: files.length, current: null, imported: count('imported'), failed: count('failed') });
  return {
    jobId: options.jobId,
    total: files.length,
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
    size = statSync(path).size;
  } catch {
    return fail('unreadable', '找不到该文件或无权读取');
  }
  if (size > MAX_FILE_BYTES) return fail('too-large', `文件过大(${(size / 1048576).toFixed(1)} MB,上限 ${MAX_FILE_BYTES / 1048576} MB)`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fail('unreadable', `无法读取:${(error as Error).message}`);
  }
  return importFile(db, fileName, bytes);
}
