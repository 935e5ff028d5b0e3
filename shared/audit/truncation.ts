// Does the text look cut off? Saved pages and excerpts often stop mid-sentence ("…推动") or with "…"/"...":
// the audit then says "cut off" instead of calling later sections missing.
import { dateOnlyLine } from '../meta/dates.ts';
import { folded, type Paragraph } from './paragraphs.ts';
import type { TextSpan } from './types.ts';

/** Page furniture that may trail a report after its last sentence. */
const CHROME = /主办|承办|协办|电话|备案|标识码|版权|copyright|icp|地址|邮编|扫一扫|打印|关闭|来源|编辑|浏览|点击|分享|字号|技术支持|网站|上一篇|下一篇|附件/i;
/** A signature line: the issuing body, short, with no sentence punctuation. */
const SIGNATURE = /^[^，,。；;：:]{2,40}(?:人民政府|政府|局|委员会|委|办公室|院|厅|中心|办)$/;
const ENDS_SENTENCE = /[。！？!?”’」』）)》]$/;
const ELLIPSIS = /(?:…|\.{3,}|。{3,}|．{3,})[”’」』）)]?$/;

export interface Truncation {
  truncated: boolean;
  at: TextSpan | null;
}

export function detectTruncation(text: string, paragraphs: readonly Paragraph[]): Truncation {
  const f = folded(text);
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    const p = paragraphs[i]!;
    const line = f.slice(p.start, p.end).replace(/\s+/g, '');
    if (!line) continue;
    if (dateOnlyLine(line) || /(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$/.test(line) && line.length <= 40) return { truncated: false, at: null };
    if (SIGNATURE.test(line)) continue;
    if (line.length <= 60 && CHROME.test(line) && !ENDS_SENTENCE.test(line)) continue;
    const tail = { start: Math.max(p.start, p.end - 12), end: p.end };
    if (ELLIPSIS.test(line)) return { truncated: true, at: tail };
    return ENDS_SENTENCE.test(line) ? { truncated: false, at: null } : { truncated: true, at: tail };
  }
  return { truncated: false, at: null };
}
