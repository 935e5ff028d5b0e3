import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseForHash } from '../../../shared/text/normalise.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/reports');

describe('normaliseForHash', () => {
  it('gives the same string for one report saved from two different pages', () => {
    const page = readFileSync(join(fixtures, 'saved-page.txt'), 'utf8');
    // the same report from another portal: other chrome, CRLF, indentation, full-width digits and punctuation
    const lines = page.split('\n');
    const from = lines.findIndex((l) => l.startsWith('南昌县2023年'));
    const to = lines.indexOf('扫一扫在手机打开当前页');
    const body = lines.slice(from, to).filter((l) => !/^(发布时间|【字号)/.test(l));
    const other = [
      '您现在的位置:首页 > 信息公开 > 法定主动公开内容',
      body[0],
      '来源:南昌县人民政府  发布日期:2024-03-18',
      ...body.slice(1).map((l) => `\u3000\u3000${l}`.replace(/2023/g, '２０２３').replace(/,/g, '，')),
      '版权所有:南昌县人民政府  赣ICP备00000000号',
    ].join('\r\n');
    expect(normaliseForHash(other)).toBe(normaliseForHash(page));
  });

  it('keeps one space between ASCII words and none between Chinese characters', () => {
    expect(normaliseForHash('Annual  report\n2023 年 报告 “依法”')).toBe('Annual report 2023年报告"依法"');
  });

  it('does not drop report text', () => {
    expect(normaliseForHash('2023年,我县坚持依法行政。')).toBe('2023年,我县坚持依法行政。');
  });
});
