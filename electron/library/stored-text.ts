// What the library keeps beside a report's row: its text (deflated UTF-8), its original bytes only when they are not
// the text's own UTF-8 (deflated), and the search index's document. Pure work, so import workers prepare it off the
// writer. Text is read far more often than written, but inflating 20 KB takes a tenth of a millisecond.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { foldForSearch, searchDocument, unitsDocument } from '../../shared/search/fold.ts';

export type Compression = 'none' | 'deflate';

// Level 1: on real reports twice as fast as level 6 (which packed them at 37 MB/s) for 3 % more bytes; any level
// inflates the same way.
const LEVEL = 1;

export interface StoredOriginal {
  compression: Compression;
  bytes: Uint8Array;
}

/** null when the original is exactly the text's UTF-8: the text then gives it back byte for byte. */
export function originalToStore(original: Uint8Array, text: string): StoredOriginal | null {
  const utf8 = Buffer.from(text, 'utf8');
  if (utf8.length === original.byteLength && utf8.equals(original)) return null;
  const packed = deflateRawSync(original, { level: LEVEL });
  return packed.byteLength < original.byteLength ? { compression: 'deflate', bytes: packed } : { compression: 'none', bytes: original };
}

export function unpackOriginal(stored: StoredOriginal | undefined, text: string): Uint8Array {
  if (!stored) return Buffer.from(text, 'utf8');
  return stored.compression === 'deflate' ? inflateRawSync(stored.bytes) : stored.bytes;
}

export const packText = (text: string): Uint8Array => deflateRawSync(Buffer.from(text, 'utf8'), { level: LEVEL });
export const unpackText = (packed: Uint8Array): string => inflateRawSync(packed).toString('utf8');

/** The search indexes' documents for a report's text: every position, and the distinct units. */
export function searchDocumentsOf(text: string): { positions: string; units: string } {
  const folded = foldForSearch(text);
  return { positions: searchDocument(folded), units: unitsDocument(folded) };
}
