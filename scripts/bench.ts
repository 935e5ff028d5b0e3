// `npm run bench`: every benchmark in scripts/bench/, one after another (timings are ratios in one run, not tests).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../electron/app-host.ts';

const only = process.argv[2];
const dir = join(projectRoot, 'scripts', 'bench');
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.startsWith('_')).sort()) {
  if (only && !file.startsWith(only)) continue;
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, [join(dir, file)], { stdio: 'inherit', cwd: projectRoot });
}
