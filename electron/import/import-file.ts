// One file into the library: read, analyse, then de-duplicate and store report and figures in one write
// transaction, so that two processes importing the same file store it once.
import { createHash } from 'node:crypto';
import { analyseReport } from '../../shared/report/analyse.ts';
import { normaliseForHash } from '../../shared/text/normalise.ts';
import { EXTRACTOR_VERSION } from '../../shared/figures/extract.ts';
import type { ImportFileResult } from '../../shared/api.ts';
import type { ProblemData } from '../../shared/errors.ts';
import { writeTransaction, type Db } from '../library/open.ts';
import { findByContentHash, getSummary, insertReport } from '../library/reports.ts';
import { storeExtractedFigures } from '../library/reviews.ts';
import { readReport } from './read-report.ts';
import { checkFigureBounds } from './bounds.ts';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function failed(fileName: string, reason: ImportFileResult['reason'], message: string, detail?: ProblemData): ImportFileResult {
  return { fileName, status: 'failed', reportId: null, existing: null, reason, message, detail, summary: null };
}

export async function importFile(db: Db, fileName: string, bytes: Uint8Array): Promise<ImportFileResult> {
  let read;
  try {
    read = await readReport(bytes, fileName);
  } catch (error) {
    return failed(fileName, 'error', `读取失败:${(error as Error).message}`, { message: (error as Error).message });
  }
  if (!read.ok) return failed(fileName, read.reason, read.message, read.detail);

  const analysis = analyseReport(read.text, fileName);
  const bounds = checkFigureBounds(analysis.figures.length);
  if (bounds) return failed(fileName, bounds.reason, bounds.message, bounds.detail);
  const contentSha256 = sha256(normaliseForHash(read.text, analysis.junk));

  // The duplicate check runs under the write lock: another process cannot insert the same text in between.
  const stored = writeTransaction(db, () => {
    const existing = findByContentHash(db, contentSha256);
    if (existing) return { existing, id: null };
    const id = insertReport(db, {
      fileName,
      format: read.format,
      original: bytes,
      bytesSha256: sha256(bytes),
      contentSha256,
      encoding: read.encoding,
      decodeWarning: read.warning,
      text: read.text,
      junk: analysis.junk,
      detected: analysis.meta,
      extractorVersion: EXTRACTOR_VERSION,
    });
    storeExtractedFigures(db, id, analysis.figures);
    return { existing: null, id };
  });
  if (stored.existing) {
    const existing = stored.existing;
    return {
      fileName,
      status: 'duplicate',
      reportId: existing.id,
      existing,
      reason: 'duplicate',
      message: `资料库中已有相同内容的报告:${existing.title ?? `#${existing.id}`}`,
      summary: getSummary(db, existing.id) ?? null,
    };
  }
  return {
    fileName,
    status: 'imported',
    reportId: stored.id!,
    existing: null,
    reason: null,
    message: read.warning,
    summary: getSummary(db, stored.id) ?? null,
  };
}
