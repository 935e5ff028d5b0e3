/** A stretch of web-page chrome inside the decoded text: kept, but folded in the reader and skipped by extraction. */
export type JunkKind = 'header' | 'breadcrumb' | 'toolbar' | 'share' | 'footer' | 'counter' | 'other';

export interface JunkRange {
  /** UTF-16 offsets into the decoded text, end exclusive. */
  start: number;
  end: number;
  kind: JunkKind;
}

export interface DecodedText {
  text: string;
  /** WHATWG encoding label actually used: 'utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'big5'. */
  encoding: string;
  hadBom: boolean;
  /** Set when the bytes only decode with replacement characters (or are otherwise suspicious). */
  warning: string | null;
}
