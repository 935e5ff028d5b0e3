// Handlers of the audit API methods (shared/api-parts/audit.ts): computed from the library, not stored. The whole
// library's audit runs as a job, one item per report, and is kept only once whole and while the library does not
// change; a region's card needs only that region's reports.
import { ApiError, type Handlers } from '../shared/api.ts';
import type { AuditOverview, auditMethods, IndicatorName, RegionCard } from '../shared/api-parts/audit.ts';
import { isCancelled } from '../shared/api-parts/jobs.ts';
import { auditOrder, isPlaced, LibraryAuditBuilder, type LibraryAudit, type RegionAudit } from '../shared/audit/audit.ts';
import { listIndicators } from '../shared/indicators/match.ts';
import type { Db } from './library/open.ts';
import { auditInput, auditPlaces, findAuditRegions, type AuditReportPlace } from './library/audit.ts';
import { libraryGeneration } from './library/trends.ts';
import { readText } from './library/reports.ts';
import { findingTable, regionFindingRows, reportFindingRows } from './export/audit-table.ts';
import { openTableFile } from './export/table-file.ts';
import type { Job, JobRunner } from './jobs.ts';

/** The audit of the library, or of the regions whose keys are given, in one go (the command line, a region's card). */
export function runAudit(db: Db, regionKeys?: readonly string[]): LibraryAudit {
  const builder = new LibraryAuditBuilder();
  for (const place of auditOrder(auditPlaces(db, regionKeys))) {
    const input = auditInput(db, place);
    if (input) builder.add(input);
  }
  return builder.finish();
}

const indicatorNames: Record<string, IndicatorName> = Object.fromEntries(listIndicators().map((e) => [e.id, { name: e.name, nameEn: e.nameEn }]));
const namesOf = (ids: Iterable<string>) => Object.fromEntries([...new Set(ids)].filter((id) => indicatorNames[id]).map((id) => [id, indicatorNames[id]!]));
const regionIndicators = (r: RegionAudit) => [...r.keyIndicators.map((k) => k.indicator), ...r.silence.map((s) => s.indicator), ...r.jumps.map((j) => j.indicator)];

function overviewOf(audit: LibraryAudit): AuditOverview {
  return {
    regions: audit.regions,
    unplaced: audit.reports.filter((r) => r.regionKey === null || r.year === null).length,
    indicatorNames: namesOf(audit.regions.flatMap(regionIndicators)),
  };
}

export function createAuditHandlers(db: Db, jobs: JobRunner): Pick<Handlers, keyof typeof auditMethods> {
  let cached: { generation: string; audit: LibraryAudit } | null = null;
  const fresh = () => (cached?.generation === libraryGeneration(db) ? cached.audit : null);

  /** The whole library's audit as a pass of `job` over its reports, kept only once every report is in. */
  const auditPass = async (job: Job, places: readonly AuditReportPlace[]): Promise<LibraryAudit> => {
    const generation = libraryGeneration(db);
    const builder = new LibraryAuditBuilder();
    await job.each(auditOrder(places), (place) => {
      const input = auditInput(db, place);
      if (input) builder.add(input);
    });
    const audit = builder.finish();
    cached = { generation, audit };
    return audit;
  };

  /** One region's audit: from the library's when it is fresh, else from the region's reports alone. */
  const regionAudit = (key: string): { audit: LibraryAudit; region: RegionAudit } => {
    const known = fresh();
    const keys = known ? null : findAuditRegions(db, key).map((r) => r.key);
    const audit = known ?? (keys!.length ? runAudit(db, keys!) : { reports: [], regions: [] });
    const region = audit.regions.find((r) => r.regionKey === key || r.region === key);
    if (!region) throw new ApiError('not-found', `资料库中没有地区“${key}”的报告`, { region: key });
    return { audit, region };
  };

  return {
    'audit.overview': async ({ jobId }) => {
      const known = fresh();
      if (known) return overviewOf(known);
      const places = auditPlaces(db);
      const audit = await jobs.run(jobId, 'audit', places.length, (job) => auditPass(job, places));
      return isCancelled(audit) ? audit : overviewOf(audit);
    },

    'audit.region': ({ region }): RegionCard => {
      const { audit, region: r } = regionAudit(region);
      const reports = audit.reports
        .filter((x) => x.regionKey === r.regionKey && x.year !== null)
        .sort((x, y) => x.year! - y.year! || Number(y.counted) - Number(x.counted));
      return { region: r, reports, indicatorNames: namesOf(regionIndicators(r)) };
    },

    'audit.export': async ({ format, language, region, jobId }) => {
      const lang = language ?? 'zh-CN';
      const scoped = region ? regionAudit(region) : null;
      const known = scoped?.audit ?? fresh();
      // without a fresh audit, the job audits every report first, then writes each placed report's findings
      const places = known ? null : auditPlaces(db);
      const writing = known ? (scoped ? scoped.region.reportIds.length : known.regions.reduce((n, r) => n + r.reportIds.length, 0)) : places!.filter(isPlaced).length;
      return jobs.run(jobId, 'export', (places?.length ?? 0) + writing, async (job) => {
        const audit = known ?? (await auditPass(job, places!));
        const regions = scoped ? [scoped.region] : audit.regions;
        const byId = new Map(audit.reports.map((r) => [r.id, r]));
        const name = scoped ? scoped.region.region : lang === 'en' ? 'all regions' : '全部地区';
        const table = findingTable(format, lang, [name, lang === 'en' ? 'audit' : '年报体检']);
        const file = await openTableFile(format, table);
        try {
          // a region's texts are read as its reports come and dropped after its own findings
          const texts = new Map<number, string>();
          const quote = (id: number, span: { start: number; end: number } | null) => (span ? texts.get(id)?.slice(span.start, span.end) ?? null : null);
          const items = regions.flatMap((g) => g.reportIds.map((id, i) => ({ region: g, report: byId.get(id)!, last: i === g.reportIds.length - 1, label: g.region })));
          await job.each(items, ({ region: g, report, last }) => {
            texts.set(report.id, readText(db, report.id) ?? '');
            for (const row of reportFindingRows(g, report, quote, lang)) file.add(table.cells(row));
            if (!last) return;
            for (const row of regionFindingRows(g, byId, quote, indicatorNames, lang)) file.add(table.cells(row));
            texts.clear();
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
