import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';

const named = (text: string) => extractFigures(text).map((f) => [f.text, f.indicator]);

describe('indicator phrases', () => {
  it('takes the phrase before the number, without time, place and stress words', () => {
    expect(named('2023年，全县共收到行政复议申请152件。')).toEqual([['152件', '收到行政复议申请']]);
    expect(named('全区市场主体达5.2万户。')).toEqual([['5.2万户', '市场主体']]);
  });

  it('takes the noun after "number + measure word", with the verb before it', () => {
    expect(named('报送3个示范创建候选项目，上线28个“一件事”集成服务。')).toEqual([
      ['3个', '报送示范创建候选项目'],
      ['28个', '上线“一件事”集成服务'],
    ]);
  });

  it('splits enumerations with 、 and 其中, and keeps the verb of the first item', () => {
    expect(named('办理县人大代表建议64件、政协提案91件。')).toEqual([
      ['64件', '办理县人大代表建议'],
      ['91件', '办理政协提案'],
    ]);
    expect(named('办理法律援助案件420件，其中刑事案件260件、民事案件160件。')).toEqual([
      ['420件', '办理法律援助案件'],
      ['260件', '刑事案件'],
      ['160件', '民事案件'],
    ]);
  });

  it('one rate shared by several names is one figure', () => {
    const found = extractFigures('答复率、满意率均达100%。');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: '100%', indicator: '答复率、满意率' });
  });

  it('a bare verb borrows the object counted before it', () => {
    expect(named('排查矛盾纠纷1560件，化解1532件，化解率98.2%。')).toEqual([
      ['1560件', '排查矛盾纠纷'],
      ['1532件', '化解矛盾纠纷'],
      ['98.2%', '矛盾纠纷化解率'],
    ]);
  });

  it('several numbers in one phrase are separate figures', () => {
    expect(named('明确8大类45项重点任务。')).toEqual([
      ['8大类', '重点任务'],
      ['45项', '重点任务'],
    ]);
  });
});

describe('change figures', () => {
  it('get kind change, a direction, and the indicator they change', () => {
    const found = extractFigures('受理案件1180件、同比增加36%，信访总量同比下降9.5%，结案率提高2.1个百分点。');
    expect(found.map((f) => [f.text, f.kind, f.direction, f.indicator])).toEqual([
      ['1180件', 'count', null, '受理案件'],
      ['36%', 'change', 'up', '受理案件'],
      ['9.5%', 'change', 'down', '信访总量'],
      ['2.1个百分点', 'change', 'up', '结案率'],
    ]);
  });

  it('a new level (降至, 压缩到) is not a change; 压减 and 减少 are', () => {
    const found = extractFigures('审批环节由12个压缩到5个，压减58.3%，败诉率降至3.5%，较去年减少28项。');
    expect(found.map((f) => [f.text, f.kind, f.direction])).toEqual([
      ['12个', 'count', null],
      ['5个', 'count', null],
      ['58.3%', 'change', 'down'],
      ['3.5%', 'percent', null],
      ['28项', 'change', 'down'],
    ]);
  });

  it('numbers listed after a change are changes the same way', () => {
    const found = extractFigures('城乡居民人均可支配收入分别增长5.6%和7.2%。');
    expect(found.map((f) => [f.kind, f.direction])).toEqual([
      ['change', 'up'],
      ['change', 'up'],
    ]);
  });

  it('government work report sentences', () => {
    const found = extractFigures('全年实现地区生产总值2345.6亿元，比上年增长5.2%；新增城镇就业1.3万人。');
    expect(found.map((f) => [f.text, f.value, f.unit, f.kind, f.indicatorId])).toEqual([
      ['2345.6亿元', 234560000000, '元', 'money', 'gdp'],
      ['5.2%', 5.2, '%', 'change', 'gdp'],
      ['1.3万人', 13000, '人', 'count', 'urban_new_jobs'],
    ]);
  });
});
