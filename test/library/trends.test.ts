import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFile } from '../../electron/import/import-file.ts';
import { setPreferred } from '../../electron/library/reports.ts';
import { createTrendHandlers } from '../../electron/trends-service.ts';
import { JobRunner } from '../../electron/jobs.ts';
import { completed } from './completed.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';

const fixtures = resolve('test/fixtures/trends');
const XINGGUO = '360732';
const YUDU = '360731';
const CASES = 'admin_review_received';

let lib: TempLibrary;
let trends: ReturnType<typeof createTrendHandlers>;
const ids = new Map<string, number>();

beforeEach(async () => {
  lib = tempLibrary();
  for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.txt')).sort()) {
    const result = await importFile(lib.db, name, readFileSync(join(fixtures, name)));
    expect(result.status).toBe('imported');
    ids.set(name, result.reportId!);
  }
  trends = createTrendHandlers(lib.db, new JobRunner(() => {}));
});
afterEach(() => lib.cleanup());

const valuesOf = async (region: string, indicator = CASES) =>
  (await trends['trends.series']({ indicator, regions: [region] })).series[0]!.points.map((p) => [p.year, p.value]);

describe('trend series from the library', () => {
  it('gives each county’s caseload by year, with the missing year left out', async () => {
    const result = await trends['trends.series']({ indicator: CASES, regions: [XINGGUO, YUDU] });
    expect(result.indicator).toMatchObject({ name: '行政复议案件收案数', unit: '件', regionCount: 2, yearCount: 5 });
    expect(result.years).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(result.series.map((s) => s.region.name)).toEqual(['兴国县', '于都县']);
    expect(await valuesOf(XINGGUO)).toEqual([[2020, 58], [2021, 64], [2022, 72], [2023, 86], [2024, 74]]);
    expect(await valuesOf(YUDU)).toEqual([[2020, 95], [2021, 103], [2023, 121], [2024, 98]]);
    const point = result.series[0]!.points[3]!;
    expect(point.candidates).toBe(2);
    const text = readFileSync(join(fixtures, '兴国县-2023.txt'), 'utf8');
    expect(text.slice(point.source.start, point.source.end)).toBe('86件');
    expect(text.slice(point.source.sentenceStart, point.source.sentenceEnd)).toBe(point.source.sentence);
    expect(point.source).toMatchObject({ reportTitle: '兴国县2023年法治政府建设情况报告', fileName: '兴国县-2023.txt' });
    expect(point.source.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keys unmatched figures by their label and keeps hedges as ranges', async () => {
    expect(await valuesOf(XINGGUO, 'label:拨付法律援助经费')).toEqual([[2020, 1.2e6], [2021, 1.35e6], [2022, 1.5e6], [2023, 1.6e6], [2024, 1.685e6]]);
    const disputes = await trends['trends.series']({ indicator: 'disputes_resolved', regions: [XINGGUO] });
    expect(disputes.series[0]!.points[4]).toMatchObject({ value: 18000, lo: 18000, hi: 19000, qualifier: '余' });
  });

  it('leaves out figures the user rejected and reports that are not the preferred copy', async () => {
    lib.db.prepare(`UPDATE figures SET review = 'rejected' WHERE report_id = ? AND text = '86件'`).run(ids.get('兴国县-2023.txt'));
    expect((await valuesOf(XINGGUO)).find(([year]) => year === 2023)).toEqual([2023, 79]);

    const copy = readFileSync(join(fixtures, '兴国县-2024.txt'), 'utf8').replace('申请74件', '申请77件');
    const second = await importFile(lib.db, '兴国县-2024-转载.txt', new TextEncoder().encode(copy));
    expect(second.summary).toMatchObject({ preferred: false, sameSlotCount: 2 });
    expect((await valuesOf(XINGGUO)).at(-1)).toEqual([2024, 74]);
    setPreferred(lib.db, second.reportId!);
    expect((await valuesOf(XINGGUO)).at(-1)).toEqual([2024, 77]);
  });

  it('lists indicators with how many regions and years have them, and regions with their years', async () => {
    const list = await trends['trends.indicators']({});
    expect(list[0]).toMatchObject({ key: CASES, regionCount: 2, yearCount: 5 });
    expect((await trends['trends.indicators']({ search: '法律援助' })).map((i) => i.key)).toEqual(['label:拨付法律援助经费']);
    const regions = await trends['trends.regions']({ indicator: CASES });
    expect(regions.find((r) => r.key === YUDU)).toMatchObject({ name: '于都县', years: [2020, 2021, 2023, 2024], reportCount: 4 });
  });

  it('compares one year across regions, largest first, and builds a region’s small multiples', async () => {
    const compare = await trends['trends.compare']({ indicator: CASES, year: 2024 });
    expect(compare.bars.map((b) => [b.region.name, b.point.value])).toEqual([['于都县', 98], ['兴国县', 74]]);
    expect(compare.years.find((y) => y.year === 2022)).toEqual({ year: 2022, regionCount: 1 });
    expect((await trends['trends.compare']({ indicator: CASES, year: 2024, level: 'city' })).bars).toEqual([]);
    const dashboard = await trends['trends.dashboard']({ region: YUDU, limit: 4 });
    expect(dashboard.panels).toHaveLength(4);
    expect(dashboard.panels.every((p) => p.points.length === 4)).toBe(true);
  });

  it('asks SQLite for the regions first, through the trend index', () => {
    const plan = lib.db.prepare(
      `EXPLAIN QUERY PLAN SELECT f.id FROM reports r CROSS JOIN figures f
       WHERE coalesce(r.region_code, r.region) IN (?, ?) AND r.preferred = 1 AND f.report_id = r.id AND f.indicator_id = ?`,
    ).all('a', 'b', 'c') as Array<{ detail: string }>;
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/reports_slot[\s\S]*figures_indicator/);
  });
});

