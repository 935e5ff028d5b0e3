import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, sniffFile } from '../../../shared/text/sniff.ts';
import { encodeGb18030, encodeUtf16, encodeUtf8 } from './encodings.ts';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

function bytes(...parts: Array<number[] | string>): Uint8Array {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === 'string' ? new TextEncoder().encode(p) : p));
  return new Uint8Array(out);
}

function failure(result: ReturnType<typeof sniffFile>) {
  if (result.ok) throw new Error(`expected a refusal, got ${result.format}`);
  return result;
}

describe('sniffFile refusals name the problem, in Chinese and English', () => {
  it('empty', () => {
    const r = failure(sniffFile(new Uint8Array(), '报告.txt'));
    expect(r.reason).toBe('empty');
    expect(r.message).toContain('空');
    expect(r.messageEn).toMatch(/empty/i);
  });

  it('only whitespace counts as empty, also in UTF-16 with a BOM', () => {
    expect(failure(sniffFile(bytes(' \r\n\t\n'), 'a.txt')).reason).toBe('empty');
    expect(failure(sniffFile(encodeUtf16('  \n', 'le', true), 'a.txt')).reason).toBe('empty');
  });

  it('a PNG renamed .txt is "binary: looks like a PNG image"', () => {
    const png = bytes(PNG, Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff));
    const r = failure(sniffFile(png, '2023年法治政府建设报告.txt'));
    expect(r.reason).toBe('binary');
    expect(r.message).toContain('PNG 图片');
    expect(r.message).toContain('.txt');
    expect(r.messageEn).toMatch(/binary.*looks like a PNG image/i);
  });

  it('unrecognised binary data', () => {
    const noise = new Uint8Array(2048);
    let x = 7;
    for (let i = 0; i < noise.length; i++) noise[i] = x = (x * 31 + 11) & 0xff;
    const r = failure(sniffFile(noise, 'report.txt'));
    expect(r.reason).toBe('binary');
    expect(r.message).toContain('二进制');
    expect(r.messageEn).toMatch(/binary/i);
  });

  it('too large: 30 MB generated here', () => {
    const big = new Uint8Array(30 * 1024 * 1024).fill(0x41);
    const r = failure(sniffFile(big, 'big.txt'));
    expect(r.reason).toBe('too-large');
    expect(r.message).toContain('30.0 MB');
    expect(r.message).toContain('20.0 MB');
    expect(r.messageEn).toMatch(/too large/i);
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });

  it('old .doc, encrypted Office, xlsx, OFD, zip, RTF and MHT are unsupported with a way out', () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const doc = failure(sniffFile(bytes(ole, new Array(600).fill(0)), '报告.doc'));
    expect(doc.reason).toBe('unsupported');
    expect(doc.message).toContain('.docx');
    expect(failure(sniffFile(bytes(ole, 'E\u0000ncryptedPackage', new Array(100).fill(0)), 'a.docx')).message).toContain('加密');
    expect(failure(sniffFile(bytes('PK\u0003\u0004', new Array(26).fill(0), 'xl/workbook.xml'), 'a.xlsx')).message).toContain('Excel');
    expect(failure(sniffFile(bytes('PK\u0003\u0004', new Array(26).fill(0), 'OFD.xml'), 'a.ofd')).message).toContain('OFD');
    expect(failure(sniffFile(bytes('PK\u0003\u0004', new Array(26).fill(0), 'a.txt'), 'a.zip')).message).toContain('解压');
    expect(failure(sniffFile(bytes('{\\rtf1\\ansi 报告}'), 'a.rtf')).reason).toBe('unsupported');
    const mht = 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n';
    expect(failure(sniffFile(bytes(mht), '报告.mht')).message).toContain('MHT');
  });
});

describe('sniffFile accepts', () => {
  it('a docx by its zip members, a pdf by its header', () => {
    expect(sniffFile(bytes('PK\u0003\u0004', new Array(26).fill(0), '[Content_Types].xml word/document.xml'), 'a.docx')).toEqual({ ok: true, format: 'docx' });
    expect(sniffFile(bytes('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'), 'a.pdf')).toEqual({ ok: true, format: 'pdf' });
  });

  it('plain text in UTF-8, GBK and UTF-16 (zero bytes are not binary there)', () => {
    const text = '上犹县2024年法治政府建设情况报告\n2024年,上犹县坚持依法行政。\n';
    expect(sniffFile(encodeUtf8(text, false), 'a.txt')).toEqual({ ok: true, format: 'txt' });
    expect(sniffFile(encodeGb18030(text), 'a.txt')).toEqual({ ok: true, format: 'txt' });
    expect(sniffFile(encodeUtf16(text, 'le', false), 'a.txt')).toEqual({ ok: true, format: 'txt' });
    expect(sniffFile(encodeUtf16(text, 'be', true), 'a')).toEqual({ ok: true, format: 'txt' });
  });

  it('HTML by content, whatever the name (portals serve HTML as .doc)', () => {
    const html = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title></head><body><p>正文</p></body></html>';
    expect(sniffFile(bytes(html), '报告.doc')).toEqual({ ok: true, format: 'html' });
    expect(sniffFile(bytes(html), '报告.txt')).toEqual({ ok: true, format: 'html' });
    expect(sniffFile(bytes('<div>正文</div>'), 'page.htm')).toEqual({ ok: true, format: 'html' });
  });

  it('text starting with letters that look like weak signatures (BM, MZ) is still text', () => {
    expect(sniffFile(bytes('BM 2023 annual report of the county\n'), 'a.txt')).toEqual({ ok: true, format: 'txt' });
    expect(sniffFile(bytes('MZ county report\n'), 'a.txt')).toEqual({ ok: true, format: 'txt' });
  });
});
