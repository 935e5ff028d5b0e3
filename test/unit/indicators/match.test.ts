import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../shared/figures/extract.ts';
import dictionary from '../../../shared/indicators/dictionary.json' with { type: 'json' };
import { DICTIONARY_VERSION, DictionarySchema, listIndicators, matchIndicator } from '../../../shared/indicators/match.ts';

describe('the indicator dictionary', () => {
  it('is valid, versioned, and has unique ascii ids', () => {
    const d = DictionarySchema.parse(dictionary);
    expect(DICTIONARY_VERSION).toBe(d.version);
    const ids = d.indicators.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9_]+$/);
  });

  it('lists entries for pickers', () => {
    const list = listIndicators();
    expect(list.length).toBeGreaterThan(50);
    expect(list.find((e) => e.id === 'gdp')).toEqual({ id: 'gdp', name: '地区生产总值', nameEn: 'Gross regional product (GDP)', unitKind: 'money' });
  });
});

describe('matchIndicator', () => {
  it('matches differently worded phrases to one id', () => {
    for (const phrase of ['收到行政复议申请', '新收行政复议案件', '全市各级行政复议机关受理案件', '受理复议申请']) {
      expect(matchIndicator(phrase, '件')?.id).toBe('admin_review_received');
    }
    for (const phrase of ['审结行政复议案件', '行政复议案件办结']) expect(matchIndicator(phrase, '件')?.id).toBe('admin_review_concluded');
    for (const phrase of ['行政机关负责人出庭应诉率', '县政府和部门负责人出庭率']) {
      expect(matchIndicator(phrase, '%')?.id).toBe('head_court_appearance_rate');
    }
    for (const phrase of ['地区生产总值', '全市GDP', '全县实现生产总值']) expect(matchIndicator(phrase, '元')?.id).toBe('gdp');
    for (const phrase of ['12345热线受理群众诉求', '受理市民诉求', '12345政务服务便民热线接听来电']) {
      expect(matchIndicator(phrase, '件')?.id).toBe('hotline_received');
    }
  });

  it('uses the unit kind to tell counts from rates', () => {
    expect(matchIndicator('行政复议纠错率', '%')?.id).toBe('admin_review_correction_rate');
    expect(matchIndicator('人民调解成功率', '件')).toBeNull();
    expect(matchIndicator('人均地区生产总值', '元')?.id).toBe('gdp_per_capita');
  });

  it('folds traditional script', () => {
    expect(matchIndicator('收到行政復議申請', '件')?.id).toBe('admin_review_received');
    expect(matchIndicator('社會消費品零售總額', '元')?.id).toBe('retail_sales');
  });

  it('leaves unknown phrases unmatched', () => {
    expect(matchIndicator('制作电子印章', '个')).toBeNull();
    expect(matchIndicator('', '')).toBeNull();
  });
});

describe('ids across reports', () => {
  it('figures from differently worded sentences share an id', () => {
    const a = extractFigures('2023年我区新收行政复议案件215件，依法审结198件。');
    const b = extractFigures('全市各级行政复议机关共受理案件1,046件，审结1,002件。');
    expect(a.map((f) => f.indicatorId)).toEqual(['admin_review_received', 'admin_review_concluded']);
    expect(b.map((f) => f.indicatorId)).toEqual(['admin_review_received', 'admin_review_concluded']);
  });

  it('a figure matching nothing keeps its own phrase and a null id', () => {
    const [f] = extractFigures('制作电子印章45个。');
    expect(f).toMatchObject({ indicator: '制作电子印章', indicatorId: null });
  });
});

describe('the dictionary', () => {
  it('has unique ids and names, and every entry a definition, synonyms, a measure and a unit kind', async () => {
    const { default: dictionary } = await import('../../../shared/indicators/dictionary.json', { with: { type: 'json' } });
    const entries = dictionary.indicators as Array<{ id: string; name: string; definition: string; synonyms: string[]; patterns: unknown[]; measure: string; unitKind: string }>;
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    expect(new Set(entries.map((e) => e.name)).size).toBe(entries.length);
    for (const e of entries) {
      expect(e.definition.length, e.id).toBeGreaterThan(4);
      expect(e.synonyms.length + e.patterns.length, e.id).toBeGreaterThan(0);
      expect(['level', 'share'], e.id).toContain(e.measure);
      expect(e.measure === 'share', e.id).toBe(e.unitKind === 'percent');
    }
  });

  it('covers the mandated contents of a 法治政府建设年度报告 and the main statistics', () => {
    const cases: Array<[string, string, string]> = [
      ['收到行政复议申请', '件', 'admin_review_received'],
      ['办理行政应诉案件', '件', 'admin_litigation_cases'],
      ['审查政府规范性文件', '件', 'normative_docs_reviewed'],
      ['公布重大决策事项', '项', 'major_decisions'],
      ['开展行政检查', '次', 'enforcement_inspections'],
      ['开展普法活动', '场次', 'law_popularization_events'],
      ['人民调解案件', '件', 'mediation_cases'],
      ['信访总量', '件', 'petition_volume'],
      ['主动公开政府信息', '条', 'gov_info_disclosed'],
      ['常务会议专题研究法治政府建设', '次', 'rule_of_law_meetings'],
      ['参加法治培训人员', '人次', 'legal_training_attendance'],
      ['地区生产总值', '元', 'gdp'],
      ['规模以上工业增加值', '元', 'industrial_value_added_above_scale'],
      ['粮食产量', '吨', 'grain_output'],
      ['生猪出栏', '头', 'pigs_slaughtered'],
    ];
    for (const [phrase, unit, id] of cases) expect(matchIndicator(phrase, unit)?.id, phrase).toBe(id);
  });
});
