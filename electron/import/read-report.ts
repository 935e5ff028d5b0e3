// Bytes of one file -> its text, by format. Failures name the file and say what is wrong.
import { decodeBytes } from '../../shared/text/decode.ts';
import { HtmlTooDeepError, MAX_HTML_DEPTH, htmlToText } from '../../shared/text/html.ts';
import { sniffFile } from '../../shared/text/sniff.ts';
import type { ImportFailureReason } from '../../shared/api.ts';
import type { ProblemData } from '../../shared/errors.ts';
import { checkTextBounds } from './bounds.ts';

export type ReadResult =
  | { ok: true; format: string; text: string; encoding: string; warning: string | null }
  | { ok: false; reason: ImportFailureReason; message: string; detail?: ProblemData };

export async function readReport(bytes: Uint8Array, fileName: string, encodingOverride?: string): Promise<ReadResult> {
  const sniffed = sniffFile(bytes, fileName);
  if (!sniffed.ok) return { ok: false, reason: sniffed.reason, message: sniffed.message, detail: { zh: sniffed.message, en: sniffed.messageEn } };
  const result = await readByFormat(sniffed.format, bytes, encodingOverride);
  if (result.ok && result.text.trim() === '') return { ok: false, reason: 'empty', message: '文件没有可读的文字' };
  if (result.ok) return checkTextBounds(result.text) ?? result;
  return result;
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

async function readByFormat(format: 'txt' | 'html' | 'docx' | 'pdf', bytes: Uint8Array, encodingOverride?: string): Promise<ReadResult> {
  switch (format) {
    case 'txt': {
      const decoded = decodeBytes(bytes, encodingOverride);
      return { ok: true, format, text: decoded.text, encoding: decoded.encoding, warning: decoded.warning };
    }
    case 'html': {
      const decoded = decodeBytes(bytes, encodingOverride);
      try {
        return { ok: true, format, text: htmlToText(decoded.text), encoding: decoded.encoding, warning: decoded.warning };
      } catch (error) {
        if (!(error instanceof HtmlTooDeepError)) throw error;
        return { ok: false, reason: 'too-deep', message: `网页标签嵌套超过 ${MAX_HTML_DEPTH} 层,无法安全解析`, detail: { limit: MAX_HTML_DEPTH } };
      }
    }
    case 'docx': {
      // loaded on the first Word file: most imports and every CLI start do without mammoth and yauzl
      const { DocxBoundsError, readDocxText } = await import('./docx.ts');
      try {
        return { ok: true, format, text: await readDocxText(bytes), encoding: 'docx', warning: null };
      } catch (error) {
        const problem = error instanceof DocxBoundsError ? error.problem : null;
        if (problem?.kind === 'unpacked-too-large') {
          return {
            ok: false,
            reason: 'too-large',
            message: `Word 文档解压后过大(${problem.part} 超过 ${mb(problem.limit)}),可能是压缩炸弹,未导入`,
            detail: { measure: 'unpacked', part: problem.part, limitMb: problem.limit / 1048576 },
          };
        }
        if (problem?.kind === 'too-many-entries') {
          return { ok: false, reason: 'too-large', message: `Word 文档内含 ${problem.entries} 个部件(上限 ${problem.limit}),未导入`, detail: { measure: 'entries', entries: problem.entries, limit: problem.limit } };
        }
        if (problem?.kind === 'size-lie') {
          return {
            ok: false,
            reason: 'unreadable',
            message: `Word 文档已损坏或被改造:部件 ${problem.part} 解压后超过其声明的大小,未导入`,
            detail: { format: 'docx', problem: 'size-lie', part: problem.part },
          };
        }
        return { ok: false, reason: 'unreadable', message: `无法读取 Word 文档:${(error as Error).message}`, detail: { format: 'docx', problem: 'corrupt' } };
      }
    }
    case 'pdf':
      return { ok: false, reason: 'unsupported', message: '暂不支持 PDF:请先另存为文本(.txt)再导入', detail: { format: 'pdf' } };
  }
}
