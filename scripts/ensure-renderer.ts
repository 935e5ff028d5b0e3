// Builds the renderer with Vite when dist/renderer is missing or older than its sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, rendererDist } from '../electron/app-host.ts';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureRendererBuilt(): void {
  const index = join(rendererDist, 'index.html');
  const sources = Math.max(
    newestMtime(join(projectRoot, 'renderer')),
    newestMtime(join(projectRoot, 'shared')),
    statSync(join(projectRoot, 'vite.config.ts')).mtimeMs,
    statSync(join(projectRoot, 'electron', 'security.ts')).mtimeMs,
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('正在构建界面 / building the renderer…');
  execFileSync(process.execPath, [join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
}
