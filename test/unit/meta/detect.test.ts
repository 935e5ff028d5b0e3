import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../../shared/meta/detect.ts';
import type { ReportMeta } from '../../../shared/meta/types.ts';
import { findJunk } from '../../../shared/text/junk.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/reports');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const meta = (name: string) => detectMeta(read(name), { fileName: name });
const where = (m: ReportMeta) => [m.region, m.level, m.parents.join('/')];

describe('detectMeta: kinds of documents', () => {
  it('a 政府工作报告 titled by its delivery year covers the year before', () => {
    const m = meta('gov-work-report.txt');
    expect(m).toMatchObject({ title: '2023年政府工作报告', docType: '政府工作报告', year: 2022, published: '2023-01-10', issuer: '宁乡市人民政府' });
    // the region is only in the subtitle: a 县级市 is a county-level place
    expect(where(m)).toEqual(['宁乡市', 'county', '湖南省/长沙市']);
    expect(m.regionCode).toBe('430182');
  });

  it('a 统计公报 with its date and bodies under the title', () => {
    const m = meta('stats-bulletin.txt');
    expect(m).toMatchObject({ docType: '统计公报', year: 2023, published: '2024-03-20', issuer: '临沂市统计局' });
    expect(where(m)).toEqual(['临沂市', 'city', '山东省']);
  });

  it('a 政策解读 of a report is not a report', () => {
    const m = meta('policy-interpretation.txt');
    expect(m.docType).toBe('other');
    expect(m.region).toBe('南昌县');
  });
});

describe('detectMeta: same-stem names', () => {
  it('a county report with no title, naming its city more often than itself, is the county (我县)', () => {
    const m = meta('nanchang-county-body-only.txt');
    expect([m.title, m.titleBuilt]).toEqual(['南昌县 · 2023 · 法治政府建设报告', true]);
    expect(where(m)).toEqual(['南昌县', 'county', '江西省/南昌市']);
    expect(m.year).toBe(2023); // "2023年以来"
    expect(m.regionCandidates).toEqual([]);
  });

  it('the city report naming its same-stem county is the city', () => {
    expect(where(meta('nanchang-city.txt'))).toEqual(['南昌市', 'city', '江西省']);
  });

  it('铁东区 exists in 鞍山市 and 四平市: a parent mention decides', () => {
    const m = meta('tiedong-anshan.txt');
    expect(where(m)).toEqual(['铁东区', 'district', '辽宁省/鞍山市']);
    expect(m.regionCandidates).toEqual([]);
  });

  it('铁东区 with no clue stays ambiguous: best guess kept, candidates filled for the user', () => {
    const m = meta('tiedong-ambiguous.txt');
    expect(m.region).toBe('铁东区');
    expect(m.regionCandidates.map((c) => `${c.name}@${c.parents.join('/')}`)).toEqual(['铁东区@辽宁省/鞍山市', '铁东区@吉林省/四平市']);
    expect(m.regionCode).toBe(m.regionCandidates[0]!.code);
  });

  it('a bare stem in the title follows the text: 我县 → 长沙县, 我市 → 长沙市, nothing → ask', () => {
    const body = (self: string) => `长沙2024年法治政府建设工作报告\n2024年,${self}坚持依法行政,各项工作取得新进展。${self}将继续努力。`;
    expect(detectMeta(body('我县')).region).toBe('长沙县');
    expect(detectMeta(body('我市')).region).toBe('长沙市');
    const unsure = detectMeta('长沙2024年法治政府建设工作报告\n2024年,各项工作取得新进展。');
    expect(unsure.regionCandidates.map((c) => c.name)).toEqual(['长沙市', '长沙县']);
  });

  it('an alias counts as a clue (星沙 → 长沙县)', () => {
    const m = detectMeta('2023年,我县坚持依法行政,“在星沙”平台上线政务服务事项120项,星沙街道获评示范。');
    expect(m.region).toBe('长沙县');
  });
});

