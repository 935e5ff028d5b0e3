import { describe, expect, it } from 'vitest';
import { ALIASES, byAlias, byCode, byName, byStem, lookup, parentsOf, stemOf, toCandidate } from '../../../shared/meta/gazetteer.ts';

const brief = (name: string) => byName(name).map((p) => [p.code, p.level, p.parents.join('/')]);

describe('gazetteer levels follow GB/T 2260', () => {
  it.each([
    ['江西省', 'province', ''],
    ['北京市', 'province', ''],
    ['广西壮族自治区', 'province', ''],
    ['赣州市', 'city', '江西省'],
    ['阿拉善盟', 'city', '内蒙古自治区'],
    ['大理白族自治州', 'city', '云南省'],
    ['和田地区', 'city', '新疆维吾尔自治区'],
    ['东莞市', 'city', '广东省'],
    ['江海区', 'district', '广东省/江门市'],
    ['碑林区', 'district', '陕西省/西安市'],
    ['上犹县', 'county', '江西省/赣州市'],
    ['长阳土家族自治县', 'county', '湖北省/宜昌市'],
    ['鄂托克旗', 'county', '内蒙古自治区/鄂尔多斯市'],
    ['鄂伦春自治旗', 'county', '内蒙古自治区/呼伦贝尔市'],
    ['义乌市', 'county', '浙江省/金华市'],
    ['六枝特区', 'county', '贵州省/六盘水市'],
    ['神农架林区', 'county', '湖北省'],
    ['济源市', 'county', '河南省'],
    ['忠县', 'county', '重庆市'],
    ['浦东新区', 'district', '上海市'],
  ])('%s is a %s under %s', (name, level, parents) => {
    const [place] = byName(name);
    expect(place).toBeDefined();
    expect(place!.level).toBe(level);
    expect(place!.parents.join('/')).toBe(parents);
  });

  it('skips the dataset placeholders (市辖区, 省直辖县级行政区划)', () => {
    expect(byName('市辖区')).toEqual([]);
    expect(byCode('429000')).toBeNull();
  });
});

describe('gazetteer lookups', () => {
  it('by full name, also where a name is shared', () => {
    expect(brief('上犹县')).toEqual([['360724', 'county', '江西省/赣州市']]);
    expect(brief('铁东区')).toEqual([
      ['210302', 'district', '辽宁省/鞍山市'],
      ['220303', 'district', '吉林省/四平市'],
    ]);
  });

  it('by stem', () => {
    expect(byStem('上犹').map((p) => p.name)).toEqual(['上犹县']);
    expect(byStem('长沙').map((p) => p.name).sort()).toEqual(['长沙县', '长沙市']);
    expect(byStem('铁岭').map((p) => p.name).sort()).toEqual(['铁岭县', '铁岭市']);
    expect(stemOf('保亭黎族苗族自治县')).toBe('保亭');
    expect(stemOf('互助土族自治县')).toBe('互助');
    expect(stemOf('鄂伦春自治旗')).toBe('鄂伦春');
    expect(stemOf('忠县')).toBe('忠县');
  });

  it('by code, with parents province first', () => {
    expect(byCode('430121')?.name).toBe('长沙县');
    expect(parentsOf('430121').map((p) => p.name)).toEqual(['湖南省', '长沙市']);
    expect(parentsOf('110105').map((p) => p.name)).toEqual(['北京市']);
  });

  it('by informal alias, from a small table', () => {
    expect(byAlias('星沙').map((p) => p.name)).toEqual(['长沙县']);
    expect(lookup('星沙').map((p) => p.name)).toEqual(['长沙县']);
    expect(lookup('上犹').map((p) => p.name)).toEqual(['上犹县']);
    for (const a of ALIASES) expect(byCode(a.code), a.alias).not.toBeNull();
  });

  it('makes RegionCandidates', () => {
    expect(toCandidate(byName('江海区')[0]!)).toEqual({ name: '江海区', code: '440704', level: 'district', parents: ['广东省', '江门市'] });
  });
});
