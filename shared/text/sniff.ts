// What kind of file is this, before decoding it? The content decides, not the name: a .doc that is
// really a saved web page imports as HTML (portals often serve HTML as .doc), a PNG renamed .txt is
// refused as an image. Every refusal names the problem, in Chinese (`message`) and English (`messageEn`).
import { utf16ByZeros } from './decode.ts';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type SniffFormat = 'txt' | 'html' | 'docx' | 'pdf';
export type SniffReason = 'empty' | 'binary' | 'too-large' | 'unsupported';

export type SniffResult =
  | { ok: true; format: SniffFormat }
  | { ok: false; reason: SniffReason; message: string; messageEn: string };

interface Magic {
  bytes: Array<number | null>;
  offset?: number;
  /** Two- or three-byte signatures that ordinary text could start with: only trusted on binary content. */
  weak?: boolean;
  zh: string;
  en: string;
}

/** Binary formats people mistake for reports, by their first bytes. */
const BINARY_MAGIC: Magic[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], zh: 'PNG 图片', en: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], zh: 'JPEG 图片', en: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: 'GIF 图片', en: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], zh: 'WebP 图片', en: 'a WebP image' },
  { bytes: [0x42, 0x4d, null, null, null, null, 0x00, 0x00, 0x00, 0x00], zh: 'BMP 图片', en: 'a BMP image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], zh: 'TIFF 图片', en: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], zh: 'TIFF 图片', en: 'a TIFF image' },
  { bytes: [0x00, 0x00, 0x01, 0x00], zh: '图标文件', en: 'an icon file' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], zh: 'RAR 压缩包', en: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], zh: '7z 压缩包', en: 'a 7z archive' },
  { bytes: [0x1f, 0x8b], weak: true, zh: 'gzip 压缩文件', en: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], weak: true, zh: 'bzip2 压缩文件', en: 'a bzip2 archive' },
  { bytes: [0x4d, 0x5a], weak: true, zh: 'Windows 程序', en: 'a Windows program' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], zh: '可执行程序', en: 'an executable program' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], zh: 'SQLite 数据库', en: 'a SQLite database' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, zh: '视频文件', en: 'a video file' },
  { bytes: [0x49, 0x44, 0x33], weak: true, zh: 'MP3 音频', en: 'an MP3 audio file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], zh: 'Ogg 音频', en: 'an Ogg audio file' },
  { bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x41, 0x56, 0x45], zh: 'WAV 音频', en: 'a WAV audio file' },
  { bytes: [0x77, 0x4f, 0x46, 0x46], zh: 'WOFF 字体', en: 'a WOFF font' },
];

function matches(bytes: Uint8Array, magic: Magic): boolean {
  const at = magic.offset ?? 0;
  if (bytes.length < at + magic.bytes.length) return false;
  return magic.bytes.every((b, i) => b === null || bytes[at + i] === b);
}

