// The audit of a library: each report on its own (completeness, timeliness, arithmetic, reuse of the year before),
// then each region across its years (silence, jumps) and a ranking of regions. Pure: the service hands in the
// reports, all at once or one at a time (LibraryAuditBuilder).
import { assessCompleteness } from './completeness.ts';
import { runChecks } from './checks.ts';
import { detectJumps, type Jump } from './jumps.ts';
import { paragraphsOf } from './paragraphs.ts';
import { measureReuse, type Reuse } from './reuse.ts';
import { indicatorValues, type YearReport } from './series.ts';
import { detectSilence, type Silence } from './silence.ts';
import { assessTimeliness } from './timeliness.ts';
import type { AuditInput, CheckResult, Completeness, Timeliness } from './types.ts';
import type { DocType } from '../meta/types.ts';

/** Only these are held to the five contents and the deadline. */
export const JUDGED_TYPE: DocType = '法治政府建设报告';

export interface ReportAudit {
  id: number;
  fileName: string;
  title: string | null;
  region: string | null;
  regionKey: string | null;
  year: number | null;
  docType: DocType;
  /** Whether this copy counts for its region and year (the preferred one of duplicates). */
  counted: boolean;
  truncated: boolean;
  completeness: Completeness | null;
  timeliness: Timeliness | null;
  checks: CheckResult[];
  reuse: Reuse | null;
}

export interface KeySeries {
  indicator: string;
  unit: string;
  points: Array<{ year: number; value: number; reportId: number; start: number; end: number }>;
}

export interface RegionAudit {
  regionKey: string;
  region: string;
  years: number[];
  /** The counted reports of the region, oldest first. */
  reportIds: number[];
  silence: Silence[];
  jumps: Jump[];
  /** Required contents found ÷ due, over the region's whole (not cut-off) 法治政府建设报告; null when there is none. */
  completeness: number | null;
  onTime: number;
  late: number;
  dateUnknown: number;
  inconsistent: number;
  consistent: number;
  /** Reuse of the latest report that has a previous one (and enough sentences to say). */
  latestReuse: number | null;
  /** That previous report is cut off: the share is a lower bound. */
  latestReusePartial: boolean;
  meanReuse: number | null;
  truncated: number;
  keyIndicators: KeySeries[];
}

export interface LibraryAudit {
  reports: ReportAudit[];
  regions: RegionAudit[];
}

export interface CountedInput extends AuditInput {
  counted: boolean;
}

function auditOne(input: CountedInput): ReportAudit & { series: YearReport | null } {
  const paragraphs = paragraphsOf(input.text, input.junk);
  const judged = input.docType === JUDGED_TYPE;
  const completeness = assessCompleteness(input, paragraphs);
  const { values, labels } = indicatorValues(input.figures, input.text);
  return {
    id: input.id,
    fileName: input.fileName,
    title: input.title,
    region: input.region,
    regionKey: input.regionKey,
    year: input.year,
    docType: input.docType,
    counted: input.counted,
    truncated: completeness.truncated,
    completeness: judged ? completeness : null,
    timeliness: judged ? assessTimeliness(input) : null,
    checks: runChecks(input.text, paragraphs, input.figures),
    reuse: null,
    series: input.year === null ? null : { id: input.id, year: input.year, truncated: completeness.truncated, values, labels },
  };
}

const KEY_INDICATORS = 4;

function keyIndicators(series: readonly YearReport[]): KeySeries[] {
  const reach = new Map<string, number>();
  for (const r of series) for (const id of r.values.keys()) reach.set(id, (reach.get(id) ?? 0) + 1);
  return [...reach.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, KEY_INDICATORS)
    .map(([indicator]) => {
      const points = series
        .filter((r) => r.values.has(indicator))
        .map((r) => {
          const v = r.values.get(indicator)![0]!;
          return { year: r.year, value: v.value, reportId: r.id, start: v.start, end: v.end, unit: v.unit };
        })
        .sort((a, b) => a.year - b.year);
      const unit = points[0]!.unit;
      return { indicator, unit, points: points.filter((p) => p.unit === unit).map(({ unit: _u, ...p }) => p) };
    });
}

/** Where a report stands before it is read: whether it counts, and for which region, year and type. */
export type AuditPlace = Pick<CountedInput, 'id' | 'regionKey' | 'year' | 'docType' | 'counted'>;

/** A report takes part in its region's audit: the copy that counts, with a region and a year. */
export const isPlaced = (r: Pick<AuditPlace, 'counted' | 'regionKey' | 'year'>): boolean => r.counted && r.regionKey !== null && r.year !== null;

const slotOf = (r: AuditPlace) => (isPlaced(r) ? `${r.regionKey}\u0000${r.docType}` : null);

/** The order a builder takes reports in: each region's reports of one type together, oldest first (reuse compares
 *  a report with the one before it); reports outside every region last. */
