// Region (townships, department reports, unknown regions) and kind of document (信息公开年报, plans, pages
// that are not Chinese prose). Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../../shared/meta/detect.ts';
import { findJunk } from '../../../shared/text/junk.ts';
import type { ReportMeta } from '../../../shared/meta/types.ts';

const detect = (text: string) => detectMeta(text, { junk: findJunk(text) });
const where = (m: ReportMeta) => [m.region, m.level, m.parents.join('/')];
const rule = '持续深化法治政府建设,法治政府建设考核结果纳入综合考评,法治政府建设示范创建稳步推进。';

describe('region: townships under their county', () => {
  it('a township named in the title, its county from the gazetteer', () => {
    const m = detect(`黄兴镇2023年法治政府建设工作报告\n2023年,我镇在县委、县政府的坚强领导下,${rule}全镇办结信访事项42件。`);
    expect(where(m)).toEqual(['黄兴镇', 'township', '湖南省/长沙市/长沙县']);
    expect(m.regionCode).toBe('430121102');
    expect(m.regionCandidates).toEqual([]);
  });

  it('a 街道 named as the subject of the opening, with the county above it in the header', () => {
    const m = detect(`发布机构: 长沙县人民政府\n2023年度法治建设工作报告\n2023年,星沙街道党工委坚持依法履职,我街道${rule}`);
    expect(where(m)).toEqual(['星沙街道', 'township', '湖南省/长沙市/长沙县']);
  });

  it('a township name used in six provinces: the county in the title decides', () => {
    const m = detect(`南昌县莲塘镇2023年法治政府建设工作报告\n2023年,我镇${rule}`);
    expect([m.region, m.regionCode, m.regionCandidates]).toEqual(['莲塘镇', '360121100', []]);
  });

  it('a township name used in six provinces and no clue: candidates, never a silent guess', () => {
    const m = detect(`莲塘镇2023年法治政府建设工作报告\n2023年,我镇${rule}`);
    expect(m.level).toBe('township');
    expect(m.regionCandidates.map((c) => c.parents[c.parents.length - 1])).toEqual(['浦城县', '南昌县', '桂阳县', '高要区', '八步区', '横州市']);
  });

  it('a text that calls itself 我镇 but never names its township is unknown, not its county', () => {
    const m = detect(`2023年法治建设工作总结\n2023年,在兴国县委、县政府的坚强领导下,我镇${rule}我镇全年办结信访事项42件,我镇${rule}`);
    expect([m.region, m.level]).toEqual([null, null]);
  });

  it('a township named only in the signature of a text that calls itself 我镇', () => {
    const m = detect(`2023年法治建设工作总结\n2023年,在兴国县委、县政府的坚强领导下,我镇${rule}\n潋江镇人民政府\n2024年1月5日`);
    expect(where(m)).toEqual(['潋江镇', 'township', '江西省/赣州市/兴国县']);
  });

  it('a county report naming one of its townships in passing stays the county', () => {
    const m = detect(`长沙县2023年法治政府建设工作报告\n2023年,长沙县坚持依法行政,在黄兴镇试点综合执法改革,我县${rule}`);
    expect(where(m)).toEqual(['长沙县', 'county', '湖南省/长沙市']);
  });
});

describe('region: department reports, specific over parent, unknown', () => {
  it('a department report belongs to its region (县司法局, 区行政审批局)', () => {
    expect(where(detect(`兴国县司法局2023年法治政府建设工作报告\n2023年,县司法局${rule}`))).toEqual(['兴国县', 'county', '江西省/赣州市']);
    const m = detect(`章贡区行政审批局关于2023年度法治政府建设情况的报告\n2023年,区行政审批局在区委、区政府的领导下${rule}`);
    expect(where(m)).toEqual(['章贡区', 'district', '江西省/赣州市']);
  });

  it('a city bureau\'s branch named after a district belongs to that district', () => {
    const m = detect(`赣州市生态环境局章贡分局2023年法治政府建设年度报告\n2023年,我局${rule}`);
    expect(where(m)).toEqual(['章贡区', 'district', '江西省/赣州市']);
  });

  it('the district in the opening wins over the city in the page header', () => {
    const m = detect(`发布机构: 赣州市人民政府\n2023年度法治政府建设情况报告\n2023年,章贡区坚持依法行政,我区${rule}`);
    expect(where(m)).toEqual(['章贡区', 'district', '江西省/赣州市']);
  });

  it('a region named nowhere is unknown (null), never guessed', () => {
    const m = detect(`2023年,在县委、县政府的坚强领导下,全县上下${rule}我县全年新增市场主体一万余户。`);
    expect([m.region, m.level, m.regionCode, m.regionCandidates]).toEqual([null, null, null, []]);
  });

  it('a place named once in passing is offered, not taken as the region', () => {
    const m = detect(`2023年,在县委、县政府的坚强领导下,我县${rule.repeat(7)}\n二、主要成效\n组织执法人员赴长沙县学习综合执法改革经验。`);
    expect(m.region).toBeNull();
    expect(m.regionCandidates.map((c) => c.name)).toEqual(['长沙县']);
  });

  it('a county report that names only its city is unknown: the counties of that city are offered', () => {
    const m = detect(`2023年,在宜春市委、市政府的坚强领导下,我县${rule}我县全年办理行政复议案件21件,我县行政应诉率100%。`);
    expect(m.region).toBeNull();
    expect(m.regionCandidates.length).toBeGreaterThan(1);
    expect(m.regionCandidates.every((c) => c.parents.join('/') === '江西省/宜春市' && c.name.endsWith('县'))).toBe(true);
  });
});