describe('detectMeta: where the region hides', () => {
  it('a title without the region: the body subject, the 落款 and its date', () => {
    const m = meta('title-without-region.txt');
    expect(m).toMatchObject({ title: '2023年度法治政府建设情况报告', year: 2023, published: '2024-03-08', issuer: '兴国县人民政府' });
    expect(where(m)).toEqual(['兴国县', 'county', '江西省/赣州市']);
  });

  it('only inside a quoted document name', () => {
    const m = detectMeta('法治政府建设情况报告\n2023年,我县认真贯彻《兴国县法治政府建设实施方案》,推进依法行政,全年审查合同协议86份。');
    expect(m.region).toBe('兴国县');
  });

  it('only in the file name', () => {
    const m = detectMeta('2023年度工作总结\n2023年,我县坚持依法行政,各项工作取得新进展。', { fileName: '上犹县2023年法治政府建设报告.txt' });
    expect(where(m)).toEqual(['上犹县', 'county', '江西省/赣州市']);
  });

  it('an anonymised template (某县, 20XX) gives no region and no year', () => {
    const m = meta('template-20xx.txt');
    expect(m.region).toBeNull();
    expect(m.year).toBeNull();
    expect(m.regionCandidates).toEqual([]);
  });

  it.each([
    ['autonomous-county.txt', ['长阳土家族自治县', 'county', '湖北省/宜昌市']],
    ['banner.txt', ['鄂托克旗', 'county', '内蒙古自治区/鄂尔多斯市']],
    ['county-level-city.txt', ['义乌市', 'county', '浙江省/金华市']],
  ])('%s: an autonomous county, a 旗, a 县级市 are county level', (file, expected) => {
    const m = meta(file);
    expect(where(m)).toEqual(expected);
    expect(m.year).toBe(2023);
  });

  it('a municipality district has the municipality as its only parent', () => {
    expect(where(detectMeta('北京市朝阳区2023年法治政府建设年度报告\n2023年,朝阳区坚持依法行政。'))).toEqual(['朝阳区', 'district', '北京市']);
    expect(where(detectMeta('朝阳区2023年法治政府建设年度报告\n2023年,在长春市委领导下,我区坚持依法行政。'))).toEqual(['朝阳区', 'district', '吉林省/长春市']);
  });
});

describe('detectMeta: years and dates', () => {
  it('ignores stale chrome dates and reads the page fields of a saved page', () => {
    const text = read('saved-page.txt');
    const m = detectMeta(text, { junk: findJunk(text) });
    expect(m).toMatchObject({
      title: '南昌县2023年法治政府建设年度报告',
      region: '南昌县',
      year: 2023,
      published: '2024-03-15',
      issuer: '南昌县司法局',
      docType: '法治政府建设报告',
    });
  });

  it('skips the site name above the title of a portal page', () => {
    const m = meta('saved-page-portal.txt');
    expect(m).toMatchObject({ title: '上犹县2023年法治政府建设年度报告', region: '上犹县', year: 2023, published: '2024-03-01', issuer: '上犹县司法局' });
  });

  it('drops the site name glued after a page title', () => {
    const m = detectMeta('长沙县2024年法治政府建设工作报告_长沙县人民政府门户网站\n2024年,我县坚持依法行政。');
    expect(m.title).toBe('长沙县2024年法治政府建设工作报告');
    expect(m.region).toBe('长沙县');
  });

  it('a title year without 年 (2022法治政府…)', () => {
    expect(detectMeta('上犹县2022法治政府建设情况报告\n一年来,我县坚持依法行政。').year).toBe(2022);
  });

  it('a publication date alone gives the year before', () => {
    expect(detectMeta('法治政府建设情况报告\n一年来,我县坚持依法行政。\n某某县人民政府\n2025年1月20日').year).toBe(2024);
  });

  it('Chinese-numeral dates in the 落款', () => {
    const m = detectMeta('上犹县法治政府建设情况报告\n一年来,我县坚持依法行政。\n上犹县人民政府\n二〇二五年二月二十一日');
    expect(m.published).toBe('2025-02-21');
    expect(m.year).toBe(2024);
    expect(m.issuer).toBe('上犹县人民政府');
  });

  it('no stated date gives null', () => {
    expect(detectMeta('上犹县2024年法治政府建设情况报告\n2024年,上犹县坚持依法行政。').published).toBeNull();
  });
});

describe('detectMeta: traditional-script copies', () => {
  it('detects the same as the simplified original (pinyin glued in the title removed)', () => {
    const m = meta('traditional-copy.txt');
    expect(m).toMatchObject({ title: '南昌縣2023年法治政府建設年度報告', region: '南昌县', year: 2023, published: '2024-03-15', docType: '法治政府建设报告' });
    expect(where(m)).toEqual(['南昌县', 'county', '江西省/南昌市']);
  });
});
