import { describe, expect, it } from 'vitest';
import { checkMeta, summarizeMeta } from '../../../shared/report/evaluate-meta.ts';
import type { ReportMeta } from '../../../shared/meta/types.ts';

const found: ReportMeta = {
  title: '某县2023年法治政府建设情况报告',
  region: '某县',
  regionCode: null,
  parents: [],
  level: 'county',
  year: 2022,
  published: null,
  issuer: null,
  docType: '法治政府建设报告',
  regionCandidates: [],
};

describe('checkMeta', () => {
  it('checks each field the key states, docType only when present', () => {
    const checks = checkMeta({ region: '某县', level: 'county', year: 2023, title: '某县2023年法治政府建设情况报告' }, found);
    expect(checks.map((c) => [c.field, c.right])).toEqual([['region', true], ['year', false], ['level', true], ['title', true]]);
    const s = summarizeMeta([checks]);
    expect(s.year).toEqual({ right: 0, total: 1 });
    expect(s.docType).toEqual({ right: 0, total: 0 });
  });
});
