// Bytes of one file -> its text, by format. Failures name the file and say what is wrong.
import { decodeBytes } from '../../shared/text/decode.ts';
import { htmlToText } from '../../shared/text/html.ts';
import { sniffFile } from '../../shared/text/sniff.ts';
import type { ImportFailureReason } from '../../shared/api.ts';

export type ReadResult =
  | { ok: true; format: string; text: string; encoding: string; warning: string | null }
  | { ok: false; reason: ImportFailureReason; message: string };

export async function readReport(bytes: Uint8Array, fileName: string, encodingOverride?: string): Promise<ReadResult> {
  const sniffed = sniffFile(bytes, fileName);
  if (!sniffed.ok) return { ok: false, reason: sniffed.reason, message: sniffed.message };
  const result = await readByFormat(sniffed.format, bytes, encodingOverride);
  if (result.ok && result.text.trim() === '') return { ok: false, reason: 'empty', message: '文件没有可读的文字' };
  return result;
}

async function readByFormat(format: 'txt' | 'html' | 'docx' | 'pdf', bytes: Uint8Array, encodingOverride?: string): Promise<ReadResult> {
  switch (format) {
    case 'txt': {
      const decoded = decodeBytes(bytes, encodingOverride);
      return { ok: true, format, text: decoded.text, encoding: decoded.encoding, warning: decoded.warning };
    }
    case 'html': {
      const decoded = decodeBytes(bytes, encodingOverride);
      return { ok: true, format, text: htmlToText(decoded.text), encoding: decoded.encoding, warning: decoded.warning };
    }
    case 'docx':
      try {
        // loaded on the first Word file: most imports and every CLI start do without it
        const { default: mammoth } = await import('mammoth');
        const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
        return { ok: true, format, text: value, encoding: 'docx', warning: null };
      } catch (error) {
        return { ok: false, reason: 'unreadable', message: `无法读取 Word 文档:${(error as Error).message}` };
      }
    case 'pdf':
      return { ok: false, reason: 'unsupported', message: '暂不支持 PDF:请先另存为文本(.txt)再导入' };
  }
}
