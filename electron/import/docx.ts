// A .docx read with bounds: the ZIP's declared sizes are checked before anything is inflated, and every part
// mammoth will parse is inflated once as a stream, counted, and stopped at the limit (yauzl also refuses a part
// that inflates to more than its header declares). Only then does mammoth see the file: a zip bomb costs little.
import yauzl from 'yauzl';
import mammoth from 'mammoth';

/** One XML part of a Word file (document.xml of a 1,000-page report is a few MB). */
export const MAX_DOCX_PART_BYTES = 24 * 1024 * 1024;
/** All XML parts together, unpacked. */
export const MAX_DOCX_UNPACKED_BYTES = 48 * 1024 * 1024;
export const MAX_DOCX_ENTRIES = 10_000;

export type DocxProblem =
  | { kind: 'unpacked-too-large'; part: string; bytes: number; limit: number }
  | { kind: 'too-many-entries'; entries: number; limit: number }
  | { kind: 'size-lie'; part: string; declared: number }
  | { kind: 'corrupt'; detail: string };

export class DocxBoundsError extends Error {
  readonly problem: DocxProblem;
  constructor(problem: DocxProblem) {
    super(problem.kind === 'corrupt' ? problem.detail : `${problem.kind}: ${JSON.stringify(problem)}`);
    this.problem = problem;
    this.name = 'DocxBoundsError';
  }
}

/** Parts mammoth parses as XML; media stay packed (raw text never inflates them). */
const parsed = (name: string) => /\.(xml|rels)$/i.test(name);

export async function checkDocxBounds(bytes: Uint8Array): Promise<void> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw new DocxBoundsError({ kind: 'corrupt', detail: (error as Error).message });
  }
  try {
    if (zip.entryCount > MAX_DOCX_ENTRIES) throw new DocxBoundsError({ kind: 'too-many-entries', entries: zip.entryCount, limit: MAX_DOCX_ENTRIES });
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      if (!parsed(entry.fileName)) continue;
      const tooLarge = (bytes: number, limit: number) => new DocxBoundsError({ kind: 'unpacked-too-large', part: entry.fileName, bytes, limit });
      // declared sizes first: a bomb that says what it is costs nothing
      if (entry.uncompressedSize > MAX_DOCX_PART_BYTES) throw tooLarge(entry.uncompressedSize, MAX_DOCX_PART_BYTES);
      if (total + entry.uncompressedSize > MAX_DOCX_UNPACKED_BYTES) throw tooLarge(total + entry.uncompressedSize, MAX_DOCX_UNPACKED_BYTES);
      // then the actual bytes, counted as they inflate: a bomb that lies is stopped at the limit
      try {
        total += await inflatedSize(zip, entry, MAX_DOCX_PART_BYTES, tooLarge);
      } catch (error) {
        // yauzl stops a part that unpacks to more than its header said: the header lies
        if (/too many bytes in the stream/.test((error as Error).message)) {
          throw new DocxBoundsError({ kind: 'size-lie', part: entry.fileName, declared: entry.uncompressedSize });
        }
        throw error;
      }
      if (total > MAX_DOCX_UNPACKED_BYTES) throw tooLarge(total, MAX_DOCX_UNPACKED_BYTES);
    }
  } catch (error) {
    if (error instanceof DocxBoundsError) throw error;
    throw new DocxBoundsError({ kind: 'corrupt', detail: (error as Error).message });
  } finally {
    zip.close();
  }
}

async function inflatedSize(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number, tooLarge: (bytes: number, limit: number) => Error): Promise<number> {
  const stream = await zip.openReadStreamPromise(entry);
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw tooLarge(size, limit);
    }
  }
  return size;
}

/** The text of a Word file, after its bounds are checked. */
export async function readDocxText(bytes: Uint8Array): Promise<string> {
  await checkDocxBounds(bytes);
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value;
}
