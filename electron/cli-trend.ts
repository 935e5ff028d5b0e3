// `nianbao trend --indicator ID --region NAME [--region NAME]... [--library FILE] [--json]`: an indicator's series.
import { parseArgs } from 'node:util';
import { ApiError } from '../shared/api.ts';
import { formatSigned } from '../shared/trends/format.ts';
import type { TrendResult } from '../shared/trends/types.ts';
import { openLibrary, type Db } from './library/open.ts';
import { resolveLibraryPath } from './library/location.ts';
import { findRegionKeys } from './library/trends.ts';
import { createTrendHandlers } from './trends-service.ts';
import { JobRunner } from './jobs.ts';

const usage = `用法 / usage:
  nianbao trend --indicator ID --region NAME [--region NAME]... [--library FILE] [--json]
    ID    指标代码(如 admin_review_received)、指标名称,或 label:原文标签 / an indicator id, its name, or label:<phrase>
    NAME  地区名称或行政区划代码(如 兴国县 或 360732) / a region's name or code`;

export async function trendCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      indicator: { type: 'string' },
      region: { type: 'string', multiple: true },
      library: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.indicator || !values.region?.length) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const db = openLibrary(resolveLibraryPath(values.library ? ['--library', values.library] : []));
  try {
    const handlers = createTrendHandlers(db, new JobRunner(() => {}));
    const indicator = await resolveIndicator(handlers, values.indicator);
    const regions = values.region.map((name) => resolveRegion(db, name));
    const result = await handlers['trends.series']({ indicator, regions });
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else printSeries(result);
    return 0;
  } catch (error) {
    if (error instanceof ApiError) {
      console.error(`nianbao trend: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

/** An id or `label:` key as given; else a name, exact or the one indicator whose name holds it. */
async function resolveIndicator(handlers: ReturnType<typeof createTrendHandlers>, wanted: string): Promise<string> {
  const all = await handlers['trends.indicators']({});
  if (all.some((i) => i.key === wanted)) return wanted;
  const exact = all.filter((i) => i.name === wanted || i.nameEn === wanted);
  if (exact.length === 1) return exact[0]!.key;
  const partial = all.filter((i) => i.name.includes(wanted) || i.key.includes(wanted));
  if (partial.length === 1) return partial[0]!.key;
  if (partial.length === 0) throw new ApiError('not-found', `资料库中没有指标“${wanted}” / no indicator "${wanted}" in the library`);
  throw new ApiError(
    'ambiguous',
    `“${wanted}”对应多个指标,请用指标代码 / "${wanted}" matches several indicators, give its id:\n${partial.slice(0, 20).map((i) => `  ${i.key}\t${i.name}`).join('\n')}`,
  );
}

function resolveRegion(db: Db, wanted: string): string {
  const found = findRegionKeys(db, wanted);
  if (found.length === 1) return found[0]!.key;
  if (found.length === 0) throw new ApiError('not-found', `资料库中没有地区“${wanted}” / no region "${wanted}" in the library`);
  throw new ApiError(
    'ambiguous',
    `“${wanted}”对应多个地区,请用行政区划代码 / "${wanted}" names several regions, give its code:\n${found.map((r) => `  ${r.code ?? r.key}\t${[...r.parents, r.name].join(' ')}`).join('\n')}`,
  );
}

function printSeries(result: TrendResult): void {
  console.log(`${result.indicator.name} (${result.indicator.key}) · 单位 ${result.unit}`);
  for (const series of result.series) {
    console.log(`\n${[...series.region.parents, series.region.name].join(' › ')} ${series.region.code ?? ''}`);
    for (const year of result.years) {
      const p = series.points.find((point) => point.year === year);
      if (!p) {
        console.log(`  ${year}  —`);
        continue;
      }
      const change = p.change ? (p.change.percent !== null ? formatSigned(p.change.percent, '%') : formatSigned(p.change.absolute, p.unit === '%' ? '个百分点' : p.unit)) : '';
      const hedge = p.lo !== p.value || p.hi !== p.value ? ` [${p.lo}–${p.hi}]` : '';
      console.log(`  ${year}  ${p.value}${p.unit}${hedge}\t${change}\t${p.source.text} · ${p.source.reportTitle ?? p.source.fileName} @${p.source.start}`);
    }
  }
  if (result.claims.length) {
    console.log('\n同比核对 / change claims:');
    for (const c of result.claims) {
      console.log(`  ${c.region.name} ${c.year}  称 ${c.claimed}  算 ${c.computed === null ? '—' : c.computed.toFixed(2)}  ${c.verdict}${c.basis ? ` (${c.basis})` : ''}`);
    }
  }
}
