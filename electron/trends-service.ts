// Handlers of the trends API methods (shared/api-parts/trends.ts).
import { ApiError, type Handlers } from '../shared/api.ts';
import type { trendMethods } from '../shared/api-parts/trends.ts';
import { listIndicators } from '../shared/indicators/match.ts';
import { checkClaim, findClaimBase, inferDirection } from '../shared/trends/claims.ts';
import { buildSeries, compareCandidates, compatibleFigures, dominantUnit, yearSpan } from '../shared/trends/series.ts';
import type {
  ClaimCheck, CompareBar, CompareResult, IndicatorSummary, RegionDashboard, RegionRef, TrendResult, TrendSeries,
} from '../shared/trends/types.ts';
import { LABEL_PREFIX, parseChartKey } from '../shared/indicators/chart-key.ts';
import type { FigureMeasure } from '../shared/figures/types.ts';
import type { RegionLevel } from '../shared/meta/types.ts';
import type { Db } from './library/open.ts';
import {
  changeReportSpots, figureRecords, indicatorCounts, indicatorFigures, indicatorFiguresInYear, indicatorYears, libraryGeneration,
  regionFigures, regionIndicatorRanking, regionRef, regionYears, type FigureRecord, type FigureSpot, type IndicatorCounts,
} from './library/trends.ts';
import { trendTable, type ExportRow } from './export/trend-table.ts';
import { openTableFile } from './export/table-file.ts';
import type { JobRunner } from './jobs.ts';

const dictionary = new Map(listIndicators().map((e) => [e.id, e]));

// How a measure reads after the indicator's name: 地区生产总值增长率, GDP — growth rate.
const MEASURE_NAME: Record<FigureMeasure, { zh: string; en: string }> = {
  level: { zh: '', en: '' },
  growth: { zh: '增长率', en: ' — growth rate' },
  'adjusted-growth': { zh: '可比(同口径)增长率', en: ' — growth rate, adjusted basis' },
  share: { zh: '', en: '' },
  change: { zh: '增减', en: ' — change' },
  rank: { zh: '位次变化', en: ' — rank change' },
};

