// Where the library lives: --library FILE, else NIANBAO_LIBRARY, else the user's data folder (as Electron's userData).
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function userDataDir(): string {
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Nianbao');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Nianbao');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Nianbao');
}

export function resolveLibraryPath(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  const flag = argv.findIndex((a) => a === '--library' || a.startsWith('--library='));
  if (flag >= 0) {
    const arg = argv[flag]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[flag + 1];
    if (!value) throw new Error('--library needs a file path');
    return resolve(value);
  }
  if (env.NIANBAO_LIBRARY) return resolve(env.NIANBAO_LIBRARY);
  return join(userDataDir(), 'library.sqlite');
}
