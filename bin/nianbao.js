#!/usr/bin/env node
// The `nianbao` command: Node 22 runs the TypeScript sources directly (type stripping), so nothing is built first.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  console.error(`nianbao needs Node 22.18 or newer (this is ${process.version}); run it through npx in the checkout, which uses the project's own Node.`);
  process.exit(1);
}
const { main } = await import('../electron/cli.ts');
process.exitCode = await main(process.argv.slice(2));
