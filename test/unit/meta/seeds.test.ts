// The five real seed reports (read from ../shared/corpus at run time, never copied here) against their
// answer keys, as UTF-8 and re-encoded here to GB18030 (GBK), UTF-16LE with a BOM and UTF-8 with a BOM,
// always through decodeBytes first.
import { describe, expect, it } from 'vitest';
import { detectMeta } from '../../../shared/meta/detect.ts';
import { decodeBytes } from '../../../shared/text/decode.ts';
import { findJunk } from '../../../shared/text/junk.ts';
import { describeCorpus, hasCorpus, loadSeeds } from '../../corpus.ts';
import { encodeGb18030, encodeUtf16, encodeUtf8 } from '../text/encodings.ts';

const seeds = hasCorpus ? loadSeeds() : [];

const encodings: Array<[string, (text: string) => Uint8Array, string, boolean]> = [
  ['utf-8', (t) => encodeUtf8(t, false), 'utf-8', false],
  ['gb18030', encodeGb18030, 'gb18030', false],
  ['utf-16le+BOM', (t) => encodeUtf16(t, 'le', true), 'utf-16le', true],
  ['utf-8+BOM', (t) => encodeUtf8(t, true), 'utf-8', true],
];

describeCorpus('seed reports: meta against the answer keys', () => {
  for (const seed of seeds) {
    const original = new TextDecoder('utf-8', { fatal: true }).decode(seed.bytes);
    describe(`${seed.id} ${seed.labels.meta.region}`, () => {
      it.each(encodings)('%s', (_label, encode, encoding, bom) => {
        const decoded = decodeBytes(encode(original));
        expect(decoded.encoding).toBe(encoding);
        expect(decoded.hadBom).toBe(bom);
        expect(decoded.warning).toBeNull();
        expect(decoded.text).toBe(original);

        const junk = findJunk(decoded.text);
        const m = detectMeta(decoded.text, { fileName: seed.labels.file, junk });
        const key = seed.labels.meta;
        expect({
          region: m.region,
          parents: m.parents,
          level: m.level,
          year: m.year,
          title: m.titleBuilt ? null : m.title,
          published: m.published,
        }).toEqual({
          region: key.region,
          parents: key.parents,
          level: key.level,
          year: key.year,
          title: key.title,
          published: key.published,
        });
        expect(m.regionCandidates).toEqual([]);
        expect(m.docType).toBe('法治政府建设报告');
        expect(m.notChinese).toBe(false);
        // a seed without a title line gets one built from what was found, marked as built
        if (key.title === null) expect([m.titleBuilt, m.title]).toEqual([true, `${key.region} · ${key.year} · 法治政府建设报告`]);
      });
    });
  }

  it('junk never covers a figure context of the answer keys (report text stays report text)', () => {
    for (const seed of seeds) {
      const text = new TextDecoder().decode(seed.bytes);
      const junk = findJunk(text);
      for (const f of seed.labels.figures) {
        const at = text.indexOf(f.context);
        expect(at, `${seed.id}: ${f.context}`).toBeGreaterThanOrEqual(0);
        const hit = junk.find((r) => r.start < at + f.context.length && at < r.end);
        expect(hit, `${seed.id}: ${f.context}`).toBeUndefined();
      }
    }
  });

  it('traditional-script copies made here detect the same region and year', async () => {
    const { Converter } = await import('opencc-js/cn2t');
    const toTraditional = Converter({ from: 'cn', to: 'tw' });
    for (const seed of seeds) {
      const m = detectMeta(toTraditional(new TextDecoder().decode(seed.bytes)));
      expect([m.region, m.parents, m.level, m.year, m.published], seed.id).toEqual([
        seed.labels.meta.region,
        seed.labels.meta.parents,
        seed.labels.meta.level,
        seed.labels.meta.year,
        seed.labels.meta.published,
      ]);
    }
  });
});