export function auditOrder<T extends AuditPlace>(reports: readonly T[]): T[] {
  const key = (r: T) => slotOf(r) ?? '\uffff';
  return [...reports].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : (a.year ?? 0) - (b.year ?? 0) || a.id - b.id));
}

type Audited = ReturnType<typeof auditOne>;

/**
 * The audit built one report at a time, in auditOrder, so a caller can read one report's text at a time, report
 * progress and stop between reports. Only the previous report of the slot in hand is kept whole.
 */
export class LibraryAuditBuilder {
  private readonly audited: Audited[] = [];
  private previous: { slot: string; input: CountedInput; truncated: boolean } | null = null;
  private readonly finishedSlots = new Set<string>();

  add(input: CountedInput): void {
    const audited = auditOne(input);
    this.audited.push(audited);
    const slot = slotOf(input);
    if (slot === null) return;
    const prev = this.previous;
    if (prev && prev.slot !== slot) {
      this.finishedSlots.add(prev.slot);
      this.previous = null;
    } else if (prev && prev.input.year! > input.year!) throw new Error('audit: reports of a slot must come oldest first (auditOrder)');
    if (this.finishedSlots.has(slot)) throw new Error('audit: reports of a slot must come together (auditOrder)');
    if (this.previous) {
      const before = this.previous.input;
      audited.reuse = measureReuse(
        { id: before.id, year: before.year, text: before.text, junk: before.junk, truncated: this.previous.truncated },
        { text: input.text, junk: input.junk, headings: input.headings },
      );
    }
    this.previous = { slot, input, truncated: audited.truncated };
  }

  finish(): LibraryAudit {
    return assemble(this.audited);
  }
}

export function auditLibrary(inputs: readonly CountedInput[]): LibraryAudit {
  const builder = new LibraryAuditBuilder();
  for (const input of auditOrder(inputs)) builder.add(input);
  return builder.finish();
}

function assemble(unordered: readonly Audited[]): LibraryAudit {
  const audited = [...unordered].sort((a, b) => a.id - b.id);
  const regions = new Map<string, { name: string; reports: Audited[] }>();
  for (const a of audited) {
    if (!isPlaced(a)) continue;
    const r = regions.get(a.regionKey!) ?? { name: a.region ?? a.regionKey!, reports: [] };
    r.reports.push(a);
    regions.set(a.regionKey!, r);
  }

  const regionAudits: RegionAudit[] = [...regions.entries()].map(([regionKey, { name, reports }]) => {
    reports.sort((a, b) => a.year! - b.year! || a.docType.localeCompare(b.docType));
    const silence: Silence[] = [];
    const jumps: Jump[] = [];
    for (const type of new Set(reports.map((r) => r.docType))) {
      const series = reports.filter((r) => r.docType === type && r.series).map((r) => r.series!);
      silence.push(...detectSilence(series));
      jumps.push(...detectJumps(series));
    }
    const judged = reports.filter((r) => r.completeness);
    let found = 0;
    let due = 0;
    // an excerpt shows only its first sections: it would read as complete, so only whole texts are scored
    for (const r of judged.filter((x) => !x.truncated)) {
      for (const c of r.completeness!.contents) {
        if (c.id === 'other' || c.state === 'unseen' || c.state === 'optional') continue;
        due++;
        if (c.state === 'found') found++;
      }
    }
    const withReuse = reports.filter((r) => r.reuse?.share != null);
    const reuses = withReuse.map((r) => r.reuse!.share!);
    const checks = reports.flatMap((r) => r.checks);
    const main = reports.filter((r) => r.docType === JUDGED_TYPE && r.series).map((r) => r.series!);
    return {
      regionKey,
      region: name,
      years: [...new Set(reports.map((r) => r.year!))].sort((a, b) => a - b),
      reportIds: reports.map((r) => r.id),
      silence,
      jumps,
      completeness: due ? found / due : null,
      onTime: judged.filter((r) => r.timeliness?.late === false).length,
      late: judged.filter((r) => r.timeliness?.late === true).length,
      dateUnknown: judged.filter((r) => r.timeliness?.late === null).length,
      inconsistent: checks.filter((c) => c.verdict === 'inconsistent').length,
      consistent: checks.filter((c) => c.verdict === 'consistent').length,
      latestReuse: reuses.length ? reuses[reuses.length - 1]! : null,
      latestReusePartial: withReuse.length ? withReuse[withReuse.length - 1]!.reuse!.previousTruncated : false,
      meanReuse: reuses.length ? reuses.reduce((t, x) => t + x, 0) / reuses.length : null,
      truncated: reports.filter((r) => r.truncated).length,
      keyIndicators: keyIndicators(main.length ? main : reports.filter((r) => r.series).map((r) => r.series!)),
    };
  });
  regionAudits.sort((a, b) => a.region.localeCompare(b.region, 'zh-CN'));
  return { reports: audited.map(({ series: _s, ...a }) => a), regions: regionAudits };
}
