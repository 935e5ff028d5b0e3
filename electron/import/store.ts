// The writer's half of an import: a prepared file into the library (report, text, original, search, figures).
// The caller holds the transaction; a content already in the library is a duplicate, named.
import type { ImportFileResult } from '../../shared/api.ts';
import type { Db } from '../library/open.ts';
import { findByContentHash, getSummary, insertReport, type PendingSearch } from '../library/reports.ts';
import { storeExtractedFigures } from '../library/reviews.ts';
import type { KnownReport, PreparedFile } from './prepare.ts';

function duplicate(db: Db, fileName: string, existing: KnownReport): ImportFileResult {
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

/** `pending`: where a bulk import collects search documents to index after the file's savepoint (insertReport). */
export function storePrepared(db: Db, prepared: PreparedFile, pending?: PendingSearch): ImportFileResult {
  switch (prepared.kind) {
    case 'failed':
      return {
        fileName: prepared.fileName, status: 'failed', reportId: null, existing: null, reason: prepared.reason, message: prepared.message,
        detail: prepared.detail, summary: null,
      };
    case 'duplicate':
      return duplicate(db, prepared.fileName, prepared.existing);
    case 'ready': {
      const existing = findByContentHash(db, prepared.report.contentSha256);
      if (existing) return duplicate(db, prepared.fileName, existing);
      const reportId = insertReport(db, prepared.report, pending);
      storeExtractedFigures(db, reportId, prepared.figures);
      return {
        fileName: prepared.fileName,
        status: 'imported',
        reportId,
        existing: null,
        reason: null,
        message: prepared.warning,
        summary: getSummary(db, reportId) ?? null,
      };
    }
  }
}
