// The preferred copy of each (region, year, type) slot is derived on every write: insert, delete, correction,
// re-decode and the user's choice all leave exactly one copy counted in trends.
import { afterEach, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/library/open.ts';
import { importFile } from '../../electron/import/import-file.ts';
import { createHandlers } from '../../electron/service.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';
import { countyReport2023, countyReport2024 } from '../fixtures/library/reports.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
let lib: TempLibrary;
afterEach(() => lib?.cleanup());

/** Slots holding a number of preferred copies other than one (should be none). */
function brokenSlots(db: Db): unknown[] {
  return db.prepare(`SELECT coalesce(region_code, region) AS k, year, doc_type, sum(preferred) AS n FROM reports
    GROUP BY k, year, doc_type HAVING n <> 1`).all();
}
const preferredOf = (db: Db, id: number) => (db.prepare('SELECT preferred FROM reports WHERE id = ?').get(id) as { preferred: number }).preferred === 1;

async function twoCopies() {
  lib = tempLibrary();
  const handlers = createHandlers(lib.db, { libraryPath: lib.path, emit: () => {} });
  const first = (await importFile(lib.db, 'a.txt', utf8(countyReport2023))).reportId!;
  // a fuller copy of the same report: it is the better one
  const second = (await importFile(lib.db, 'b.txt', utf8(`${countyReport2023}(四)依法行政。办理行政应诉案件17件。\n`))).reportId!;
  return { handlers, first, second };
}

describe('the preferred copy of a slot', () => {
  it('is the fuller copy, then follows the user choice', async () => {
    const { handlers, first, second } = await twoCopies();
    expect(preferredOf(lib.db, second)).toBe(true);
    expect(preferredOf(lib.db, first)).toBe(false);
    const chosen = await handlers['reports.setPreferred']({ id: first });
    expect(chosen).toMatchObject({ preferred: true, sameSlotCount: 2 });
    expect(preferredOf(lib.db, second)).toBe(false);
    expect(brokenSlots(lib.db)).toEqual([]);
  });

  it('passes to the remaining copy when the preferred one is deleted', async () => {
    const { handlers, first, second } = await twoCopies();
    await handlers['reports.setPreferred']({ id: first });
    await handlers['reports.delete']({ ids: [first] });
    expect(preferredOf(lib.db, second)).toBe(true);
    expect(lib.db.prepare('SELECT count(*) AS n FROM slot_choices').get()).toEqual({ n: 0 });
    expect(brokenSlots(lib.db)).toEqual([]);
  });

  it('follows a corrected report into its new slot and leaves one behind in the old', async () => {
    const { handlers, first, second } = await twoCopies();
    const moved = await handlers['reports.correct']({ id: first, year: 2022 });
    expect(moved).toMatchObject({ year: 2022, preferred: true, sameSlotCount: 1 });
    expect(preferredOf(lib.db, second)).toBe(true);
    // into an occupied slot: the user's earlier choice there still holds
    const third = (await importFile(lib.db, 'c.txt', utf8(countyReport2024))).reportId!;
    await handlers['reports.setPreferred']({ id: third });
    const intoOccupied = await handlers['reports.correct']({ id: second, year: 2024 });
    expect(intoOccupied).toMatchObject({ preferred: false, sameSlotCount: 2 });
    expect(preferredOf(lib.db, third)).toBe(true);
    expect(brokenSlots(lib.db)).toEqual([]);
  });

  it('keeps the choice of a report that leaves its slot and comes back', async () => {
    const { handlers, first, second } = await twoCopies();
    await handlers['reports.setPreferred']({ id: first });
    await handlers['reports.correct']({ id: first, docType: '政府工作报告' });
    expect(preferredOf(lib.db, second)).toBe(true);
    await handlers['reports.correct']({ id: first, docType: '法治政府建设报告' });
    expect(preferredOf(lib.db, first)).toBe(true);
    expect(preferredOf(lib.db, second)).toBe(false);
  });

  it('is re-derived after a re-decode makes a copy worse', async () => {
    const { handlers, first, second } = await twoCopies();
    // pinned to its slot by the user, so that only the decoding changes
    await handlers['reports.correct']({ id: second, region: { name: '宁都县', code: '360730' }, year: 2023, docType: '法治政府建设报告' });
    const garbled = await handlers['reports.setEncoding']({ id: second, encoding: 'big5' });
    expect(garbled.decodeWarning).toBeTruthy();
    expect(preferredOf(lib.db, first)).toBe(true);
    expect(preferredOf(lib.db, second)).toBe(false);
    expect(brokenSlots(lib.db)).toEqual([]);
  });

  it('counts only the preferred copy in trends', async () => {
    const { handlers, first } = await twoCopies();
    await handlers['reports.setPreferred']({ id: first });
    const series = await handlers['trends.series']({ indicator: 'admin_review_received', regions: ['360730'] });
    expect(JSON.stringify(series)).toContain(`"reportId":${first}`);
  });
});
