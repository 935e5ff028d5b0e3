#!/usr/bin/env node
// The `nianbao` command. Node 22 runs the TypeScript sources directly (type stripping); when `npm run build` has
// bundled the CLI (dist/cli) after the sources last changed, that bundle runs instead and starts several times faster.
import { existsSync, readdirSync, statSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`nianbao needs Node 22.18 or newer (this is ${process.version}); run it through npx in the checkout, which uses the project's own Node.`);
  process.exit(1);
}

const root = new URL('../', import.meta.url);
const bundle = new URL('dist/cli/cli.mjs', root);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = new URL(entry.name + (entry.isDirectory() ? '/' : ''), dir);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= Math.max(newestSource(new URL('electron/', root)), newestSource(new URL('shared/', root)));
const { main } = await import(fresh ? bundle.href : '../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2));
