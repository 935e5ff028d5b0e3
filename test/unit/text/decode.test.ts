import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding, decodeBytes } from '../../../shared/text/decode.ts';
import { encodeBig5, encodeGb18030, encodeUtf16, encodeUtf8 } from './encodings.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/reports');
const report = readFileSync(join(fixtures, 'title-without-region.txt'), 'utf8');
const traditional = readFileSync(join(fixtures, 'traditional-copy.txt'), 'utf8');

describe('decodeBytes', () => {
  it('reads strict UTF-8 without a warning', () => {
    const d = decodeBytes(encodeUtf8(report, false));
    expect(d).toEqual({ text: report, encoding: 'utf-8', hadBom: false, warning: null });
  });

  it('drops a UTF-8 BOM from the text', () => {
    const d = decodeBytes(encodeUtf8(report, true));
    expect(d.text).toBe(report);
    expect(d.hadBom).toBe(true);
    expect(d.encoding).toBe('utf-8');
  });

  it('detects GBK/GB18030 and decodes it as gb18030', () => {
    const d = decodeBytes(encodeGb18030(report));
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toBe(report);
    expect(d.warning).toBeNull();
  });

  it('decodes a short GBK title line', () => {
    const line = '上犹县2024年法治政府建设情况报告';
    expect(decodeBytes(encodeGb18030(line)).text).toBe(line);
  });

  it('reads UTF-16LE and UTF-16BE with a BOM', () => {
    for (const endian of ['le', 'be'] as const) {
      const d = decodeBytes(encodeUtf16(report, endian, true));
      expect(d.encoding).toBe(`utf-16${endian}`);
      expect(d.hadBom).toBe(true);
      expect(d.text).toBe(report);
    }
  });

  it('finds UTF-16 without a BOM by its zero bytes', () => {
    for (const endian of ['le', 'be'] as const) {
      const d = decodeBytes(encodeUtf16(report, endian, false));
      expect(d.encoding).toBe(`utf-16${endian}`);
      expect(d.hadBom).toBe(false);
      expect(d.text).toBe(report);
    }
    // ASCII-only UTF-16 is valid UTF-8 byte by byte: the zero pattern must win
    expect(decodeBytes(encodeUtf16('Annual report 2023\n', 'le', false)).text).toBe('Annual report 2023\n');
  });

  it('finds UTF-16LE of pure Chinese (no zero bytes at all) by detection', () => {
    const chinese = '法治政府建设情况报告。我县坚持以习近平法治思想为指导，全面推进依法行政。'.repeat(4);
    const bytes = encodeUtf16(chinese, 'le', false);
    expect(bytes.includes(0)).toBe(false);
    const d = decodeBytes(bytes);
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe(chinese);
  });

  it('reads a Big5 traditional copy', () => {
    const text = traditional.replace(/\(nán\)/, '');
    const d = decodeBytes(encodeBig5(text));
    expect(d.encoding).toBe('big5');
    expect(d.text).toBe(text);
  });

  it('warns visibly on garbage bytes instead of returning silent mojibake', () => {
    const bytes = new Uint8Array(4000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      bytes[i] = 0x80 + (x % 0x80); // high bytes only: neither UTF-8 nor clean GB18030 or Big5
    }
    const d = decodeBytes(bytes);
    expect(d.warning).not.toBeNull();
    expect(d.warning).toMatch(/编码/);
    expect(d.warning).toMatch(/encoding/i);
  });

  it('warns when UTF-8 text carries replacement characters of its own (a page saved garbled)', () => {
    const d = decodeBytes(encodeUtf8('上犹县\ufffd\ufffd报告', false));
    expect(d.encoding).toBe('utf-8');
    expect(d.warning).toContain('2');
  });

  it('keeps UTF-8 cut off in the middle of its last character as UTF-8, with a warning', () => {
    const bytes = encodeUtf8(report, false);
    const d = decodeBytes(bytes.subarray(0, bytes.length - 3)); // the final "\n" and two of the three bytes of 日
    expect(d.encoding).toBe('utf-8');
    expect(d.warning).toMatch(/截断|cut off/);
    expect(d.text.startsWith('2023年度法治政府建设情况报告')).toBe(true);
  });

  it('uses an override as is, for re-decoding stored bytes', () => {
    const gbk = encodeGb18030(report);
    expect(decodeBytes(gbk, 'GBK')).toMatchObject({ encoding: 'gb18030', text: report, warning: null });
    const wrong = decodeBytes(gbk, 'utf-8');
    expect(wrong.encoding).toBe('utf-8');
    expect(wrong.warning).not.toBeNull();
    expect(decodeBytes(encodeUtf16(report, 'le', true), 'utf-16le')).toMatchObject({ text: report, hadBom: true });
    expect(() => decodeBytes(gbk, 'no-such-encoding')).toThrow(RangeError);
  });

  it('maps the names detectors and users give to WHATWG labels', () => {
    expect(canonicalEncoding('GB2312')).toBe('gb18030');
    expect(canonicalEncoding('gbk')).toBe('gb18030');
    expect(canonicalEncoding('Big5-HKSCS')).toBe('big5');
    expect(canonicalEncoding('UTF-16-LE')).toBe('utf-16le');
    expect(canonicalEncoding('windows-1252')).toBe('windows-1252');
    expect(canonicalEncoding('klingon')).toBeNull();
  });

  it('decodes empty input to empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', hadBom: false, warning: null });
  });
});

describe('decodeBytes on saved web pages', () => {
  it('honours a declared charset', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>报告</p></body></html>';
    const d = decodeBytes(encodeGb18030(html));
    expect(d).toMatchObject({ encoding: 'gb18030', text: html, warning: null });
  });
});
