// The API's handlers over one open library. Electron's ipc, the HTTP host and the command line all call these.
import { ApiError, type EventName, type EventOf, type Handlers, type ImportFileResult, type ReportDetail } from '../shared/api.ts';
import type { JunkRange } from '../shared/text/types.ts';
import { EXTRACTOR_VERSION } from '../shared/figures/extract.ts';
import { findHeadings } from '../shared/text/outline.ts';
import { analyseReport } from '../shared/report/analyse.ts';
import type { ReportMeta } from '../shared/meta/types.ts';
import { latestVersion } from './library/migrations.ts';
import { writeTransaction, type Db } from './library/open.ts';
import {
  countReports, deleteReports, getReportRow, getSummary, readOriginal, saveCorrection, setPreferred, updateDecoded,
} from './library/reports.ts';
import { listFigures } from './library/figures.ts';
import { storeExtractedFigures } from './library/reviews.ts';
import { guardDamage } from './library/guard.ts';
import { createLibraryCareHandlers } from './library-care-service.ts';
import type { MainLog } from './log/main-log.ts';
import { importFile } from './import/import-file.ts';
import { importPaths } from './import/import-paths.ts';
import { PreparePool, prepareInline } from './import/pool.ts';
import { readReport } from './import/read-report.ts';
import { resolveRegion, searchRegions } from './region.ts';
import { createReaderHandlers } from './reader-service.ts';
import { createTrendHandlers } from './trends-service.ts';
import { createAuditHandlers } from './audit-service.ts';
import { createLibraryHandlers } from './library-service.ts';
import { createReadingHandlers } from './reading-service.ts';
import { createJobHandlers } from './jobs-service.ts';
import { JobRunner } from './jobs.ts';

export interface ServiceOptions {
  libraryPath: string;
  emit: <E extends EventName>(event: E, payload: EventOf<E>) => void;
  /** Electron supplies a native dialog; the browser host has none. */
  pickImportPaths?: (folders: boolean) => Promise<string[]>;
  /** Electron: only paths the user chose (dialog or drop) may be imported by path. */
  allowImportPath?: (path: string) => boolean;
  log?: MainLog;
  appVersion?: string;
}

export function createHandlers(db: Db, options: ServiceOptions): Handlers {
  const imports = new Map<string, AbortController>();
  // long work (re-extraction, the whole-library audit, exports) reports and is cancelled through one runner
  const jobs = new JobRunner((progress) => options.emit('job.progress', progress));
  let uploads: PreparePool | undefined;
  const logFailures = (results: ImportFileResult[]) => {
    for (const r of results) if (r.status === 'failed') options.log?.error('import-failed', { file: r.fileName, reason: r.reason, message: r.message });
    return results;
  };
  const summaryOf = (id: number) => {
    const summary = getSummary(db, id);
    if (!summary) throw new ApiError('not-found', `报告 #${id} 不在资料库中`, { id });
    return summary;
  };

  const getDetail = (id: number): ReportDetail => {
    const row = getReportRow(db, id);
    if (!row) throw new ApiError('not-found', `报告 #${id} 不在资料库中`, { id });
    return {
      ...summaryOf(id),
      text: row.text,
      junk: JSON.parse(row.junk) as JunkRange[],
      headings: findHeadings(row.text),
      figures: listFigures(db, id),
      detected: JSON.parse(row.detected) as ReportMeta,
      byteSize: row.byte_size,
      contentHash: row.content_sha256,
      extractorVersion: row.extractor_version,
    };
  };

  return guardDamage(db, options.libraryPath, {
    'library.info': () => {
      const counts = countReports(db);
      return {
        path: options.libraryPath,
        reportCount: counts.reports,
        figureCount: counts.figures,
        schemaVersion: latestVersion,
        extractorVersion: EXTRACTOR_VERSION,
        nativeDialogs: options.pickImportPaths !== undefined,
      };
    },

    'reports.get': ({ id }) => getDetail(id),

    'reports.correct': ({ id, region, year, docType }) => {
      summaryOf(id);
      writeTransaction(db, () => {
        if (region) saveCorrection(db, id, { field: 'region', value: resolveRegion(region.name, region.code) });
        if (year !== undefined) saveCorrection(db, id, { field: 'year', value: year });
        if (docType) saveCorrection(db, id, { field: 'docType', value: docType });
      });
      return summaryOf(id);
    },

    'reports.setEncoding': async ({ id, encoding }) => {
      const row = getReportRow(db, id);
      if (!row) throw new ApiError('not-found', `报告 #${id} 不在资料库中`, { id });
      const original = readOriginal(db, id)!;
      const read = await readReport(original, row.file_name, encoding);
      if (!read.ok) throw new ApiError(read.reason, `${row.file_name}: ${read.message}`, { fileName: row.file_name, ...read.detail });
      const analysis = analyseReport(read.text, row.file_name);
      writeTransaction(db, () => {
        updateDecoded(db, id, {
          original,
          encoding: read.encoding,
          encodingOverride: encoding,
          decodeWarning: read.warning,
          text: read.text,
          junk: analysis.junk,
          detected: analysis.meta,
          extractorVersion: EXTRACTOR_VERSION,
        });
        storeExtractedFigures(db, id, analysis.figures);
      });
      return getDetail(id);
    },

    'regions.search': ({ query }) => searchRegions(query),

    'reports.setPreferred': ({ id }) => {
      summaryOf(id);
      writeTransaction(db, () => setPreferred(db, id));
      return summaryOf(id);
    },

    'reports.delete': ({ ids }) => ({ deleted: writeTransaction(db, () => deleteReports(db, ids)) }),

    // an upload is analysed in a worker, so a large file does not hold up other calls
    'import.file': async ({ name, data }) =>
      logFailures([await importFile(db, name, Buffer.from(data, 'base64'), (uploads ??= new PreparePool(db.name, prepareInline(db), 1)))])[0]!,

    'import.paths': async ({ paths, jobId }) => {
      const refused = options.allowImportPath ? paths.filter((path) => !options.allowImportPath!(path)) : [];
      if (refused.length) throw new ApiError('path-not-chosen', `只能导入您在对话框中选择或拖入窗口的文件:${refused[0]}`, { path: refused[0]! });
      const controller = new AbortController();
      imports.set(jobId, controller);
      try {
        const summary = await importPaths(db, paths, {
          jobId,
          signal: controller.signal,
          onProgress: (progress) => options.emit('import.progress', progress),
        });
        logFailures(summary.results);
        return summary;
      } finally {
        imports.delete(jobId);
      }
    },

    'import.cancel': ({ jobId }) => {
      const job = imports.get(jobId);
      job?.abort();
      return { cancelled: job !== undefined };
    },

    'dialog.pickImportPaths': ({ folders }) => {
      if (!options.pickImportPaths) throw new ApiError('unsupported', '浏览器中请使用“选择文件”按钮或拖放文件');
      return options.pickImportPaths(folders);
    },

    ...createReaderHandlers(db),
    ...createTrendHandlers(db, jobs),
    ...createAuditHandlers(db, jobs),
    ...createLibraryHandlers(db),
    ...createLibraryCareHandlers(db, { libraryPath: options.libraryPath, logPath: options.log?.path, appVersion: options.appVersion }),
    ...createReadingHandlers(db),
    ...createJobHandlers(db, jobs),
  });
}
