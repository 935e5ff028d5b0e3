import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import { existsSync } from 'node:fs';
import { openLibrary, LibraryVersionError } from '../../electron/library/open.ts';
import { latestVersion } from '../../electron/library/migrations.ts';
import { countReports, readOriginal, readText } from '../../electron/library/reports.ts';
import { importFile } from '../../electron/import/import-file.ts';
import { createHandlers } from '../../electron/service.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';
import { countyReport2023, countyReport2024 } from '../fixtures/library/reports.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
let lib: TempLibrary;
afterEach(() => lib?.cleanup());

describe('opening a library', () => {
  it('sets WAL, FULL sync, foreign keys and the schema version', () => {
    lib = tempLibrary();
    expect(lib.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(lib.db.pragma('synchronous', { simple: true })).toBe(2);
    expect(lib.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(lib.db.pragma('user_version', { simple: true })).toBe(latestVersion);
  });

  it('refuses, without touching it, a library written by a newer version', () => {
    lib = tempLibrary();
    lib.db.pragma(`user_version = ${latestVersion + 1}`);
    lib.db.close();
    expect(() => openLibrary(lib.path)).toThrow(LibraryVersionError);
    expect(() => openLibrary(lib.path)).toThrow(/更新版本|newer Nianbao/);
    const raw = new Database(lib.path, { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(latestVersion + 1);
    raw.close();
  });

  it('reopens an existing library without migrating or backing it up again', () => {
    lib = tempLibrary();
    lib.db.close();
    const again = openLibrary(lib.path);
    expect(again.pragma('user_version', { simple: true })).toBe(latestVersion);
    again.close();
    expect(existsSync(`${lib.path}.before-v${latestVersion}.bak`)).toBe(false);
  });
});

describe('importing into the library', () => {
  it('stores the original bytes, decoded text, metadata and figures of a GBK file', async () => {
    lib = tempLibrary();
    const bytes = iconv.encode(countyReport2023, 'gbk');
    const result = await importFile(lib.db, '宁都2023.txt', bytes);
    expect(result.status).toBe('imported');
    const row: Record<string, unknown> = { ...(lib.db.prepare('SELECT * FROM reports WHERE id = ?').get(result.reportId) as object), text: readText(lib.db, result.reportId!) };
    expect(Buffer.compare(readOriginal(lib.db, result.reportId!)!, bytes)).toBe(0);
    expect(lib.db.prepare('SELECT compression FROM report_originals WHERE report_id = ?').get(result.reportId)).toEqual({ compression: 'deflate' });
    expect(row.encoding).toBe('gb18030');
    expect(row.text).toBe(countyReport2023);
    expect(row.region).toBe('宁都县');
    expect(row.year).toBe(2023);
    const figures = lib.db.prepare('SELECT text, value FROM figures WHERE report_id = ?').all(result.reportId) as Array<{ text: string; value: number }>;
    expect(figures).toContainEqual({ text: '52件', value: 52 });
    expect(figures).toContainEqual({ text: '1.2万余件', value: 12000 });
  });

  it('keeps no second copy of a UTF-8 original: the text gives its bytes back', async () => {
    lib = tempLibrary();
    const bytes = utf8(countyReport2023);
    const result = await importFile(lib.db, 'a.txt', bytes);
    expect(lib.db.prepare('SELECT count(*) AS n FROM report_originals').get()).toEqual({ n: 0 });
    expect(Buffer.compare(readOriginal(lib.db, result.reportId!)!, bytes)).toBe(0);
  });

  it('never stores the same content twice and names the report already there', async () => {
    lib = tempLibrary();
    const first = await importFile(lib.db, 'a.txt', utf8(countyReport2023));
    const second = await importFile(lib.db, 'b.txt', iconv.encode(countyReport2023, 'utf16-le'));
    expect(second.status).toBe('duplicate');
    expect(second.existing).toEqual({ id: first.reportId, title: '宁都县2023年法治政府建设情况报告' });
    expect(second.message).toContain('宁都县2023年法治政府建设情况报告');
    expect(countReports(lib.db).reports).toBe(1);
  });

  it('stores a second report of the same region, year and type, flagged, and lets the user prefer it', async () => {
    lib = tempLibrary();
    const first = await importFile(lib.db, 'a.txt', utf8(countyReport2023));
    const second = await importFile(lib.db, 'b.txt', utf8(countyReport2023.replace('发放资料2.5万份', '发放资料2.6万份')));
    expect(second.status).toBe('imported');
    expect(second.summary).toMatchObject({ sameSlotCount: 2, preferred: false });
    const handlers = createHandlers(lib.db, { libraryPath: lib.path, emit: () => {} });
    expect(await handlers['reports.setPreferred']({ id: second.reportId! })).toMatchObject({ preferred: true });
    expect((await handlers['reports.get']({ id: first.reportId! })).preferred).toBe(false);
  });

  it.each([
    ['empty.txt', new Uint8Array(0), 'empty'],
    ['picture.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]), 'binary'],
    ['blob.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256), 'binary'],
  ])('rejects %s with a reason and leaves the library as it was', async (name, bytes, reason) => {
    lib = tempLibrary();
    await importFile(lib.db, 'a.txt', utf8(countyReport2023));
    const before = countReports(lib.db);
    const result = await importFile(lib.db, name, bytes);
    expect(result.status).toBe('failed');
    expect(result.reason).toBe(reason);
    expect(result.message).toBeTruthy();
    expect(countReports(lib.db)).toEqual(before);
  });

  it('rolls back a report whose figures cannot be stored: nothing half-written', async () => {
    lib = tempLibrary();
    lib.db.exec(`CREATE TRIGGER fail_figures BEFORE INSERT ON figures BEGIN SELECT RAISE(ABORT, 'disk full'); END;`);
    await expect(importFile(lib.db, 'a.txt', utf8(countyReport2023))).rejects.toThrow(/disk full/);
    expect(countReports(lib.db)).toEqual({ reports: 0, figures: 0 });
  });
});

describe('corrections', () => {
  it('win over detection and survive re-decoding with another encoding', async () => {
    lib = tempLibrary();
    const handlers = createHandlers(lib.db, { libraryPath: lib.path, emit: () => {} });
    const imported = await importFile(lib.db, 'a.txt', utf8(countyReport2024));
    const id = imported.reportId!;
    const corrected = await handlers['reports.correct']({ id, region: { name: '于都县', code: '360731' }, year: 2023, docType: '政府工作报告' });
    expect(corrected).toMatchObject({ region: '于都县', regionCode: '360731', parents: ['江西省', '赣州市'], level: 'county', year: 2023, docType: '政府工作报告' });
    expect(corrected.corrected.sort()).toEqual(['docType', 'region', 'year']);
    const redecoded = await handlers['reports.setEncoding']({ id, encoding: 'utf-8' });
    expect(redecoded).toMatchObject({ region: '于都县', year: 2023, docType: '政府工作报告' });
    expect(redecoded.detected.region).toBe('宁都县');
    lib.db.close();
    const reopened = openLibrary(lib.path);
    expect(reopened.prepare('SELECT region, year FROM reports WHERE id = ?').get(id)).toEqual({ region: '于都县', year: 2023 });
    reopened.close();
  });
});