describe('the 同比 claim check on the library', () => {
  it('finds 兴国县’s 2023 claim (72件 → 86件, 增长19.4%) consistent', async () => {
    const { claims } = await trends['trends.series']({ indicator: CASES, regions: [XINGGUO] });
    const claim = claims.find((c) => c.year === 2023)!;
    expect(claim).toMatchObject({ verdict: 'consistent', measure: 'percent', claimed: 19.4 });
    expect(claim.previous).toMatchObject({ year: 2022, value: 72 });
    expect(claim.current.value).toBe(86);
    expect(claim.claim.source.text).toBe('19.4%');
    expect(claims.map((c) => c.verdict)).toEqual(['consistent', 'consistent', 'consistent', 'consistent']);
  });

  it('finds 于都县’s 2024 claim (121件 → 98件, yet 下降35.2%) contradicting, and its 2023 claim without the year before', async () => {
    const { claims } = await trends['trends.series']({ indicator: CASES, regions: [YUDU] });
    expect(claims.map((c) => [c.year, c.verdict])).toEqual([[2021, 'consistent'], [2023, 'no-earlier-data'], [2024, 'contradicts']]);
    const contradiction = claims.find((c) => c.year === 2024)!;
    expect(contradiction.claimed).toBe(-35.2);
    expect(contradiction.computed).toBeCloseTo(-19.01, 2);
  });

  it('checks changes in points and hedged changes of other indicators', async () => {
    const rate = await trends['trends.series']({ indicator: 'mediation_success_rate', regions: [XINGGUO] });
    expect(rate.claims.map((c) => [c.year, c.measure, c.verdict])).toEqual([[2021, 'points', 'consistent'], [2023, 'points', 'consistent'], [2024, 'points', 'consistent']]);
    const disputes = await trends['trends.series']({ indicator: 'disputes_resolved', regions: [XINGGUO] });
    expect(disputes.claims.map((c) => [c.year, c.verdict])).toEqual([[2024, 'rounding']]);
  });
});

describe('export', () => {
  it('writes CSV with a BOM and one provenance row per point', async () => {
    const file = await completed(trends['trends.export']({ format: 'csv', indicator: CASES, regions: [XINGGUO, YUDU] }));
    const bytes = Buffer.from(file.base64, 'base64');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(10);
    expect(file).toMatchObject({ fileName: '行政复议案件收案数-兴国县-于都县-趋势.csv', rows: 9 });
    const header = lines[0]!.split(',');
    const row = lines.find((l) => l.includes(',2023,') && l.startsWith('兴国县'))!;
    const cell = (name: string) => row.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''))[header.indexOf(name)];
    expect(cell('数值')).toBe('86');
    expect(cell('地区代码')).toBe(XINGGUO);
    expect(cell('同年候选数')).toBe('2');
    const text = readFileSync(join(fixtures, '兴国县-2023.txt'), 'utf8');
    expect(text.slice(Number(cell('起始偏移')), Number(cell('结束偏移')))).toBe('86件');
  });

  it('writes XLSX that exceljs opens, in English when asked, and a comparison too', async () => {
    const file = await completed(trends['trends.export']({ format: 'xlsx', language: 'en', indicator: 'disputes_resolved', regions: [YUDU] }));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Data')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Region');
    expect(sheet.rowCount).toBe(5);
    expect(sheet.getRow(2).getCell(10).value).toBe(21000);
    expect(sheet.getRow(2).getCell(11).value).toBe(22000);
    const compare = await completed(trends['trends.export']({ format: 'csv', indicator: CASES, year: 2021 }));
    expect(compare.rows).toBe(2);
    expect(compare.fileName).toBe('行政复议案件收案数-2021-横向比较.csv');
  });
});
