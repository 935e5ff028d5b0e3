// Handlers of the long jobs (shared/api-parts/jobs.ts): re-extraction of the library, cancel.
import type { EventName, EventOf, Handlers } from '../shared/api.ts';
import type { jobMethods } from '../shared/api-parts/jobs.ts';
import { EXTRACTOR_VERSION } from '../shared/figures/extract.ts';
import { analyseReport } from '../shared/report/analyse.ts';
import { statement, writeTransaction, type Db } from './library/open.ts';
import { getReportRow, readOriginal, updateDecoded } from './library/reports.ts';
import { storeExtractedFigures } from './library/reviews.ts';
import { JobRunner } from './jobs.ts';

export function createJobHandlers(db: Db, emit: <E extends EventName>(event: E, payload: EventOf<E>) => void): Pick<Handlers, keyof typeof jobMethods> {
  const runner = new JobRunner((progress) => emit('job.progress', progress));

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
    'library.reextract': ({ jobId, onlyOutdated }) => {
      const sql = `SELECT id, coalesce(title, file_name) AS label FROM reports ${onlyOutdated ? 'WHERE extractor_version <> ?' : ''} ORDER BY id`;
      const items = (onlyOutdated ? statement(db, sql).all(EXTRACTOR_VERSION) : statement(db, sql).all()) as Array<{ id: number; label: string }>;
      return runner.run(jobId, 'reextract', items, (item) => reextract(item.id));
    },
    'jobs.cancel': ({ jobId }) => ({ cancelled: runner.cancel(jobId) }),
  };
}
