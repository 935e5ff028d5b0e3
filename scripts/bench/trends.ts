// Trend queries on a generated library of 20,000 reports (~2,700 regions × 2017–2024, a year in twelve missing,
// ~30 figures each), rows
// inserted straight through the library modules. Goal: a region's series (with its claim checks) in ≤ 10 ms.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { openLibrary } from '../../electron/library/open.ts';
import { insertReport } from '../../electron/library/reports.ts';
import { recountFigures, replaceFigures } from '../../electron/library/figures.ts';
import { indicatorFigures } from '../../electron/library/trends.ts';
import { createTrendHandlers } from '../../electron/trends-service.ts';
import { JobRunner } from '../../electron/jobs.ts';
import { listIndicators } from '../../shared/indicators/match.ts';
import type { Figure } from '../../shared/figures/types.ts';

const REPORTS = Number(process.env.BENCH_REPORTS ?? 20000);
const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);

// A deterministic generator, so runs compare.
let seed = 20250221;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

const counted = listIndicators().filter((i) => i.unitKind === 'count').slice(0, 24);
const rates = listIndicators().filter((i) => i.unitKind === 'percent').slice(0, 6);
const labels = ['开展法治讲座', '培训网格员', '走访企业', '发放明白纸', '建成法治文化阵地', '开展联合执法'];
const filler = '坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平法治思想,统筹推进法治政府建设各项工作,推动法治政府建设取得新成效。';

function report(regionIndex: number, year: number): { text: string; figures: Figure[] } {
  const county = `样本县${regionIndex}`;
  let text = `${county}${year}年法治政府建设情况报告\n\n${year}年,${county}${filler}\n`;
  const figures: Figure[] = [];
  const sentence = (parts: Array<string | { text: string; figure: Omit<Figure, 'start' | 'end' | 'text' | 'sentenceStart' | 'sentenceEnd'> }>) => {
    const sentenceStart = text.length;
    const spans: Array<{ start: number; end: number; text: string; figure: Omit<Figure, 'start' | 'end' | 'text' | 'sentenceStart' | 'sentenceEnd'> }> = [];
    for (const part of parts) {
      if (typeof part === 'string') text += part;
      else {
        spans.push({ start: text.length, end: text.length + part.text.length, text: part.text, figure: part.figure });
        text += part.text;
      }
    }
    text += '。';
    for (const s of spans) figures.push({ ...s.figure, start: s.start, end: s.end, text: s.text, sentenceStart, sentenceEnd: text.length });
    text += random() < 0.3 ? `\n${filler}\n` : '';
  };
  const base = 40 + (regionIndex % 300) + (year - 2017) * 7;
  for (const indicator of counted) {
    if (random() < 0.25) continue;
    const n = Math.round(base * (0.5 + random()));
    const hedged = random() < 0.2;
    const count = { value: n, lo: n, hi: hedged ? n + 10 : n, unit: '件', qualifier: hedged ? '余' : null, kind: 'count' as const, direction: null, indicator: indicator.name, indicatorId: indicator.id, measure: 'level' as const, status: 'actual' as const };
    const parts: Parameters<typeof sentence>[0] = [`全年${indicator.name}`, { text: `${n}${hedged ? '余' : ''}件`, figure: count }];
    if (random() < 0.3) {
      const change = Math.round(random() * 300) / 10;
      parts.push(',同比增长', { text: `${change}%`, figure: { value: change, lo: change, hi: change, unit: '%', qualifier: null, kind: 'change', direction: 'up', indicator: indicator.name, indicatorId: indicator.id, measure: 'growth', status: 'actual' } });
    }
    sentence(parts);
  }
  for (const indicator of rates) {
    if (random() < 0.4) continue;
    const r = Math.round((90 + random() * 10) * 10) / 10;
    sentence([`${indicator.name}达`, { text: `${r}%`, figure: { value: r, lo: r, hi: r, unit: '%', qualifier: null, kind: 'percent', direction: null, indicator: indicator.name, indicatorId: indicator.id, measure: 'share', status: 'actual' } }]);
  }
  for (const label of labels) {
    if (random() < 0.5) continue;
    const n = Math.round(10 + random() * 200);
    sentence([label, { text: `${n}场次`, figure: { value: n, lo: n, hi: n, unit: '场次', qualifier: null, kind: 'count', direction: null, indicator: label, indicatorId: null, measure: 'level', status: 'actual' } }]);
  }
  text += `\n${county}人民政府\n${year + 1}年2月1日\n`;
  return { text, figures };
}

