// The year covered and why: every text here is written for these tests.
import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../../shared/meta/detect.ts';
import { findJunk } from '../../../shared/text/junk.ts';

const detect = (text: string) => detectMeta(text, { junk: findJunk(text) });
const why = (text: string) => {
  const m = detect(text);
  return [m.year, m.yearSource];
};
const rule = '我县持续深化法治政府建设,法治政府建设考核结果纳入综合考评,法治政府建设示范创建稳步推进。';

describe('year covered: title and opening beat page chrome', () => {
  it('a site header clock (date with 星期) above a later report is chrome, and the opening decides', () => {
    const text = `2019年10月31日 星期四\n兴国县法治政府建设年度报告\n2023年,我县坚持依法行政。${rule}`;
    expect(findJunk(text)[0]).toMatchObject({ start: 0, kind: 'header' });
    expect(why(text)).toEqual([2023, 'opening']);
  });

  it('a clock with the lunar date, or the weekday first, is chrome too', () => {
    for (const clock of ['2019年10月31日 农历九月初三 星期四', '星期四 2019年10月31日', '兴国县人民政府 2019-10-31 周四']) {
      const text = `${clock}\n兴国县法治政府建设年度报告\n一年来,我县坚持依法行政。${rule}\n兴国县人民政府\n2024年2月1日`;
      expect(findJunk(text)[0], clock).toMatchObject({ start: 0, end: clock.length, kind: 'header' });
      expect(why(text)).toEqual([2023, 'published']);
    }
  });

  it('今天是, 发布时间 and 浏览次数 lines never give the year', () => {
    const text = `今天是:2019年10月31日\n发布时间:2019-10-31 浏览次数:1024\n兴国县法治政府建设年度报告\n2023年以来,我县坚持依法行政。${rule}`;
    const m = detect(text);
    expect([m.year, m.yearSource, m.yearEvidence]).toEqual([2023, 'opening', '2023年以来,我县坚持依法行政']);
  });

  it('the title year beats every other year, and says where it came from', () => {
    const m = detect(`兴国县2023年法治政府建设年度报告\n2022年以来的改革持续深化,2024年将继续推进。${rule}`);
    expect([m.year, m.yearSource, m.yearEvidence]).toEqual([2023, 'title', '兴国县2023年法治政府建设年度报告']);
  });

  it('a title year written without 年 (2023法治政府…)', () => {
    expect(why(`兴国县2023法治政府建设情况报告\n一年来,我县坚持依法行政。${rule}`)).toEqual([2023, 'title']);
  });

  it('a full date in a title is a page date, not the year covered', () => {
    expect(why(`兴国县法治政府建设年度报告(2024年3月1日)\n2023年,我县坚持依法行政。${rule}`)).toEqual([2023, 'opening']);
  });

  it('the opening looks back on an earlier year before naming its own', () => {
    expect(why(`兴国县法治政府建设年度报告\n在2022年成功创建省级示范县的基础上,2023年,我县坚持依法行政。${rule}`)).toEqual([2023, 'opening']);
  });

  it('an event date in the opening (2020年9月…) is skipped for the year of the figures', () => {
    expect(why(`2020年9月,省领导来县调研指导。2023年全县地区生产总值增长5.1%,${rule}`)).toEqual([2023, 'opening']);
  });
});

describe('year covered: what the genre says', () => {
  it('a 政府工作报告 titled by its delivery year covers the year before', () => {
    const m = detect('2024年兴国县政府工作报告\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。过去一年,全县经济稳中向好。');
    expect([m.docType, m.year, m.yearSource]).toEqual(['政府工作报告', 2023, 'title-delivery']);
  });

  it('a 政府工作报告 with only its delivery line', () => {
    const m = detect('政府工作报告\n——2024年1月10日在兴国县第十八届人民代表大会第四次会议上\n各位代表:\n现在,我代表县人民政府向大会报告工作。');
    expect([m.year, m.yearSource, m.yearEvidence]).toEqual([2023, 'title-delivery', '——2024年1月10日在兴国县第十八届人民代表…']);
  });

  it('a 统计公报 covers the year in its title', () => {
    const m = detect('兴国县2023年国民经济和社会发展统计公报\n兴国县统计局\n2024年3月20日\n初步核算,全年地区生产总值320.5亿元,比上年增长4.9%。');
    expect([m.docType, m.year, m.yearSource, m.published]).toEqual(['统计公报', 2023, 'title', '2024-03-20']);
  });

  it('"一年来" with no year: the publication date says (published next spring → the year before)', () => {
    expect(why(`兴国县法治政府建设年度报告\n发布时间:2024-02-20\n一年来,我县坚持依法行政。${rule}`)).toEqual([2023, 'published']);
  });

  it('a page date older than the years the body speaks of is stale: the body decides', () => {
    const text = `兴国县法治政府建设年度报告\n发布时间:2019-10-31\n一年来,我县坚持依法行政。${rule}${rule}${rule}\n二、主要成效\n2023年全县办理行政复议案件36件,2023年新增调解组织12个。`;
    expect(why(text)).toEqual([2023, 'body']);
  });

  it('a report published at the end of its own year covers that year', () => {
    expect(why(`兴国县法治政府建设年度报告\n发布时间:2023-12-27\n一年来,我县坚持依法行政。${rule}`)).toEqual([2023, 'published']);
  });

  it('"20XX" gives no year and says so', () => {
    const m = detect(`某县20XX年法治政府建设情况报告\n20XX年,我县坚持依法行政,2021年出台的规定继续实施。${rule}`);
    expect([m.year, m.yearSource, m.yearEvidence]).toEqual([null, 'masked', '某县20XX年法治政府建设情况报告']);
  });

  it('the commonest year leaves out the plans for next year', () => {
    const text = `兴国县法治政府建设情况报告\n一年来,我县坚持依法行政。${rule}${rule}${rule}\n一、主要成效\n2023年办理行政复议案件36件。\n二、2024年工作打算\n2024年将深化改革,2024年完成示范创建,2024年实现全覆盖。`;
    const m = detect(text);
    expect([m.year, m.yearSource]).toEqual([2023, 'body']);
  });

  it('a heading on targets met is no plans section', () => {
    const text = `兴国县法治政府建设情况报告\n一年来,我县坚持依法行政。${rule}${rule}${rule}\n一、2023年工作目标完成情况\n2023年办理行政复议案件36件,2023年新增调解组织12个。`;
    expect(why(text)).toEqual([2023, 'body']);
  });

  it('a year only inside a quoted document name, deep in the text', () => {
    const m = detect(`关于兴国县法治政府建设工作情况的汇报\n县政府:\n现汇报如下:${rule}印发《2020年兴国县法治政府建设工作计划》。`);
    expect([m.year, m.yearSource]).toEqual([2020, 'quoted']);
  });

  it('no year anywhere', () => {
    expect(why(`兴国县法治政府建设情况报告\n我县坚持依法行政。${rule}`)).toEqual([null, 'none']);
  });
});
