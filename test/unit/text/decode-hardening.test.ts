// Issue 10 item 5: no silent mis-decoding of UTF-8 that has NUL bytes or a few damaged bytes.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/text/decode.ts';
import { readReport } from '../../../electron/import/read-report.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const line = '全县共办理行政复议案件十二件'; // 14 characters: 42 bytes, +\n +NUL = 44, even: every NUL on an odd offset

describe('UTF-8 with a NUL byte at the end of every line', () => {
  const lines = Array.from({ length: 60 }, (_, i) => `${line.slice(0, 13)}${i % 10}`);
  const bytes = new Uint8Array(lines.flatMap((l) => [...utf8(`${l}\n`), 0]));

  it('is decoded as UTF-8, the NULs removed and said, not taken for UTF-16LE', () => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(lines.map((l) => `${l}\n`).join(''));
    expect(decoded.warning).toMatch(/空字节|NUL/);
  });

  it('imports as that text', async () => {
    const read = await readReport(bytes, 'nul-lines.txt');
    expect(read).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (read.ok) expect(read.text).toContain(lines[0]);
  });
});

describe('UTF-8 with a few invalid bytes', () => {
  const sentences = Array.from({ length: 12 }, (_, i) => `第${i + 1}项:全年办理行政复议案件${i + 3}件,行政应诉案件${i + 5}件。\n`);
  const parts: number[] = [];
  for (const sentence of sentences) parts.push(...utf8(sentence), 0xff); // one stray byte after each line
  const bytes = new Uint8Array(parts);

  it('is decoded as UTF-8 with the bad bytes replaced and a warning, not whole as GB18030', () => {
    const decoded = decodeBytes(bytes);
    expect(decoded.encoding).toBe('utf-8');
    for (const sentence of sentences) expect(decoded.text).toContain(sentence.trim());
    expect(decoded.text.split('\ufffd')).toHaveLength(sentences.length + 1);
    expect(decoded.warning).toMatch(/12 处字节无法按 utf-8 解码/);
  });
});
