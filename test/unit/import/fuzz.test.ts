// Issue 10 "Done when": a fuzz of decoding, metadata and extraction over hostile bytes. Whatever comes in,
// reading never throws, offsets lie inside the text and the output is bounded by the input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/text/decode.ts';
import { HtmlTooDeepError, htmlToText } from '../../../shared/text/html.ts';
import { analyseReport } from '../../../shared/report/analyse.ts';
import { readReport } from '../../../electron/import/read-report.ts';
import { MAX_TEXT_CHARS } from '../../../electron/import/bounds.ts';
import { docx } from '../../fixtures/hostile/zip.ts';

const encoder = new TextEncoder();
const chinese = fc.array(fc.constantFrom(...'某县市区年报告法治政府建设情况全年办理行政复议案件同比增长下降百分点万元亿个件项人次二〇一二三四五六七八九十百千万', ...'0123456789.%,,。、\n '), { maxLength: 200 }).map((xs) => xs.join(''));

/** Bytes a hostile or unlucky user might import: noise, damaged UTF-8, NULs, odd markup, ZIP headers. */
const hostileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  chinese.map((s) => encoder.encode(s)),
  fc.tuple(chinese, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 12 })).map(([s, hits]) => {
    const bytes = encoder.encode(s);
    for (const [at, value] of hits) if (bytes.length) bytes[at % bytes.length] = value; // a few damaged bytes
    return bytes;
  }),
  chinese.map((s) => encoder.encode(s.replaceAll('\n', '\n\u0000'))),
  fc.tuple(fc.array(fc.constantFrom('<div>', '<p>', '</p>', '<td>', '<br>', '<script>', '</script>', '<pre>', '&nbsp;', '&#x4e2d;', '<!--', '-->', '<font>'), { maxLength: 120 }), chinese)
    .map(([tags, text]) => encoder.encode(`<html><body>${tags.join(text.slice(0, 5))}</body></html>`)),
  fc.tuple(fc.uint8Array({ minLength: 4, maxLength: 400 })).map(([b]) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b])),
  chinese.map((s) => new Uint8Array(docx(s.split('\n')))),
);
const names = fc.constantFrom('a.txt', 'a.html', 'a.docx', 'a.pdf', 'noext', 'a.doc');

function checkRanges(ranges: Array<{ start: number; end: number }>, length: number): void {
  for (const r of ranges) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeGreaterThanOrEqual(r.start);
    expect(r.end).toBeLessThanOrEqual(length);
  }
}

describe('fuzz: hostile bytes through reading, decoding, metadata and extraction', () => {
  it('decodeBytes never throws and never makes more characters than bytes', () => {
    fc.assert(
      fc.property(hostileBytes, (bytes) => {
        const decoded = decodeBytes(bytes);
        expect(typeof decoded.text).toBe('string');
        expect(decoded.text.length).toBeLessThanOrEqual(bytes.length);
        expect(decoded.encoding).toMatch(/^[a-z0-9-]+$/);
      }),
      { numRuns: 400 },
    );
  });

  it('htmlToText never runs away: no throw but the depth limit, output no longer than input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('<div>', '</div>', '<b>', '<p>', '<td>', '<br/>', '&amp;', '&#99999999;', '<', '>', '字', '\n', '<pre>', '<!-- x'), { maxLength: 3000 }), (parts) => {
        const html = parts.join('');
        try {
          expect(htmlToText(html).length).toBeLessThanOrEqual(html.length);
        } catch (error) {
          expect(error).toBeInstanceOf(HtmlTooDeepError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('readReport then analyseReport never throw; offsets lie inside the text; output is bounded', async () => {
    await fc.assert(
      fc.asyncProperty(hostileBytes, names, async (bytes, name) => {
        const read = await readReport(bytes, name);
        if (!read.ok) {
          expect(read.message.length).toBeGreaterThan(0);
          return;
        }
        expect(read.text.length).toBeLessThanOrEqual(MAX_TEXT_CHARS);
        const analysis = analyseReport(read.text, name);
        expect(analysis.figures.length).toBeLessThanOrEqual(read.text.length);
        checkRanges(analysis.figures, read.text.length);
        checkRanges(analysis.figures.map((f) => ({ start: f.sentenceStart, end: f.sentenceEnd })), read.text.length);
        checkRanges(analysis.junk, read.text.length);
        for (const f of analysis.figures) expect(read.text.slice(f.start, f.end)).toBe(f.text);
        const year = analysis.meta.year;
        if (year !== null) expect(year).toBeGreaterThanOrEqual(1949);
      }),
      { numRuns: 250 },
    );
  });
});
