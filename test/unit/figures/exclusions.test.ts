// Each class of "looks like a number, is not a figure", in sentences written for this test. Every case
// sits next to a real figure so the test also shows that the real one survives.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';

const texts = (text: string) => extractFigures(text).map((f) => f.text);

describe('not figures', () => {
  it('years, dates and months', () => {
    expect(texts('2023年，全区受理案件86件。')).toEqual(['86件']);
    expect(texts('二〇二四年三月十二日印发，2024年1月15日起施行，5月份以后办结12件。')).toEqual(['12件']);
    expect(texts('截至2023年底，对照2022—2023年度目标，完成整改9项。')).toEqual(['9项']);
    expect(texts('发布日期2024-02-27，2024.03.01更新，共收到意见31条。')).toEqual(['31条']);
  });

  it('ordinals, sessions and congresses', () => {
    expect(texts('入选第二批示范县，召开第三次联席会议，审议议题7项。')).toEqual(['7项']);
    expect(texts('县十八届人大三次会议、党的二十大和二十届三中全会召开，提出建议45件。')).toEqual(['45件']);
    expect(texts('居全市第1位，排全省第7，获评首批先进，整改问题23个。')).toEqual(['23个']);
  });

  it('plan periods, editions and titles', () => {
    expect(texts('落实《某市法治政府建设规划（2021—2025年）》和“十四五”规划，编制清单2023版，新增事项15项。')).toEqual([
      '15项',
    ]);
    expect(texts('印发《提升执法质量三年行动计划》，开展优化环境三年攻坚，培训骨干60名。')).toEqual(['60名']);
  });

  it('document numbers, index numbers, phone numbers and site codes', () => {
    expect(texts('依据县政发〔2023〕12号文件，办理案件5件。')).toEqual(['5件']);
    expect(texts('索引号：ab1234-0101-2023-0007\n办理事项40项。')).toEqual(['40项']);
    expect(texts('联系电话：0571-87001234\n网站标识码3301000001\n新增网点6个。')).toEqual(['6个']);
  });

  it('list numbering', () => {
    expect(texts('（三）强化监督。\n1.加强考核。\n2、完善制度，一是健全机制，二是压实责任，共整改8项。')).toEqual(['8项']);
  });

  it('slogans in quotes and formula-like names', () => {
    expect(texts('推行“5化5抓”工作法和“1211”推进机制，落实“三项制度”，新建站点14个。')).toEqual(['14个']);
    expect(texts('构建1+3+N服务体系和“1名律师+2名调解员”模式，服务群众3000人次。')).toEqual(['3000人次']);
    expect(texts('落实中央八项规定精神，坚决做到两个维护，增强四个意识，查处问题16起。')).toEqual(['16起']);
  });

  it('rankings and tiers', () => {
    expect(texts('进入全省10强、全国百强，位列前3名，建成市县乡三级平台、县乡村四级网络，覆盖村庄218个。')).toEqual(['218个']);
  });

  it('idioms and 一 + measure word read as an article', () => {
    expect(texts('下好全县一盘棋，打通最后一公里，做到无一败诉、人手一册，一个时期以来办理一批案件，共计19件。')).toEqual([
      '19件',
    ]);
    expect(texts('千家万户受益，三番五次督促，万人成诉率下降，走访企业27家。')).toEqual(['27家']);
  });

  it('industry-structure ratios, page counters and availability phrases', () => {
    expect(texts('三次产业结构调整为3.2:41.5:55.3，第三产业增加值增长6.2%。')).toEqual(['6.2%']);
    expect(texts('阅读次数：9321 8428次浏览\n新增用户200户。')).toEqual(['200户']);
    expect(texts('提供24小时自助服务，打造15分钟公共法律服务圈和7×24小时热线，接听来电5600个。')).toEqual(['5600个']);
  });

  it('thresholds inside names, and streak-free period words', () => {
    expect(texts('500万元以上项目开工32个，60岁以上老年人口4.2万人，规模以上工业增加值增长7%。')).toEqual([
      '32个',
      '4.2万人',
      '7%',
    ]);
    expect(texts('近三年来，五年来，过去五年累计投入4.5亿元。')).toEqual(['4.5亿元']);
  });

  it('codes glued to letters, zero words and bare size words', () => {
    expect(texts('建成5G基站120个、4A级景区3个，PM2.5浓度下降9%。')).toEqual(['120个', '3个', '9%']);
    expect(texts('实现零投诉，打造百万人口城市，新增零件厂2家。')).toEqual(['2家']);
  });

  it('nothing is read inside the skip ranges', () => {
    const text = '首页 > 政务公开 > 共3条\n全年办理案件52件。\n主办：某县政府 访问量12万次';
    const skip = [
      { start: 0, end: text.indexOf('\n') },
      { start: text.lastIndexOf('\n'), end: text.length },
    ];
    expect(extractFigures(text, { skip }).map((f) => f.text)).toEqual(['52件']);
  });
});
