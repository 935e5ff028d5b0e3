// `npm run serve [-- --port N] [-- --library FILE]`: the workbench for a browser, on 127.0.0.1.
import { parseArgs } from 'node:util';
import { startAppHost } from '../electron/app-host.ts';
import { resolveLibraryPath } from '../electron/library/location.ts';
import { ensureRendererBuilt } from './ensure-renderer.ts';

export async function serve(argv: string[]): Promise<string> {
  const { values } = parseArgs({ args: argv, options: { port: { type: 'string' }, library: { type: 'string' } }, strict: true });
  const libraryPath = resolveLibraryPath(values.library ? ['--library', values.library] : []);
  ensureRendererBuilt();
  const host = await startAppHost({ libraryPath, port: values.port ? Number(values.port) : undefined });
  console.log(`年报工作台 Nianbao: ${host.appUrl}`);
  console.log(`资料库 library: ${libraryPath}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return host.appUrl;
}

if (import.meta.main) {
  serve(process.argv.slice(2)).catch((error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  });
}
