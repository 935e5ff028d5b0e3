// What detection adds to a report (year source, built title, not-Chinese flag) is stored with it in the
// reports table's `detected` JSON and comes back through the API. The texts are written for this test.
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import/import-file.ts';
import { createHandlers } from '../../electron/service.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
let lib: TempLibrary;
afterEach(() => lib?.cleanup());

const translation = `兴国县2023年法治政府建设年度报告\n${'In 2023, the county government deepened the building of a rule-of-law government by law. '.repeat(8)}`;
const untitled = `2023年以来,兴国县坚持依法行政。${'我县把法治政府建设摆在全局工作的重要位置,法治政府建设考核结果纳入综合考评。'.repeat(4)}`;

describe('detected metadata in the library', () => {
  it('keeps the not-Chinese flag, the year source and the built title, queryable in SQL', async () => {
    lib = tempLibrary();
    const english = await importFile(lib.db, 'translation.txt', utf8(translation));
    const built = await importFile(lib.db, 'untitled.txt', utf8(untitled));
    const [englishId, builtId] = [english.reportId, built.reportId];
    if (englishId === null || builtId === null) throw new Error(`import failed: ${english.message ?? built.message}`);
    const handlers = createHandlers(lib.db, { libraryPath: lib.path, emit: () => {} });

    const a = await handlers['reports.get']({ id: englishId });
    expect([a.detected.notChinese, a.docType, a.detected.yearSource]).toEqual([true, 'other', 'title']);
    const b = await handlers['reports.get']({ id: builtId });
    expect(b).toMatchObject({ title: '兴国县 · 2023 · 法治政府建设报告', year: 2023 });
    expect([b.detected.titleBuilt, b.detected.yearSource, b.detected.yearEvidence, b.detected.notChinese]).toEqual([
      true,
      'opening',
      '2023年以来,兴国县坚持依法行政',
      false,
    ]);

    // a built title follows the user's corrections
    const corrected = await handlers['reports.correct']({ id: builtId, year: 2022, region: { name: '于都县', code: '360731' } });
    expect(corrected.title).toBe('于都县 · 2022 · 法治政府建设报告');

    // how trend code keeps such pages out: the flag is a JSON field of the stored ReportMeta
    const flagged = lib.db.prepare(`SELECT id FROM reports WHERE json_extract(detected, '$.notChinese') = 1`).all();
    expect(flagged).toEqual([{ id: englishId }]);
  });
});
