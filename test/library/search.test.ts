// Full-text search on a real library file: any query length, folded simplified/traditional and full-width forms,
// filters, snippets as text; and a property: the results are exactly the reports a plain substring scan finds.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertReport } from '../../electron/library/reports.ts';
import { searchReports } from '../../electron/library/search.ts';
import { listPage, orderByFor } from '../../electron/library/list.ts';
import type { ReportMeta } from '../../shared/meta/types.ts';
import { foldForSearch, indexOfFolded } from '../../shared/search/fold.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';

let lib: TempLibrary;
beforeAll(() => {
  lib = tempLibrary();
});
afterAll(() => lib.cleanup());

let serial = 0;
function add(text: string, meta: Partial<ReportMeta> = {}): number {
  serial++;
  return insertReport(lib.db, {
    fileName: `r${serial}.txt`,
    format: 'txt',
    original: Buffer.from(text),
    bytesSha256: `b${serial}`,
    contentSha256: `c${serial}`,
    encoding: 'utf-8',
    decodeWarning: null,
    text,
    junk: [],
    detected: { title: null, region: '宁都县', regionCode: '360730', parents: [], level: 'county', year: 2023, published: null, issuer: null, docType: '法治政府建设报告', regionCandidates: [], ...meta },
    extractorVersion: 'test',
  });
}

describe('searching the library', () => {
  it('finds one-, two-, four- and eight-character words, folded, with snippets as text', () => {
    lib.db.exec('DELETE FROM reports');
    const a = add('一、行政復議工作\n全年收到行政复议申请52件,办理<b>应诉</b>案件17件。', { year: 2022 });
    const b = add('全面推进依法行政,ＡＢＣ法治示范创建。', { year: 2023, level: 'city' });
    expect(searchReports(lib.db, { query: '复议' }).rows.map((r) => r.id)).toEqual([a]);
    expect(searchReports(lib.db, { query: '議' }).total).toBe(1);
    expect(searchReports(lib.db, { query: '行政' }).total).toBe(2);
    expect(searchReports(lib.db, { query: '行政复议申请52件' }).rows.map((r) => r.id)).toEqual([a]);
    expect(searchReports(lib.db, { query: 'abc法治' }).rows.map((r) => r.id)).toEqual([b]);
    expect(searchReports(lib.db, { query: '行政', filters: { level: 'city' } }).rows.map((r) => r.id)).toEqual([b]);
    expect(searchReports(lib.db, { query: '行政', filters: { year: 2022 } }).total).toBe(1);
    const hit = searchReports(lib.db, { query: '应诉' }).rows[0]!;
    expect(hit.snippet).toMatchObject({ match: '应诉', before: '全年收到行政复议申请52件,办理<b>', after: '</b>案件17件。' });
    expect(searchReports(lib.db, { query: '复议', limit: 1, offset: 1 })).toEqual({ total: 1, rows: [] });
  });

  it('returns exactly what a plain substring scan of the folded texts finds', { timeout: 60_000 }, () => {
    const alphabet = ['复', '復', '议', '議', '行', '政', 'A', 'a', 'Ａ', '，', ',', '\n', ' ', '\u3000', '1', '１', '𠀀', '。', '！', '!'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 24 }).map((xs) => xs.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 5 }), (texts, q) => {
        const query = q.join('');
        const ids = lib.db.transaction(() => {
          lib.db.exec('DELETE FROM reports');
          return texts.map((t) => add(t));
        })();
        const expected = ids.filter((_, i) => foldForSearch(texts[i]!).includes(foldForSearch(query)));
        const found = searchReports(lib.db, { query, limit: 100 });
        expect(found.total).toBe(expected.length);
        expect(found.rows.map((r) => r.id).sort((x, y) => x - y)).toEqual(expected);
        for (const row of found.rows) expect(foldForSearch(row.snippet!.match)).toBe(foldForSearch(query));
      }),
      { numRuns: 150 },
    );
  });
});

describe('listing the library', () => {
  it('pages rows sorted by region code, year, type, figures or import, either way, with the total', () => {
    lib.db.exec('DELETE FROM reports');
    const ningdu = add('甲', { year: 2021 });
    const yudu = add('乙', { region: '于都县', regionCode: '360731', year: 2023, docType: '政府工作报告' });
    const ganzhou = add('丙', { region: '赣州市', regionCode: '360700', level: 'city', year: 2022 });
    const unknown = add('丁', { region: null, regionCode: null, year: null });
    const page = (by: 'region' | 'year' | 'type' | 'figures' | 'imported', direction: 'asc' | 'desc', offset = 0, limit = 10) =>
      listPage(lib.db, { offset, limit, sort: { by, direction }, filters: {} });
    expect(page('region', 'asc').rows.map((r) => r.id)).toEqual([ganzhou, ningdu, yudu, unknown]);
    // descending is the exact reverse
    expect(page('region', 'desc').rows.map((r) => r.id)).toEqual([unknown, yudu, ningdu, ganzhou]);
    expect(page('year', 'asc').rows.map((r) => r.id)).toEqual([ningdu, ganzhou, yudu, unknown]);
    expect(page('year', 'desc').rows.map((r) => r.id)).toEqual([unknown, yudu, ganzhou, ningdu]);
    expect(page('type', 'desc').rows.map((r) => r.id)).toEqual([unknown, ningdu, ganzhou, yudu]);
    for (const by of ['region', 'year', 'type'] as const) {
      const plan = (lib.db.prepare(`EXPLAIN QUERY PLAN SELECT r.id FROM reports r ORDER BY ${orderByFor(by)} LIMIT 100 OFFSET 50`).all() as Array<{ detail: string }>).map((p) => p.detail).join('\n');
      expect(plan).not.toContain('TEMP B-TREE');
    }
    expect(page('imported', 'desc').rows.map((r) => r.id)).toEqual([unknown, ganzhou, yudu, ningdu]);
    expect(page('region', 'asc', 1, 2)).toMatchObject({ total: 4, rows: [{ id: ningdu }, { id: yudu }] });
    expect(listPage(lib.db, { offset: 0, limit: 10, sort: { by: 'region', direction: 'asc' }, filters: { level: 'city' } }))
      .toMatchObject({ total: 1, rows: [{ id: ganzhou, region: '赣州市' }] });
  });
});

describe('finding a folded query in a long text', () => {
  it('agrees with folding the whole text, across chunk edges', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('复', '復', '１', '，', '２', 'A', 'a', '\n', '议'), { maxLength: 5000 }), fc.array(fc.constantFrom('复', '１', ',', '2', 'a'), { minLength: 1, maxLength: 4 }), (units, q) => {
        const text = units.join('');
        const query = foldForSearch(q.join(''));
        expect(indexOfFolded(text, query)).toBe(foldForSearch(text).indexOf(query));
      }),
      { numRuns: 200 },
    );
  });
});