function startsWithAscii(bytes: Uint8Array, s: string, at = 0): boolean {
  if (bytes.length < at + s.length) return false;
  for (let i = 0; i < s.length; i++) if (bytes[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

/** Latin-1 view of the first bytes (zero bytes dropped, so UTF-16 reads too), for tag and name search. */
function asciiHead(bytes: Uint8Array, max: number): string {
  let s = '';
  const n = Math.min(bytes.length, max);
  for (let i = 0; i < n; i++) if (bytes[i] !== 0) s += String.fromCharCode(bytes[i]!);
  return s;
}

function extOf(fileName: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(fileName.trim());
  return m ? m[1]!.toLowerCase() : '';
}

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

function fail(reason: SniffReason, message: string, messageEn: string): SniffResult {
  return { ok: false, reason, message, messageEn };
}

/** ZIP containers: .docx, but also .xlsx, .pptx, .ofd (版式文件) and plain archives. */
function sniffZip(bytes: Uint8Array, ext: string): SniffResult {
  // local file headers carry the member names in clear; a docx always has word/document.xml
  const head = asciiHead(bytes, Math.min(bytes.length, 4 * 1024 * 1024));
  if (head.includes('word/')) return { ok: true, format: 'docx' };
  if (head.includes('xl/')) return fail('unsupported', 'Excel 表格(.xlsx)暂不支持导入,请导入报告正文。', 'Excel workbooks (.xlsx) are not supported; import the report text.');
  if (head.includes('ppt/')) return fail('unsupported', 'PowerPoint 演示文稿暂不支持导入。', 'PowerPoint files are not supported.');
  if (head.includes('OFD.xml') || ext === 'ofd') {
    return fail('unsupported', 'OFD 版式文件暂不支持,请从原网站下载 PDF 或 Word 版本。', 'OFD documents are not supported; download the PDF or Word version instead.');
  }
  if (head.includes('.wps') || ext === 'wps') return fail('unsupported', 'WPS 文档暂不支持,请在 WPS 中另存为 .docx。', 'WPS documents are not supported; save them as .docx first.');
  return fail('unsupported', '这是一个 ZIP 压缩包,请先解压,再导入其中的报告文件。', 'This is a ZIP archive: unpack it and import the report inside.');
}

/** Text that is mostly control characters or NUL bytes (and not UTF-16) is binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let controls = 0;
  let nul = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) nul++;
    else if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) controls++;
  }
  return (nul + controls) / Math.max(n, 1) > 0.01;
}

function looksHtml(head: string): boolean {
  const h = head.replace(/^\ufeff/, '').toLowerCase();
  if (/^\s*<!doctype\s+html/.test(h) || /^\s*<html[\s>]/.test(h)) return true;
  if (/^\s*<\?xml[^>]*>\s*<!doctype\s+html/.test(h)) return true;
  const tags = h.match(/<(?:html|head|body|meta|title|div|p|span|table|br|script|style|link)[\s>/]/g)?.length ?? 0;
  return /^\s*</.test(h) && tags >= 3;
}

export function sniffFile(bytes: Uint8Array, fileName: string): SniffResult {
  const ext = extOf(fileName);
  const named = ext ? `.${ext}` : '无扩展名';
  const namedEn = ext ? `.${ext}` : 'no extension';

  if (bytes.length > MAX_FILE_BYTES) {
    return fail(
      'too-large',
      `文件太大(${mb(bytes.length)} MB),上限为 ${mb(MAX_FILE_BYTES)} MB。年度报告通常不超过几 MB,请确认选对了文件。`,
      `The file is too large (${mb(bytes.length)} MB); the limit is ${mb(MAX_FILE_BYTES)} MB. Annual reports are rarely more than a few MB.`,
    );
  }
  if (bytes.length === 0) return fail('empty', '文件是空的(0 字节)。', 'The file is empty (0 bytes).');

  if (startsWithAscii(bytes, '%PDF-') || asciiHead(bytes, 1024).includes('%PDF-')) return { ok: true, format: 'pdf' };
  if (startsWithAscii(bytes, 'PK\u0003\u0004')) return sniffZip(bytes, ext);
  if (matches(bytes, { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], zh: '', en: '' })) {
    const head = asciiHead(bytes, 64 * 1024);
    if (head.includes('EncryptedPackage') || head.includes('E\u0000n\u0000c\u0000r')) {
      return fail('unsupported', '这是加密的 Office 文档,请先去掉密码再导入。', 'This is a password-protected Office document; remove the password first.');
    }
    const what = ext === 'xls' ? 'Excel 97-2003 表格(.xls)' : ext === 'wps' ? 'WPS 文档' : '旧版 Word 文档(.doc)';
    const whatEn = ext === 'xls' ? 'an Excel 97-2003 workbook (.xls)' : ext === 'wps' ? 'a WPS document' : 'an old Word document (.doc)';
    return fail('unsupported', `${what}暂不支持,请在 Word 或 WPS 中另存为 .docx 后导入。`, `${whatEn} is not supported; save it as .docx and import that.`);
  }
  if (startsWithAscii(bytes, '{\\rtf')) {
    return fail('unsupported', 'RTF 文档暂不支持,请另存为 .docx 或纯文本。', 'RTF documents are not supported; save as .docx or plain text.');
  }
  const head = asciiHead(bytes, 4096);
  if (/^\s*(?:MIME-Version|From: <Saved by)/i.test(head) && /multipart\/related/i.test(head)) {
    return fail('unsupported', 'MHT 网页归档暂不支持,请在浏览器中另存为"网页,仅 HTML"或复制正文为纯文本。', 'MHT web archives are not supported; save the page as HTML only, or copy the text.');
  }

  const binary = looksBinary(bytes);
  for (const magic of BINARY_MAGIC) {
    if (matches(bytes, magic) && (!magic.weak || binary)) {
      return fail('binary', `这不是文本文件:看起来是${magic.zh}(文件名为 ${named})。`, `Binary file: looks like ${magic.en} (named ${namedEn}).`);
    }
  }

  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || utf16ByZeros(bytes) !== null;
  if (!utf16 && binary) {
    return fail('binary', `这不是文本文件:内容是无法识别的二进制数据(文件名为 ${named})。`, `Binary file: the content is unrecognised binary data (named ${namedEn}).`);
  }

  // only whitespace after a BOM? (zero bytes count as the other half of UTF-16 whitespace)
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : utf16Bom ? 2 : 0;
  let blank = true;
  for (let i = bomLength; i < bytes.length && blank; i++) {
    const b = bytes[i]!;
    if (!(b === 0 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x20)) blank = false;
  }
  if (blank) return fail('empty', '文件只有空白,没有正文。', 'The file contains only whitespace.');

  if (looksHtml(head) || ['html', 'htm', 'shtml', 'xhtml'].includes(ext)) return { ok: true, format: 'html' };
  return { ok: true, format: 'txt' };
}
