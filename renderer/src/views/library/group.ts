// Library rows grouped province → city → region, newest year first: flat, so a virtual list can render them.
import type { ReportSummary } from '../../../../shared/api.ts';

export type LibraryRow =
  | { type: 'group'; key: string; label: string; depth: number; count: number }
  | { type: 'report'; key: string; report: ReportSummary; depth: number };

const collator = new Intl.Collator('zh-CN');

export function groupReports(reports: readonly ReportSummary[], unknownRegion: string): LibraryRow[] {
  const pathOf = (r: ReportSummary) => (r.region ? [...r.parents, r.region] : [unknownRegion]);
  const sorted = [...reports].sort((a, b) => {
    const pa = pathOf(a).join('\u0000');
    const pb = pathOf(b).join('\u0000');
    return collator.compare(pa, pb) || (b.year ?? 0) - (a.year ?? 0) || a.id - b.id;
  });
  const counts = new Map<string, number>();
  for (const r of sorted) {
    const path = pathOf(r);
    for (let i = 1; i <= path.length; i++) {
      const key = path.slice(0, i).join('/');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const rows: LibraryRow[] = [];
  let previous: string[] = [];
  for (const r of sorted) {
    const path = pathOf(r);
    let shared = 0;
    while (shared < path.length && path[shared] === previous[shared]) shared++;
    for (let depth = shared; depth < path.length; depth++) {
      const key = path.slice(0, depth + 1).join('/');
      rows.push({ type: 'group', key, label: path[depth]!, depth, count: counts.get(key) ?? 0 });
    }
    rows.push({ type: 'report', key: `r${r.id}`, report: r, depth: path.length });
    previous = path;
  }
  return rows;
}
