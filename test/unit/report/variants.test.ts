// The same real report written another way gives the same figures and metadata: a traditional-script mirror, full-
// width digits, spaces between numbers and units (as copies of PDFs have them: "1.5 亿元", "18 次"), and a saved
// page's chrome around it. Every corpus report (seeds and dev) in every variant; no answer key needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { analyseReport } from '../../../shared/report/analyse.ts';
import { describeCorpus, seedsDir } from '../../corpus.ts';

const toTraditional = Converter({ from: 'cn', to: 'tw' });
const variants: Array<[string, (text: string) => string]> = [
  ['traditional script', toTraditional],
  ['full-width digits', (s) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
  ['spaces before units', (s) => s.replace(/(\d)(件|个|项|人次|人|万元|亿元|万|亿|次|场|%)/g, '$1 $2')],
  [
    'web chrome',
    (s) => `当前位置:首页 > 政务公开 > 法治政府建设\n【字体:大 中 小】【打印】【关闭】\n${s}\n主办:某某县人民政府办公室 网站标识码:0000000001 备案号:赣ICP备00000000号\n`,
  ],
];

/** What an analyst sees of a report: its figures (value and unit, in order) and its region, year, level and type. */
function reading(text: string) {
  const { figures, meta } = analyseReport(text);
  return { figures: figures.map((f) => `${f.value} ${f.unit}`), meta: [meta.region, meta.year, meta.level, meta.docType] };
}

describeCorpus('a report written another way reads the same', () => {
  const reports = ['seeds', 'dev'].flatMap((set) => {
    const dir = join(seedsDir, '..', set);
    return readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: `${set}/${f}`, text: readFileSync(join(dir, f), 'utf8') }));
  });

  it('covers the seeds and the dev excerpts', () => {
    expect(reports.length).toBeGreaterThanOrEqual(35);
  });

  for (const [variant, rewrite] of variants) {
    it(`as ${variant}`, () => {
      for (const { name, text } of reports) {
        expect(reading(rewrite(text)), `${name} as ${variant}`).toEqual(reading(text));
      }
    });
  }
});