describe('kind of document', () => {
  it('政府信息公开年报 by its title, covering the year in the title', () => {
    const m = detect('兴国县人民政府2023年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。');
    expect([m.docType, m.year, m.region]).toEqual(['政府信息公开年报', 2023, '兴国县']);
  });

  it('政府信息公开年报 by its opening when the title is missing', () => {
    const body = '本年度报告根据《中华人民共和国政府信息公开条例》要求编制,全文包括总体情况、主动公开政府信息情况等内容。';
    const m = detect(`${body}${'兴国县人民政府坚持以公开为常态、不公开为例外,全年主动公开政府信息一千余条。'.repeat(4)}`);
    expect(m.docType).toBe('政府信息公开年报');
  });

  it('the court\'s work report to the same congress is not a 政府工作报告', () => {
    const court = '各位代表:\n现在,我代表县人民法院向大会报告工作,请予审议。过去一年,全院共受理案件一万余件。';
    expect(detect(`兴国县人民法院工作报告\n${court}`).docType).toBe('other');
    expect(detect(court.repeat(6)).docType).not.toBe('政府工作报告');
    const government = '各位代表:\n现在,我代表县人民政府,向大会报告工作,请予审议。过去一年,全县经济稳中向好。';
    expect(detect(government.repeat(6)).docType).toBe('政府工作报告');
  });

  it('an untitled excerpt of a few paragraphs about 法治 is a 法治政府建设报告', () => {
    const text =
      '2023年,兴国县坚持以法治思维推进改革发展,法治政府建设稳步推进。一、坚持党的领导,健全法治工作机制。县委常委会专题研究法治工作,' +
      '将法治建设纳入综合考核。二、深化法治宣传教育,开展法治讲座40场,建成法治文化阵地12个。三、严格规范公正文明执法,全年开展执法检查200余次。' +
      '四、加强行政复议和应诉工作,全年办理行政复议案件36件,行政机关负责人出庭应诉率100%,行政诉讼败诉率持续下降。';
    expect(detect(text).docType).toBe('法治政府建设报告');
  });

  it('a notice that issues a report is that report', () => {
    const m = detect(`兴国县人民政府办公室关于公布《兴国县2023年法治政府建设年度报告》的通知\n各乡镇人民政府,县政府各部门:\n2023年,我县${rule}`);
    expect([m.docType, m.year, m.region]).toEqual(['法治政府建设报告', 2023, '兴国县']);
  });

  it('a plan (工作要点) and a news item are not reports', () => {
    expect(detect(`兴国县2024年法治政府建设工作要点\n一、总体要求\n${rule}`).docType).toBe('other');
    expect(detect(`兴国县召开法治政府建设推进会\n近日,兴国县召开法治政府建设推进会。${rule}`).docType).toBe('other');
  });

  it('a portal page that quotes the year\'s GDP is not a 统计公报', () => {
    const m = detect(`兴国县位于江西省中南部。2023年全县地区生产总值增长5.1%,${'境内山清水秀,物产丰富,交通便利。'.repeat(10)}`);
    expect(m.docType).toBe('other');
  });

  it('a page that is not Chinese prose (a machine translation) is flagged', () => {
    const english =
      'In 2023, the county government adhered to administering according to law and deepened the building of a rule-of-law government. '.repeat(
        6,
      );
    const m = detect(`兴国县2023年法治政府建设年度报告\n${english}`);
    expect([m.notChinese, m.docType, m.year]).toEqual([true, 'other', 2023]);
    expect(detect(`兴国县2023年法治政府建设年度报告\n2023年,我县${rule}全年上线“赣服通”兴国分厅APP,办件量达1.2万件。`).notChinese).toBe(false);
  });
});
