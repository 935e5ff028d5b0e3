// One file into the library: read, analyse, de-duplicate, then store report and figures in one transaction.
import { createHash } from 'node:crypto';
import { analyseReport } from '../../shared/report/analyse.ts';
import { normaliseForHash } from '../../shared/text/normalise.ts';
import { EXTRACTOR_VERSION } from '../../shared/figures/extract.ts';
import type { ImportFileResult } from '../../shared/api.ts';
import type { Db } from '../library/open.ts';
import { findByContentHash, getSummary, insertReport } from '../library/reports.ts';
import { storeExtractedFigures } from '../library/reviews.ts';
import { readReport } from './read-report.ts';

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

function failed(fileName: string, reason: ImportFileResult['reason'], message: string): ImportFileResult {
  return { fileName, status: 'failed', reportId: null, existing: null, reason, message, summary: null };
}

export async function importFile(db: Db, fileName: string, bytes: Uint8Array): Promise<ImportFileResult> {
  let read;
  try {
    read = await readReport(bytes, fileName);
  } catch (error) {
    return failed(fileName, 'error', `读取失败:${(error as Error).message}`);
  }
  if (!read.ok) return failed(fileName, read.reason, read.message);

  const analysis = analyseReport(read.text, fileName);
  const contentSha256 = sha256(normaliseForHash(read.text, analysis.junk));
  const existing = findByContentHash(db, contentSha256);
  if (existing) {
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

  const reportId = db.transaction(() => {
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
    return id;
  })();
  return {
    fileName,
    status: 'imported',
    reportId,
    existing: null,
    reason: null,
    message: read.warning,
    summary: getSummary(db, reportId) ?? null,
  };
}
