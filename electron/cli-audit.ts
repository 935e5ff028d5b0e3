// `nianbao audit --library FILE [--region NAME] [--json]`: the analyst's audit of a library on the command line.
import { parseArgs } from 'node:util';
import { completenessIds } from '../shared/audit/completeness.ts';
import type { LibraryAudit } from '../shared/audit/audit.ts';
import { openLibrary } from './library/open.ts';
import { resolveLibraryPath } from './library/location.ts';
import { findAuditRegions } from './library/audit.ts';
import { runAudit } from './audit-service.ts';

const usage = `用法 / usage:
  nianbao audit [--library FILE] [--region NAME]... [--json]
    NAME  地区名称或行政区划代码 / a region's name or code`;

/** The issue's JSON shape: findings only (inconsistent checks), ids of the five contents. */
export function auditJson(audit: LibraryAudit) {
  return {
    reports: audit.reports.map((r) => ({
      id: r.id,
      file: r.fileName,
      region: r.region,
      year: r.year,
      docType: r.docType,
      completeness: r.completeness ? completenessIds(r.completeness) : null,
      timeliness: r.timeliness ? { published: r.timeliness.published, deadline: r.timeliness.deadline, late: r.timeliness.late } : null,
      checks: r.checks
        .filter((c) => c.verdict === 'inconsistent')
        .map((c) => ({ kind: c.kind, message: `${c.message}:${c.arithmetic}`, spans: c.spans })),
      reuse: r.reuse?.share != null ? Math.round(r.reuse.share * 1000) / 1000 : null,
    })),
    regions: audit.regions.map((g) => ({
      region: g.region,
      years: g.years,
      silence: g.silence.map((s) => ({ indicator: s.indicator, lastYear: s.lastYear, lastValue: s.lastValue })),
    })),
  };
}

export function auditCommand(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: { library: { type: 'string' }, region: { type: 'string', multiple: true }, json: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const db = openLibrary(resolveLibraryPath(values.library ? ['--library', values.library] : []));
  try {
    let keys: string[] | undefined;
    if (values.region?.length) {
      keys = [];
      for (const name of values.region) {
        const found = findAuditRegions(db, name);
        if (found.length === 0) {
          console.error(`nianbao audit: 资料库中没有地区“${name}” / no region "${name}" in the library`);
          return 1;
        }
        keys.push(...found.map((r) => r.key));
      }
    }
    const audit = runAudit(db, keys);
    if (values.json) console.log(JSON.stringify(auditJson(audit), null, 2));
    else printAudit(audit);
    return 0;
  } finally {
    db.close();
  }
}

const stateMark = { found: '✓', brief: '½', missing: '✗', unseen: '?', optional: '·' } as const;

function printAudit(audit: LibraryAudit): void {
  for (const r of audit.reports) {
    console.log(`#${r.id} ${r.region ?? '地区未知'} ${r.year ?? '年份未知'} ${r.docType}  ${r.fileName}${r.counted ? '' : '  (副本)'}`);
    if (r.completeness) {
      console.log(`  内容 ${r.completeness.contents.map((c) => `${stateMark[c.state]}${c.id}`).join(' ')}${r.completeness.truncated ? '  (文本不完整)' : ''}`);
    }
    if (r.timeliness) {
      const t = r.timeliness;
      console.log(`  时效 发布 ${t.published ?? '未注明'}  截止 ${t.deadline ?? '—'}  ${t.late === null ? '无法判断' : t.late ? (t.days === null ? '晚于截止日' : `逾期 ${t.days} 天`) : '按时'}`);
    }
    for (const c of r.checks) console.log(`  ${c.verdict === 'inconsistent' ? '✗' : '✓'} ${c.kind} ${c.message}:${c.arithmetic}`);
    if (r.reuse?.share != null) console.log(`  沿用 ${(r.reuse.share * 100).toFixed(0)}% 的句子与 ${r.reuse.previousYear} 年报告相同或近同 (${r.reuse.repeated}/${r.reuse.sentences})`);
  }
  for (const g of audit.regions) {
    console.log(`\n${g.region}  ${g.years.join(', ')}`);
    for (const s of g.silence) console.log(`  沉默 ${s.indicator}: ${s.lastYear} 年 ${s.lastText},${s.year} 年未报`);
    for (const j of g.jumps) console.log(`  跳变 ${j.indicator}: ${j.fromYear} 年 ${j.from.text} → ${j.year} 年 ${j.to.text} (×${j.factor.toFixed(1)})`);
  }
}
