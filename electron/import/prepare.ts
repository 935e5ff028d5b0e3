// Everything an import does before it writes: read, recognise an identical file by its hash, decode, analyse, hash
// the content, compress the original and build the search document. No writes, so import workers run it.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { analyseReport } from '../../shared/report/analyse.ts';
import { normaliseForHash } from '../../shared/text/normalise.ts';
import { EXTRACTOR_VERSION } from '../../shared/figures/extract.ts';
import { MAX_FILE_BYTES } from '../../shared/text/sniff.ts';
import type { Figure } from '../../shared/figures/types.ts';
import type { ImportFailureReason, ImportFileResult } from '../../shared/api.ts';
import type { ProblemData } from '../../shared/errors.ts';
import { checkFigureBounds } from './bounds.ts';
import { pathFailure } from './entry-failures.ts';
import { prepareStorage, type NewReport } from '../library/reports.ts';
import { readReport } from './read-report.ts';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

export interface KnownReport {
  id: number;
  title: string | null;
}

/** Looks up a report imported from exactly these bytes (a read-only question to the library). */
export type KnownBytes = (bytesSha256: string) => KnownReport | undefined;

/** `path` is set for files read by path, so a failure to store names it. */
export type PreparedFile =
  | { kind: 'failed'; fileName: string; path?: string; reason: ImportFailureReason; message: string; detail?: ProblemData }
  | { kind: 'duplicate'; fileName: string; path?: string; existing: KnownReport }
  | { kind: 'ready'; fileName: string; path?: string; report: NewReport; figures: Figure[]; warning: string | null };

export async function prepareBytes(bytes: Uint8Array, fileName: string, knownBytes?: KnownBytes): Promise<PreparedFile> {
  const failed = (reason: ImportFailureReason, message: string, detail?: ProblemData): PreparedFile => ({ kind: 'failed', fileName, reason, message, detail });
  const bytesSha256 = sha256(bytes);
  const existing = knownBytes?.(bytesSha256);
  if (existing) return { kind: 'duplicate', fileName, existing };
  let read;
  try {
    read = await readReport(bytes, fileName);
  } catch (error) {
    return failed('error', `读取失败:${(error as Error).message}`, { message: (error as Error).message });
  }
  if (!read.ok) return failed(read.reason, read.message, read.detail);
  const analysis = analyseReport(read.text, fileName);
  const bounds = checkFigureBounds(analysis.figures.length);
  if (bounds) return failed(bounds.reason, bounds.message, bounds.detail);
  return {
    kind: 'ready',
    fileName,
    warning: read.warning,
    figures: analysis.figures,
    report: {
      fileName,
      format: read.format,
      original: bytes,
      bytesSha256,
      contentSha256: sha256(normaliseForHash(read.text, analysis.junk)),
      encoding: read.encoding,
      decodeWarning: read.warning,
      text: read.text,
      junk: analysis.junk,
      detected: analysis.meta,
      extractorVersion: EXTRACTOR_VERSION,
      stored: prepareStorage(bytes, read.text),
    },
  };
}

/** A file by path: its size checked before it is read; failures name the path. */
export async function preparePath(path: string, knownBytes?: KnownBytes): Promise<PreparedFile> {
  const fileName = basename(path);
  const fromPath = (result: ImportFileResult): PreparedFile => ({
    kind: 'failed', fileName, path, reason: result.reason!, message: result.message ?? '', detail: result.detail,
  });
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return fromPath(pathFailure(path, 'NOT-A-FILE'));
    size = stat.size;
  } catch (error) {
    return fromPath(pathFailure(path, (error as NodeJS.ErrnoException).code ?? 'EIO'));
  }
  if (size > MAX_FILE_BYTES) {
    return {
      kind: 'failed', fileName, path, reason: 'too-large',
      message: `${path}: 文件过大(${(size / 1048576).toFixed(1)} MB,上限 ${MAX_FILE_BYTES / 1048576} MB)`,
      detail: { measure: 'file', path, bytes: size, limit: MAX_FILE_BYTES },
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fromPath(pathFailure(path, (error as NodeJS.ErrnoException).code ?? 'EIO'));
  }
  return { ...(await prepareBytes(bytes, fileName, knownBytes)), path };
}
