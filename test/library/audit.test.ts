import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFile } from '../../electron/import/import-file.ts';
import { createAuditHandlers } from '../../electron/audit-service.ts';
import { auditJson } from '../../electron/cli-audit.ts';
import { runAudit } from '../../electron/audit-service.ts';
import { readText } from '../../electron/library/reports.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';
import { completed } from './completed.ts';
import { JobRunner } from '../../electron/jobs.ts';

const fixtures = resolve('test/fixtures/audit');
const NINGDU = '360730';

let lib: TempLibrary;
let audit: ReturnType<typeof createAuditHandlers>;
const ids = new Map<number, number>();

beforeEach(async () => {
  lib = tempLibrary();
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
    const result = await importFile(lib.db, name, readFileSync(join(fixtures, name)));
    expect(result.status).toBe('imported');
    ids.set(Number(/\d{4}/.exec(name)![0]), result.reportId!);
  }
  audit = createAuditHandlers(lib.db, new JobRunner(() => {}));
});
afterEach(() => lib.cleanup());

describe('the audit of a library', () => {
  it('prints the issue’s JSON shape', () => {
    const json = auditJson(runAudit(lib.db));
    expect(Object.keys(json)).toEqual(['reports', 'regions']);
    const [y2029, y2030, y2031] = json.reports;
    expect(Object.keys(y2029!)).toEqual(['id', 'file', 'region', 'year', 'docType', 'completeness', 'timeliness', 'checks', 'reuse']);
    expect(y2029).toMatchObject({
      year: 2029, completeness: { found: ['measures', 'shortcomings', 'leadership', 'plans'], missing: [], truncated: false },
      timeliness: { published: '2030-03-20', deadline: '2030-04-01', late: false }, checks: [], reuse: null,
    });
    expect(y2030).toMatchObject({ completeness: { missing: ['shortcomings'] }, timeliness: { late: true } });
    expect(y2030!.checks.map((c) => c.kind)).toEqual(['rate', 'change', 'share']);
    expect(y2030!.checks[0]!.message).toContain('1130 ÷ 1150 = 98.26%');
    expect(y2030!.reuse).toBeGreaterThan(0.8);
    expect(y2031!.completeness).toEqual({ found: ['measures'], missing: [], truncated: true });
    expect(json.regions).toEqual([{ region: '宁都县', years: [2029, 2030, 2031], silence: [{ indicator: 'legal_aid_cases', lastYear: 2029, lastValue: 240 }] }]);
  });

  it('gives the ranking and a region’s card with jumps, silence and quotes of both sentences', async () => {
    const overview = await completed(audit['audit.overview']({}));
    expect(overview.regions).toHaveLength(1);
    const region = overview.regions[0]!;
    expect(region).toMatchObject({ regionKey: NINGDU, region: '宁都县', years: [2029, 2030, 2031], onTime: 1, late: 1, dateUnknown: 1, inconsistent: 3, truncated: 1 });
    expect(region.completeness).toBeCloseTo(7 / 8, 5);
    expect(region.jumps.map((j) => [j.indicator, j.fromYear, j.year])).toContainEqual(['admin_review_received', 2029, 2030]);
    expect(overview.indicatorNames.legal_aid_cases?.name).toBe('法律援助案件数');

    const card = await audit['audit.region']({ region: NINGDU });
    expect(card.reports.map((r) => r.year)).toEqual([2029, 2030, 2031]);
    const rate = card.reports[1]!.checks.find((c) => c.kind === 'rate' && c.verdict === 'inconsistent')!;
    const text = readText(lib.db, ids.get(2030)!)!;
    expect(rate.spans.map((s) => text.slice(s.start, s.end))).toEqual(['1150件', '1130件', '90%']);
    expect(text.slice(rate.quotes[0]!.span.start, rate.quotes[0]!.span.end)).toBe(rate.quotes[0]!.text);
    expect(card.reports[1]!.reuse!.passages.length).toBeGreaterThan(0);
    expect(() => audit['audit.region']({ region: '不存在县' })).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('exports every finding with its report and offsets, as CSV and XLSX', async () => {
    const csv = await completed(audit['audit.export']({ format: 'csv', region: NINGDU }));
    const lines = Buffer.from(csv.base64, 'base64').toString('utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('地区,年份,方面,结论,说明,算式,原文,报告编号,报告标题,文件名,起始偏移,结束偏移');
    const share = lines.find((l) => l.includes('104%'))!;
    expect(share).toContain('数字核对,不一致');
    expect(share).toContain('宁都县-2030.txt');
    expect(lines.some((l) => l.startsWith('宁都县,2030,不再报告,'))).toBe(true);

    const xlsx = await completed(audit['audit.export']({ format: 'xlsx', language: 'en' }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Findings')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Region');
    expect(sheet.rowCount - 1).toBe(xlsx.rows);
    expect(xlsx.rows).toBe(csv.rows);
  });

  it('recomputes after the library changes', async () => {
    expect((await completed(audit['audit.overview']({}))).regions[0]!.years).toEqual([2029, 2030, 2031]);
    lib.db.prepare('DELETE FROM reports WHERE id = ?').run(ids.get(2031));
    expect((await completed(audit['audit.overview']({}))).regions[0]!.years).toEqual([2029, 2030]);
  });
});
