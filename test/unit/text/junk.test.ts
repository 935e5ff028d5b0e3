import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJunk, maskJunk } from '../../../shared/text/junk.ts';
import type { JunkRange } from '../../../shared/text/types.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/reports');
const page = readFileSync(join(fixtures, 'saved-page.txt'), 'utf8');

function covered(junk: JunkRange[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (/\s/.test(page[i] ?? '')) continue;
    if (!junk.some((r) => r.start <= i && i < r.end)) return false;
  }
  return true;
}

function touched(junk: JunkRange[], start: number, end: number): boolean {
  return junk.some((r) => r.start < end && start < r.end);
}

function lineSpan(text: string, line: string): [number, number] {
  const start = text.indexOf(line);
  if (start < 0) throw new Error(`no line ${line}`);
  return [start, start + line.length];
}

describe('findJunk on a saved web page', () => {
  const junk = findJunk(page);
  const lines = page.split('\n').filter((l) => l.trim());
  const titleAt = lines.indexOf('南昌县2023年法治政府建设年度报告');
  const bodyFrom = lines.findIndex((l) => l.startsWith('2023年,南昌县坚持'));
  const bodyTo = lines.indexOf('扫一扫在手机打开当前页');

  it('covers every line of chrome, top and bottom', () => {
    const chrome = [...lines.slice(0, titleAt), ...lines.slice(titleAt + 1, bodyFrom), ...lines.slice(bodyTo)];
    expect(chrome).toHaveLength(3 + 2 + 7);
    for (const line of chrome) expect(covered(junk, ...lineSpan(page, line)), line).toBe(true);
  });

  it('leaves the title and every report paragraph alone (also the one mentioning 联系电话)', () => {
    for (const line of [lines[titleAt]!, ...lines.slice(bodyFrom, bodyTo)]) {
      expect(touched(junk, ...lineSpan(page, line)), line).toBe(false);
    }
  });

  it('names the kinds of chrome', () => {
    const kindOf = (needle: string) => junk.find((r) => r.start <= page.indexOf(needle) && page.indexOf(needle) < r.end)?.kind;
    expect(kindOf('今天是')).toBe('header');
    expect(kindOf('当前位置')).toBe('breadcrumb');
    expect(kindOf('发布时间')).toBe('header');
    expect(kindOf('【字号')).toBe('toolbar');
    expect(kindOf('扫一扫')).toBe('share');
    expect(kindOf('阅读次数')).toBe('counter');
    expect(kindOf('网站标识码')).toBe('footer');
  });

  it('gives sorted, disjoint ranges whose offsets match the text exactly', () => {
    for (let i = 0; i < junk.length; i++) {
      const r = junk[i]!;
      expect(r.end).toBeGreaterThan(r.start);
      if (i) expect(r.start).toBeGreaterThanOrEqual(junk[i - 1]!.end);
      expect(page.slice(r.start, r.end).trim()).toBe(page.slice(r.start, r.end));
    }
    const masked = maskJunk(page, junk);
    expect(masked).toHaveLength(page.length);
    expect(masked).not.toContain('2019年10月31日');
    expect(masked).toContain('2023年,南昌县坚持');
  });
});

describe('findJunk on a portal page with link bars, site name and 上一篇/下一篇', () => {
  const portal = readFileSync(join(fixtures, 'saved-page-portal.txt'), 'utf8');
  const junk = findJunk(portal);
  const lines = portal.split('\n').filter((l) => l.trim());
  const title = lines.indexOf('上犹县2023年法治政府建设年度报告');
  const end = lines.indexOf('【打印正文】【关闭窗口】');

  it('covers all chrome and nothing of the title and body', () => {
    const inJunk = (line: string) => {
      const at = portal.indexOf(line);
      const s = at + (line.length - line.trimStart().length);
      return junk.some((r) => r.start <= s && at + line.trimEnd().length <= r.end);
    };
    const touches = (line: string) => {
      const at = portal.indexOf(line);
      return junk.some((r) => r.start < at + line.length && at < r.end);
    };
    for (const line of [...lines.slice(0, title), ...lines.slice(end)]) expect(inJunk(line), line).toBe(true);
    for (const line of lines.slice(title, end)) expect(touches(line), line).toBe(false);
  });
});

describe('findJunk, other shapes', () => {
  it('marks chrome glued after a title on the same line, not the title', () => {
    const text = '南昌县2023年法治政府建设年度报告 发布时间:2024-03-15 来源:南昌县司法局\n2023年,南昌县坚持依法行政,各项工作取得明显成效。\n';
    const junk = findJunk(text);
    expect(junk).toHaveLength(1);
    expect(text.slice(junk[0]!.start, junk[0]!.end)).toBe('发布时间:2024-03-15 来源:南昌县司法局');
  });

  it('marks the 索引号 header block of government information pages as one range', () => {
    const text = [
      '索 引 号: 000014349/2024-00012 主题分类: 综合政务',
      '发布机构: 某某县司法局 成文日期: 2024-02-20',
      '标  题: 某某县2023年法治政府建设年度报告',
      '',
      '某某县2023年法治政府建设年度报告',
      '2023年,我县坚持以习近平法治思想为指导,全面推进依法行政。',
    ].join('\n');
    const junk = findJunk(text);
    expect(junk).toEqual([{ start: 0, end: text.indexOf('\n\n'), kind: 'header' }]);
  });

  it('reads traditional-script chrome from mirror sites with the same offsets', () => {
    const text = '當前位置:首頁 > 政務公開\n南昌縣2023年法治政府建設年度報告\n2023年,南昌縣堅持依法行政,各項工作取得明顯成效。\n掃一掃在手機打開當前頁\n網站標識碼:3601210001';
    const junk = findJunk(text);
    expect(junk.map((r) => [text.slice(r.start, r.end), r.kind])).toEqual([
      ['當前位置:首頁 > 政務公開', 'breadcrumb'],
      ['掃一掃在手機打開當前頁', 'share'],
      ['網站標識碼:3601210001', 'footer'],
    ]);
  });

  it('never marks report prose, numbered paragraphs or a 落款 at the end', () => {
    const text = [
      '某某县2023年法治政府建设情况报告',
      '2023年,我县坚持以习近平法治思想为指导。全县开展普法活动120场次,来源于群众的意见建议全部办结。',
      '一、主要举措',
      '(一)开通12345政务服务便民热线,电话接通率达到99%。',
      '1.主办全县法治培训班3期。',
      '某某县人民政府',
      '2024年3月1日',
    ].join('\n');
    expect(findJunk(text)).toEqual([]);
  });

  it('holds its invariants on any input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('首页 > 政务', '字号:大 中 小', '主办:某办', '报告正文,依法行政。', '\n', ' ', '分享到', '阅读次数:12', '2024年'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const junk = findJunk(text);
        let last = 0;
        for (const r of junk) {
          expect(r.start).toBeGreaterThanOrEqual(last);
          expect(r.end).toBeGreaterThan(r.start);
          expect(r.end).toBeLessThanOrEqual(text.length);
          last = r.end;
        }
      }),
    );
  });
});
