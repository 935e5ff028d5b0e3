// Handlers of the jobs API part (shared/api-parts/jobs.ts): re-extraction of the library, and cancel for every job.
import type { Handlers } from '../shared/api.ts';
import { isCancelled, type JobFailure, type jobMethods } from '../shared/api-parts/jobs.ts';
import { EXTRACTOR_VERSION } from '../shared/figures/extract.ts';
import { analyseReport } from '../shared/report/analyse.ts';
import { statement, writeTransaction, type Db } from './library/open.ts';
import { getReportRow, readOriginal, updateDecoded } from './library/reports.ts';
import { storeExtractedFigures } from './library/reviews.ts';
import type { JobRunner } from './jobs.ts';

export function createJobHandlers(db: Db, runner: JobRunner): Pick<Handlers, keyof typeof jobMethods> {
  /** Extraction again from the stored text, in one transaction per report; the user's reviews are replayed. */
  const reextract = (id: number) => {
    const row = getReportRow(db, id);
    if (!row) return;
    const analysis = analyseReport(row.text, row.file_name);
    writeTransaction(db, () => {
      updateDecoded(db, id, {
        original: readOriginal(db, id)!,
        encoding: row.encoding,
        encodingOverride: row.encoding_override,
        decodeWarning: row.decode_warning,
        text: row.text,
        junk: analysis.junk,
        detected: analysis.meta,
        extractorVersion: EXTRACTOR_VERSION,
      });
      storeExtractedFigures(db, id, analysis.figures);
    });
  };

  return {
    'library.reextract': async ({ jobId, onlyOutdated }) => {
      const sql = `SELECT id, coalesce(title, file_name) AS label FROM reports ${onlyOutdated ? 'WHERE extractor_version <> ?' : ''} ORDER BY id`;
      const items = (onlyOutdated ? statement(db, sql).all(EXTRACTOR_VERSION) : statement(db, sql).all()) as Array<{ id: number; label: string }>;
      // one report that fails is listed and the others go on
      const failed: JobFailure[] = [];
      const outcome = await runner.run(jobId, 'reextract', items.length, async (job) => {
        await job.each(items, (item) => {
          try {
            reextract(item.id);
          } catch (error) {
            failed.push({ id: item.id, label: item.label, message: (error as Error).message });
          }
        });
        return { done: items.length };
      });
      return { jobId, kind: 'reextract', done: outcome.done, total: items.length, cancelled: isCancelled(outcome), failed };
    },
    'jobs.cancel': ({ jobId }) => ({ cancelled: runner.cancel(jobId) }),
  };
}
