// The audit over the real seeds and dev excerpts: what an analyst would see, pinned so that a change to
// extraction or to a rule that starts crying wolf shows up here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { importFile } from '../../electron/import/import-file.ts';
import { runAudit } from '../../electron/audit-service.ts';
import { auditJson } from '../../electron/cli-audit.ts';
import { describeCorpus, hasCorpus, seedsDir } from '../corpus.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';

const devDir = resolve(seedsDir, '../dev');

describeCorpus('the audit of the seeds and the dev excerpts', () => {
  let lib: TempLibrary;
  let json: ReturnType<typeof auditJson>;
  beforeAll(async () => {
    if (!hasCorpus) return;
    lib = tempLibrary();
    for (const dir of [seedsDir, devDir]) {
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        await importFile(lib.db, `${dir === seedsDir ? 'seed-' : 'dev-'}${name}`, readFileSync(join(dir, name)));
      }
    }
    json = auditJson(runAudit(lib.db));
  }, 120_000);
  afterAll(() => lib?.cleanup());

  const seed = (prefix: string) => json.reports.find((r) => r.file.startsWith(`seed-${prefix}`))!;

  it('raises no arithmetic finding: every stated rate, sum and change in them agrees', () => {
    expect(json.reports.flatMap((r) => r.checks)).toEqual([]);
  });

  it('finds the five contents however the seeds word them; 许昌市 2024 has no 不足 and no plan section', () => {
    for (const id of ['000', '001', '004']) expect(seed(id).completeness).toEqual({ found: ['measures', 'shortcomings', 'leadership', 'plans'], missing: [], truncated: false });
    expect(seed('003').completeness).toEqual({ found: ['measures', 'leadership'], missing: ['shortcomings', 'plans'], truncated: false });
    // 长沙县 2024 names its leaders only where other units' heads report on the law
    expect(seed('002').completeness).toEqual({ found: ['measures', 'shortcomings', 'plans'], missing: ['leadership'], truncated: false });
  });

  it('says "cut off" for every dev excerpt of a rule-of-law report, never "missing"', () => {
    const dev = json.reports.filter((r) => r.file.startsWith('dev-') && r.completeness);
    expect(dev.length).toBeGreaterThan(20);
    for (const r of dev) expect(r.completeness).toMatchObject({ truncated: true, missing: [] });
  });

  it('holds the dated seeds to their deadline, and a 司法局’s own report to 1 March', () => {
    expect(seed('000').timeliness).toEqual({ published: '2025-02-21', deadline: '2025-04-01', late: false });
    expect(seed('004').timeliness).toEqual({ published: '2024-02-27', deadline: '2024-04-01', late: false });
    expect(seed('001').timeliness).toEqual({ published: null, deadline: '2023-04-01', late: null });
    const bureau = json.reports.find((r) => r.file === 'dev-002.txt')!;
    expect(bureau.timeliness).toEqual({ published: '2024-02-28', deadline: '2024-03-01', late: false });
    expect(json.reports.filter((r) => r.timeliness?.late === true)).toEqual([]);
  });

  it('notes what 许昌市’s and 长沙县’s full 2024 reports leave out of 2023, and nothing else goes silent', () => {
    const silences = json.regions.flatMap((r) => r.silence.map((s) => ({ region: r.region, ...s })));
    expect(silences).toEqual([
      // 2024 counts lectures only together with study sessions (学习培训、辅导讲座200余场次)
      { region: '许昌市', indicator: 'legal_lectures', lastYear: 2023, lastValue: 100 },
      { region: '许昌市', indicator: 'devolved_powers', lastYear: 2023, lastValue: 339 },
      { region: '许昌市', indicator: 'gov_services_handled', lastYear: 2023, lastValue: 127000 },
      { region: '许昌市', indicator: 'no_visit_approval_share', lastYear: 2023, lastValue: 98.68 },
      // 2023: 2次开展“一把手”集中述法; 2024 names the 述法 without a count
      { region: '长沙县', indicator: 'leaders_law_reports', lastYear: 2023, lastValue: 2 },
    ]);
  });
});
