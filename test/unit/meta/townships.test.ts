// Townships in the gazetteer: found by full name in short texts, coded, and offered by the region picker.
import { describe, expect, it } from 'vitest';
import { byCode, findTowns, parentsOf, townsByName } from '../../../shared/meta/gazetteer.ts';
import { resolveRegion, searchRegions } from '../../../electron/region.ts';

describe('townships', () => {
  it('carry the nine-digit code, the township level and their county as parent', () => {
    const [town] = townsByName('星沙街道');
    expect(town).toMatchObject({ code: '430121001', level: 'township', parents: ['湖南省', '长沙市', '长沙县'] });
    expect(byCode('430121001')?.name).toBe('星沙街道');
    expect(parentsOf('430121001').map((p) => p.name)).toEqual(['湖南省', '长沙市', '长沙县']);
  });

  it('a common name belongs to many counties', () => {
    expect(townsByName('城关镇').length).toBeGreaterThan(50);
  });

  it('are found at 镇, 乡, 街道 in a sentence; 乡村, 城乡 and 乡镇 are words, not places', () => {
    expect(findTowns('2023年,星沙街道办事处和黄兴镇在城乡融合、乡村振兴和各乡镇工作中').map((t) => t.name)).toEqual(['星沙街道', '黄兴镇']);
  });

  it('the region picker finds a township and resolves it with its parents', () => {
    expect(searchRegions('黄兴镇').map((c) => [c.name, c.code, c.level])).toEqual([['黄兴镇', '430121102', 'township']]);
    expect(resolveRegion('黄兴镇', '430121102')).toEqual({ name: '黄兴镇', code: '430121102', level: 'township', parents: ['湖南省', '长沙市', '长沙县'] });
  });
});
