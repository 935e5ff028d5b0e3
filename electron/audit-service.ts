// Handlers of the audit API methods (shared/api-parts/audit.ts): computed from the library, not stored, and
// kept only while the library does not change.
import { ApiError, type Handlers } from '../shared/api.ts';
import type { auditMethods, IndicatorName } from '../shared/api-parts/audit.ts';
import { auditLibrary, type LibraryAudit } from '../shared/audit/audit.ts';
import { listIndicators } from '../shared/indicators/match.ts';
import type { Db } from './library/open.ts';
import { auditInputs } from './library/audit.ts';
import { libraryGeneration } from './library/trends.ts';
import { buildAuditExport, findingRows } from './audit-export.ts';
import { readText } from './library/reports.ts';

export function runAudit(db: Db, regionKeys?: readonly string[]): LibraryAudit {
  return auditLibrary(auditInputs(db, regionKeys));
}

const indicatorNames: Record<string, IndicatorName> = Object.fromEntries(listIndicators().map((e) => [e.id, { name: e.name, nameEn: e.nameEn }]));

export function createAuditHandlers(db: Db): Pick<Handlers, keyof typeof auditMethods> {
  let cached: { generation: string; audit: LibraryAudit } | null = null;
  const audit = (): LibraryAudit => {
    const generation = libraryGeneration(db);
    if (cached?.generation !== generation) cached = { generation, audit: runAudit(db) };
    return cached.audit;
  };
  const regionOf = (key: string) => {
    const region = audit().regions.find((r) => r.regionKey === key || r.region === key);
    if (!region) throw new ApiError('not-found', `资料库中没有地区“${key}”的报告`);
    return region;
  };
  const namesOf = (ids: Iterable<string>) => Object.fromEntries([...new Set(ids)].filter((id) => indicatorNames[id]).map((id) => [id, indicatorNames[id]!]));

  return {
    'audit.overview': () => {
      const a = audit();
      return {
        regions: a.regions,
        unplaced: a.reports.filter((r) => r.regionKey === null || r.year === null).length,
        indicatorNames: namesOf(a.regions.flatMap((r) => [...r.keyIndicators.map((k) => k.indicator), ...r.silence.map((s) => s.indicator), ...r.jumps.map((j) => j.indicator)])),
      };
    },
    'audit.region': ({ region }) => {
      const r = regionOf(region);
      const a = audit();
      const reports = a.reports
        .filter((x) => x.regionKey === r.regionKey && x.year !== null)
        .sort((x, y) => x.year! - y.year! || Number(y.counted) - Number(x.counted));
      return {
        region: r,
        reports,
        indicatorNames: namesOf([...r.keyIndicators.map((k) => k.indicator), ...r.silence.map((s) => s.indicator), ...r.jumps.map((j) => j.indicator)]),
      };
    },
    'audit.export': async ({ format, language, region }) => {
      const lang = language ?? 'zh-CN';
      const a = audit();
      const scope: LibraryAudit = region ? { reports: a.reports, regions: [regionOf(region)] } : a;
      const ids = new Set(scope.regions.flatMap((r) => r.reportIds));
      const texts = new Map<number, string>();
      for (const id of ids) texts.set(id, readText(db, id) ?? '');
      const rows = findingRows(scope, texts, indicatorNames, lang);
      const name = region ? scope.regions[0]!.region : lang === 'en' ? 'all regions' : '全部地区';
      return buildAuditExport(rows, format, lang, [name, lang === 'en' ? 'audit' : '年报体检']);
    },
  };
}
