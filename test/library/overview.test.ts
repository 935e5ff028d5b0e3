// Home's overview, counted by SQLite over the whole library: counts by level, year and type, the latest imports, and
// the reports that need a look, which must be exactly those the report summaries flag.
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import/import-file.ts';
import { createHandlers } from '../../electron/service.ts';
import { listReports } from '../../electron/library/reports.ts';
import { reasonsOf } from '../../shared/api-parts/library.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';
import { countyReport2023, countyReport2024 } from '../fixtures/library/reports.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
let lib: TempLibrary;
afterEach(() => lib?.cleanup());

describe('the library overview', () => {
  it('counts every report and flags exactly the reports whose summaries need a look', async () => {
    lib = tempLibrary();
    const handlers = createHandlers(lib.db, { libraryPath: lib.path, emit: () => {} });
    await importFile(lib.db, 'a.txt', utf8(countyReport2023));
    await importFile(lib.db, 'b.txt', utf8(countyReport2024));
    // a second copy of the 2023 slot, and a page that names no place and no year
    await importFile(lib.db, 'c.txt', utf8(`${countyReport2023}(四)依法行政。办理行政应诉案件17件。\n`));
    const nowhere = (await importFile(lib.db, 'd.txt', utf8('关于做好法治宣传工作的几点体会\n全年开展法治讲座12场,发放资料3000余份。\n'))).reportId!;

    const overview = await handlers['library.overview']({ latest: 6, looks: 12 });
    const all = listReports(lib.db);
    expect(overview.total).toBe(4);
    expect(overview.figures).toBe(all.reduce((n, r) => n + r.figureCount, 0));
    expect(overview.byLevel.reduce((n, [, c]) => n + c, 0)).toBe(4);
    expect(overview.byLevel.at(-1)).toEqual(['unknown', 1]);
    expect(overview.byYear).toEqual([[2024, 1], [2023, 2]]);
    expect(overview.latest.map((r) => r.fileName)).toEqual(['d.txt', 'c.txt', 'b.txt', 'a.txt']);

    const flagged = all.filter((r) => reasonsOf(r).length > 0);
    expect(overview.needsLookTotal).toBe(flagged.length);
    expect(overview.needsLook.map((x) => x.report.id).sort()).toEqual(flagged.map((r) => r.id).sort());
    expect(overview.needsLook.find((x) => x.report.id === nowhere)?.reasons).toEqual(expect.arrayContaining(['noRegion', 'noYear']));
    expect(overview.needsLook.filter((x) => x.reasons.includes('sameSlot'))).toHaveLength(2);

    // a count lists its reports through the list's filters, the unknown level included
    const unknown = await handlers['reports.list']({ offset: 0, limit: 10, sort: { by: 'imported', direction: 'desc' }, filters: { level: 'unknown' } });
    expect(unknown.rows.map((r) => r.id)).toEqual([nowhere]);

    // a correction counts at once
    await handlers['reports.correct']({ id: nowhere, year: 2023 });
    const after = await handlers['library.overview']({ latest: 6, looks: 1 });
    expect(after.needsLook).toHaveLength(1);
    expect(after.needsLookTotal).toBe(listReports(lib.db).filter((r) => reasonsOf(r).length > 0).length);
  });
});
