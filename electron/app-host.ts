// Starts the browser host over a library file: what `npm run serve`, `npm start` (without Electron) and e2e tests use.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibrary } from './library/open.ts';
import { createHandlers } from './service.ts';
import { startHost, type RunningHost } from './host.ts';
import { openMainLog } from './log/main-log.ts';

export const projectRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const rendererDist = join(projectRoot, 'dist', 'renderer');
const appVersion = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

export async function startAppHost(options: { libraryPath: string; port?: number; token?: string }): Promise<RunningHost> {
  const log = openMainLog(join(dirname(options.libraryPath), 'logs'));
  const db = openLibrary(options.libraryPath);
  const host = await startHost({
    staticDir: rendererDist,
    port: options.port,
    token: options.token,
    makeHandlers: (emit) => createHandlers(db, { libraryPath: options.libraryPath, emit, log, appVersion }),
    onError: (method, reply) => log.error('call-failed', { method, ...reply }),
  });
  return {
    ...host,
    close: async () => {
      await host.close();
      db.close();
    },
  };
}
