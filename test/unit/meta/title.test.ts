// Titles on pages as they are saved: chrome above, in front of and glued to the title, and texts without one.
// Every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../../shared/meta/detect.ts';
import { findJunk } from '../../../shared/text/junk.ts';

const opening = '2023年,兴国县坚持以法治思维推进各项工作,依法行政水平稳步提升,全年办理行政复议案件36件。';
const detect = (text: string) => detectMeta(text, { junk: findJunk(text) });

describe('title: chrome never enters it', () => {
  it('a header block with 文件编号 and 有效性 above the title', () => {
    const m = detect(
      [
        '索引号: 000000-0101-2024-0007 主题分类: 综合政务',
        '发布机构: 兴国县人民政府 生成日期: 2024-03-02',
        '文件编号: 有效性: 有效',
        '兴国县2023年法治政府建设年度报告',
        opening,
      ].join('\n'),
    );
    expect([m.title, m.titleBuilt]).toEqual(['兴国县2023年法治政府建设年度报告', false]);
    expect(m.published).toBe('2024-03-02');
  });

  it('the header line 文件编号: 有效性: 有效 is chrome', () => {
    const text = `文件编号: 有效性: 有效\n兴国县2023年法治政府建设年度报告\n${opening}`;
    expect(findJunk(text)[0]).toMatchObject({ start: 0, end: '文件编号: 有效性: 有效'.length, kind: 'header' });
  });

  it('a site name and a date with 星期 in front of the title on one line', () => {
    const m = detect(`兴国县人民政府门户网站 2019年10月31日 星期四 兴国县2023年法治政府建设年度报告\n${opening}`);
    expect(m.title).toBe('兴国县2023年法治政府建设年度报告');
    expect(m.year).toBe(2023);
  });

  it('the site after a dash, an underscore or a bar', () => {
    for (const site of ['-兴国县人民政府', '_兴国县人民政府门户网站', ' | 兴国县人民政府网']) {
      expect(detect(`兴国县2023年法治政府建设年度报告${site}\n${opening}`).title).toBe('兴国县2023年法治政府建设年度报告');
    }
  });

  it('a portal tag before and a bracketed source after the title', () => {
    expect(detect(`【图文】兴国县2023年法治政府建设年度报告(来源:兴国县司法局)\n${opening}`).title).toBe('兴国县2023年法治政府建设年度报告');
  });

  it('undecodable bytes at the ends of the title line are not part of it', () => {
    expect(detect(`??兴国县2023年法治政府建设年度报告\uFFFD\uFFFD\n${opening}`).title).toBe('兴国县2023年法治政府建设年度报告');
  });

  it('a column name glued in front (通知公告关于…)', () => {
    expect(detect(`通知公告关于兴国县2023年法治政府建设情况的报告\n${opening}`).title).toBe('关于兴国县2023年法治政府建设情况的报告');
  });

  it('a column name glued in front of a title without place or year', () => {
    const text = '政务动态政府工作报告\n——2024年1月10日在兴国县第十八届人民代表大会第四次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。';
    const m = detect(text);
    expect([m.title, m.year, m.yearSource, m.region]).toEqual(['政府工作报告', 2023, 'title-delivery', '兴国县']);
  });

  it('a subtitle in brackets under the title is not the title', () => {
    const text = '政府工作报告\n(2024年1月10日在兴国县第十八届人民代表大会第四次会议上)\n各位代表:\n现在,我代表县人民政府向大会报告工作。';
    const m = detect(text);
    expect([m.title, m.year, m.yearSource, m.region]).toEqual(['政府工作报告', 2023, 'title-delivery', '兴国县']);
  });

  it('an English menu line above the title is skipped, not read as prose', () => {
    const m = detect(`Home | About | News | Government | Services | Contact | Search\n兴国县2023年法治政府建设年度报告\n${opening}`);
    expect(m.title).toBe('兴国县2023年法治政府建设年度报告');
    const glued = detect('Home | About | News | Government | Services | Contact\n兴国县人民政府关于2023年度法治政府建设情况的报告2023年,县政府坚持依法行政,成效明显。');
    expect(glued.title).toBe('兴国县人民政府关于2023年度法治政府建设情况的报告');
  });

  it('a title broken after the issuing government is joined', () => {
    expect(detect(`兴国县人民政府\n2023年法治政府建设情况报告\n${opening}`).title).toBe('兴国县人民政府2023年法治政府建设情况报告');
  });

  it('a column name on its own line above a breadcrumb and the title is not glued on', () => {
    const m = detect(`通知公告\n当前位置: 首页 > 政务公开 > 通知公告\n\n关于兴国县2023年法治政府建设情况的报告\n${opening}`);
    expect(m.title).toBe('关于兴国县2023年法治政府建设情况的报告');
  });

  it('navigation lines (微信, 某某政务微信, 手机版) are never the title', () => {
    const m = detect(['微信', '微博', '兴国政务微信', '手机版', '无障碍', '党政办公室', '兴国县2023年法治政府建设年度报告', opening].join('\n\n'));
    expect(m.title).toBe('兴国县2023年法治政府建设年度报告');
  });

  it('a column heading and a department above the real title', () => {
    const m = detect(['手机版', '行政审批局', '法治政府建设年度报告', '兴国县行政审批局关于2023年度法治政府建设情况的报告', opening].join('\n\n'));
    expect(m.title).toBe('兴国县行政审批局关于2023年度法治政府建设情况的报告');
    expect(m.region).toBe('兴国县');
  });

  it('a signature line with its date above the text is not the title; a news headline still is', () => {
    expect(detect(`兴国县人民政府2024年2月1日\n法治政府建设年度报告\n${opening}`).title).toBe('法治政府建设年度报告');
    expect(detect(`兴国县召开全县依法行政推进会\n近日,兴国县召开全县依法行政推进会。`).title).toBe('兴国县召开全县依法行政推进会');
  });

  it('links to other years above the title: the title the page repeats wins', () => {
    const m = detect(
      ['兴国县2021年法治政府建设年度报告', '兴国县2022年法治政府建设年度报告', '兴国县2023年法治政府建设年度报告', '发布时间:2024-02-01', '兴国县2023年法治政府建设年度报告', opening].join('\n'),
    );
    expect([m.title, m.year]).toEqual(['兴国县2023年法治政府建设年度报告', 2023]);
  });

  it('a document number is not a title: a text without a title line gets a built one', () => {
    const body = '我县把法治政府建设摆在全局工作的重要位置,法治政府建设考核结果纳入综合考评。'.repeat(4);
    const m = detect(`兴府字〔2024〕8号\n${opening}\n一、法治政府建设主要举措\n${body}`);
    expect(m.title).toBe('兴国县 · 2023 · 法治政府建设报告');
    expect(m.titleBuilt).toBe(true);
  });

  it('a watermark ending in a web address and the opening glued to the title on one line', () => {
    const m = detect(
      '公文范文网—每日更新www.example.com兴国县人民政府关于2023年度法治政府建设情况的报告2023年,县政府坚持依法行政,法治政府建设取得新成效。一、坚持党的领导',
    );
    expect(m.title).toBe('兴国县人民政府关于2023年度法治政府建设情况的报告');
    expect([m.region, m.year]).toEqual(['兴国县', 2023]);
  });

  it('a watermarked line with the title glued to the opening, under navigation lines', () => {
    const m = detect('首页\n微信\n手机版\n公文范文网www.example.com兴国县人民政府关于2023年度法治政府建设情况的报告2023年,县政府坚持依法行政,成效明显。一、坚持党的领导');
    expect(m.title).toBe('兴国县人民政府关于2023年度法治政府建设情况的报告');
  });

  it('a site clock glued in front of a title broken over two lines', () => {
    const m = detect(`兴国县人民政府门户网站 2019年10月31日 星期四 兴国县关于2023年度法治政府\n建设情况的报告\n${opening}`);
    expect([m.title, m.year]).toEqual(['兴国县关于2023年度法治政府建设情况的报告', 2023]);
  });

  it('a title broken over two lines is joined; a headline of a repost is not the title', () => {
    expect(detect(`兴国县2023年国民经济和\n社会发展统计公报\n${opening}`).title).toBe('兴国县2023年国民经济和社会发展统计公报');
    const repost = detect(
      '聚焦两会|速看!一图读懂2024年兴国县政府工作报告\n政府工作报告\n——2024年1月10日在兴国县第十八届人民代表大会第四次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。',
    );
    expect([repost.title, repost.docType, repost.year]).toEqual(['政府工作报告', '政府工作报告', 2023]);
  });

  it('a portal page whose first lines are menu words gets no title from them', () => {
    const m = detect(`印象兴国\n兴国地图\n兴国县位于江西省中南部,是著名的将军县。${'全县面积三千余平方公里,山清水秀。'.repeat(8)}`);
    expect(m.titleBuilt).toBe(true);
    expect(m.docType).toBe('other');
  });
});