function toSummary(counts: IndicatorCounts): IndicatorSummary {
  const entry = counts.indicatorId ? dictionary.get(counts.indicatorId) : undefined;
  const tally = (pick: (l: IndicatorCounts['labels'][number]) => string) => {
    const totals = new Map<string, number>();
    for (const l of counts.labels) totals.set(pick(l), (totals.get(pick(l)) ?? 0) + l.n);
    return [...totals.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  };
  const parts = parseChartKey(counts.key);
  const base = entry?.name ?? (parts.indicatorId === null ? parts.indicator : tally((l) => l.label));
  return {
    key: counts.key,
    indicatorId: counts.indicatorId,
    name: `${base}${MEASURE_NAME[parts.measure].zh}`,
    nameEn: entry ? `${entry.nameEn}${MEASURE_NAME[parts.measure].en}` : null,
    measure: parts.measure,
    unit: tally((l) => l.unit),
    kind: tally((l) => l.kind) as IndicatorSummary['kind'],
    regionCount: counts.regionCount,
    yearCount: counts.yearCount,
    figureCount: counts.figureCount,
  };
}

const byReach = (a: IndicatorSummary, b: IndicatorSummary) =>
  b.regionCount - a.regionCount || b.yearCount - a.yearCount || b.figureCount - a.figureCount || a.name.localeCompare(b.name, 'zh-CN');

export function createTrendHandlers(db: Db, jobs: JobRunner): Pick<Handlers, keyof typeof trendMethods> {
  // The indicator list aggregates every figure: computed once per state of the library.
  let cached: { generation: string; list: IndicatorSummary[]; byKey: Map<string, IndicatorSummary> } | null = null;
  const indicators = () => {
    const generation = libraryGeneration(db);
    if (cached?.generation !== generation) {
      const list = indicatorCounts(db).map(toSummary).sort(byReach);
      cached = { generation, list, byKey: new Map(list.map((i) => [i.key, i])) };
    }
    return cached;
  };
  // One indicator's summary needs only its own figures: a chart opens without the whole list being counted,
  // and the summary is kept, like the list, until the library changes.
  let single: { generation: string; byKey: Map<string, IndicatorSummary | null> } | null = null;
  const indicatorOf = (key: string): IndicatorSummary => {
    const generation = libraryGeneration(db);
    if (single?.generation !== generation) single = { generation, byKey: new Map() };
    let found = cached?.generation === generation ? cached.byKey.get(key) : single.byKey.get(key);
    if (found === undefined) {
      const counted = indicatorCounts(db, key)[0];
      found = counted ? toSummary(counted) : null;
      single.byKey.set(key, found);
    }
    if (!found) {
      const name = key.startsWith(LABEL_PREFIX) ? key.slice(LABEL_PREFIX.length) : key;
      throw new ApiError('not-found', `资料库中没有指标“${name}”的数字`, { indicator: name });
    }
    return found;
  };
  const regionsOf = (keys: readonly string[], found: readonly FigureRecord[]): RegionRef[] =>
    [...new Set(keys)].map((key) => found.find((f) => f.region.key === key)?.region ?? regionRef(db, key) ?? { key, name: key, code: null, level: null, parents: [] });

  const series = (key: string, regionKeys: readonly string[]): TrendResult => {
    const indicator = indicatorOf(key);
    const figures = compatibleFigures(indicatorFigures(db, key, regionKeys));
    const built = buildSeries(figures, regionsOf(regionKeys, figures));
    const points = built.flatMap((s) => s.points);
    return {
      indicator,
      unit: points.length ? dominantUnit(points) : indicator.unit,
      years: yearSpan(built),
      series: built,
      claims: claimsFor(key, built, figures),
    };
  };

  const claimsFor = (key: string, built: TrendSeries[], figures: readonly FigureRecord[]): ClaimCheck[] => {
    // Light rows first: which change figures are about a figure of this indicator; then only those are read whole.
    const spots = changeReportSpots(db, [...new Set(figures.map((f) => f.source.reportId))]);
    const byReport = new Map<number, FigureSpot[]>();
    for (const spot of spots) {
      const list = byReport.get(spot.reportId);
      if (list) list.push(spot);
      else byReport.set(spot.reportId, [spot]);
    }
    const pairs: Array<{ change: number; base: number }> = [];
    for (const reportSpots of byReport.values()) {
      for (const change of reportSpots.filter((s) => s.kind === 'change')) {
        const base = findClaimBase(change, reportSpots);
        if (base?.key === key) pairs.push({ change: change.id, base: base.id });
      }
    }
    const records = new Map(figureRecords(db, pairs.flatMap((p) => [p.change, p.base])).map((r) => [r.source.figureId, r]));
    const claims: ClaimCheck[] = [];
    for (const pair of pairs) {
      const change = records.get(pair.change);
      const base = records.get(pair.base);
      if (!change || !base) continue;
      const previous = built.find((s) => s.region.key === change.region.key)?.points.find((p) => p.year === change.year - 1) ?? null;
      const direction = change.direction ?? inferDirection(change.source.sentence.slice(0, change.source.start - change.source.sentenceStart));
      const outcome = checkClaim({
        claim: { ...change, text: change.source.text, direction },
        current: { ...base, text: base.source.text },
        previous: previous && { ...previous, text: previous.source.text },
        context: {
          claimMeasure: change.measure,
          indicatorId: base.indicatorId,
          indicator: base.indicator,
          currentStatus: base.status,
          previousStatus: previous?.status,
        },
      });
      claims.push({
        region: change.region,
        year: change.year,
        claim: { ...valueOf(change), direction },
        current: valueOf(base),
        previous: previous && { ...valueOf(previous), year: previous.year },
        ...outcome,
      });
    }
    return claims.sort((a, b) => a.region.key.localeCompare(b.region.key) || a.year - b.year || a.claim.source.start - b.claim.source.start);
  };

  const compare = (key: string, year?: number, level?: RegionLevel): CompareResult => {
    const indicator = indicatorOf(key);
    const years = indicatorYears(db, key);
    // Unless asked, the year most regions report, the latest of those.
    const chosen = year ?? [...years].sort((a, b) => b.regionCount - a.regionCount || b.year - a.year)[0]?.year ?? null;
    const figures = chosen === null ? [] : compatibleFigures(indicatorFiguresInYear(db, key, chosen));
    const levels = new Map<RegionLevel | null, Set<string>>();
    for (const f of figures) {
      const set = levels.get(f.region.level) ?? new Set<string>();
      set.add(f.region.key);
      levels.set(f.region.level, set);
    }
    const kept = level ? figures.filter((f) => f.region.level === level) : figures;
    const firstByRegion = new Map<string, { record: FigureRecord; candidates: number }>();
    for (const f of [...kept].sort(compareCandidates)) {
      const known = firstByRegion.get(f.region.key);
      if (known) known.candidates++;
      else firstByRegion.set(f.region.key, { record: f, candidates: 1 });
    }
    const bars: CompareBar[] = [...firstByRegion.values()].map(({ record, candidates }) => ({
      region: record.region,
      point: { ...valueOf(record), year: record.year, candidates, change: null },
    }));
    const unit = bars.length ? dominantUnit(bars.map((b) => b.point)) : indicator.unit;
    bars.sort((a, b) => Number(b.point.unit === unit) - Number(a.point.unit === unit) || b.point.value - a.point.value || a.region.name.localeCompare(b.region.name, 'zh-CN'));
    return {
      indicator,
      year: chosen,
      years,
      levels: [...levels.entries()].map(([l, set]) => ({ level: l, count: set.size })),
      unit,
      bars,
    };
  };

  return {
    'trends.indicators': ({ search }) => {
      const { list } = indicators();
      const query = search?.trim().toLowerCase();
      if (!query) return list;
      return list.filter((i) => [i.name, i.nameEn ?? '', i.key].some((s) => s.toLowerCase().includes(query)));
    },

    'trends.regions': ({ indicator }) =>
      regionYears(db, indicator).sort((a, b) => [...a.parents, a.name].join('/').localeCompare([...b.parents, b.name].join('/'), 'zh-CN')),

    'trends.series': ({ indicator, regions }) => series(indicator, regions),

    'trends.dashboard': ({ region, limit }): RegionDashboard => {
      const ranking = regionIndicatorRanking(db, region, limit ?? 9);
      const figures = ranking.length ? regionFigures(db, region, ranking.map((r) => r.key)) : [];
      const ref = regionsOf([region], figures)[0]!;
      const { byKey } = indicators();
      const panels = ranking.flatMap(({ key }) => {
        const indicator = byKey.get(key);
        if (!indicator) return [];
        const [built] = buildSeries(compatibleFigures(figures.filter((f) => f.key === key)), [ref]);
        const points = built!.points;
        return [{ indicator, unit: points.length ? dominantUnit(points) : indicator.unit, points }];
      });
      const years = yearSpan(panels.map((p) => ({ region: ref, points: p.points })));
      return { region: ref, years, panels };
    },

    'trends.compare': ({ indicator, year, level }) => compare(indicator, year, level),

    'trends.export': async ({ format, language, indicator, regions, year, level, jobId }) => {
      const lang = language ?? 'zh-CN';
      // the data as the chart has it; the job writes it one region (a series, a bar) at a time
      let groups: Array<{ label: string; rows: ExportRow[] }>;
      let nameParts: string[];
      if (regions) {
        const result = series(indicator, regions);
        groups = result.series.map((s) => ({ label: s.region.name, rows: s.points.map((point) => ({ region: s.region, indicator: result.indicator, point })) }));
        nameParts = [result.indicator.name, ...result.series.map((s) => s.region.name), lang === 'en' ? 'trend' : '趋势'];
      } else {
        const result = compare(indicator, year, level);
        groups = result.bars.map((b) => ({ label: b.region.name, rows: [{ region: b.region, indicator: result.indicator, point: b.point }] }));
        nameParts = [result.indicator.name, result.year ? String(result.year) : '', lang === 'en' ? 'comparison' : '横向比较'];
      }
      if (groups.every((g) => g.rows.length === 0)) throw new ApiError('empty', '没有可导出的数据');
      const table = trendTable(format, lang, nameParts);
      return jobs.run(jobId, 'export', groups.length, async (job) => {
        const file = await openTableFile(format, table);
        try {
          await job.each(groups, (group) => {
            for (const row of group.rows) file.add(table.cells(row));
          });
          return await file.finish();
        } catch (error) {
          file.discard();
          throw error;
        }
      });
    },
  };
}

function valueOf(f: Pick<FigureRecord, 'value' | 'lo' | 'hi' | 'unit' | 'qualifier' | 'kind' | 'status' | 'indicator' | 'source'>) {
  return { value: f.value, lo: f.lo, hi: f.hi, unit: f.unit, qualifier: f.qualifier, kind: f.kind, status: f.status, indicator: f.indicator, source: f.source };
}