const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-trends-'));
try {
  const path = join(dir, 'library.sqlite');
  const db = openLibrary(path);
  db.pragma('synchronous = OFF');
  let built = performance.now();
  let figureCount = 0;
  let inserted = 0;
  const insertRegion = db.transaction((r: number) => {
    for (const year of YEARS) {
      if (inserted >= REPORTS) break;
      // One year in twelve is missing, as in real folders.
      if ((r * 7 + year) % 12 === 0) continue;
      const { text, figures } = report(r, year);
      const bytes = Buffer.from(text, 'utf8');
      const hash = createHash('sha256').update(bytes).digest('hex');
      const id = insertReport(db, {
        fileName: `样本县${r}-${year}.txt`, format: 'text', original: bytes, bytesSha256: hash, contentSha256: hash, encoding: 'utf-8', decodeWarning: null,
        text, junk: [], extractorVersion: 'bench',
        detected: {
          title: `样本县${r}${year}年法治政府建设情况报告`, region: `样本县${r}`, regionCode: String(900000 + r), parents: ['样本省', `样本市${Math.floor(r / 20)}`],
          level: 'county', year, published: `${year + 1}-02-01`, issuer: null, docType: '法治政府建设报告', regionCandidates: [],
        },
      });
      replaceFigures(db, id, figures);
      recountFigures(db, id);
      figureCount += figures.length;
      inserted++;
    }
  });
  let regions = 0;
  while (inserted < REPORTS) insertRegion(regions++);
  db.pragma('synchronous = FULL');
  const reportCount = (db.prepare('SELECT count(*) AS n FROM reports').get() as { n: number }).n;
  built = (performance.now() - built) / 1000;
  console.log(`trends: built ${reportCount} reports, ${figureCount} figures in ${built.toFixed(1)} s; library ${(statSync(path).size / 1048576).toFixed(0)} MB`);

  const handlers = createTrendHandlers(db, new JobRunner(() => {}));
  const time = (label: string, run: () => unknown, times = QUERIES) => {
    const samples: number[] = [];
    for (let i = 0; i < times; i++) {
      const started = performance.now();
      run();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2);
    console.log(`trends: ${label.padEnd(58)} median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms (${times} runs)`);
  };
  const region = () => String(900000 + Math.floor(random() * regions));
  const indicator = () => pick(counted).id;

  time('indicator list, cold (aggregates every figure)', () => handlers['trends.indicators']({}), 1);
  time('indicator list, cached', () => handlers['trends.indicators']({}));
  time('series query only, 1 region × 8 years', () => indicatorFigures(db, indicator(), [region()]));
  time('trends.series, 1 region (points, changes, claim checks)', () => handlers['trends.series']({ indicator: indicator(), regions: [region()] }));
  time('trends.series, 5 regions', () => handlers['trends.series']({ indicator: indicator(), regions: [region(), region(), region(), region(), region()] }));
  time('trends.series, 12 regions', () => handlers['trends.series']({ indicator: indicator(), regions: Array.from({ length: 12 }, region) }));
  time('trends.series, an unmatched label, 5 regions', () => handlers['trends.series']({ indicator: `label:${pick(labels)}`, regions: [region(), region(), region(), region(), region()] }));
  time('trends.dashboard, 9 indicators of a region', () => handlers['trends.dashboard']({ region: region() }), 100);
  time('trends.compare, one year across all regions', () => handlers['trends.compare']({ indicator: indicator(), year: pick(YEARS) }), 20);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
