// `npm start`: the desktop workbench in Electron; where Electron's binary cannot be had, the same workbench in a browser.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../electron/app-host.ts';
import { serve } from './serve.ts';

const electronDir = join(projectRoot, 'node_modules', 'electron');

/** The binary is fetched on first start (its install script is not run by npm here); false if that fails. */
function ensureElectronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  const binary = () => join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  if (existsSync(pathFile) && existsSync(binary())) return binary();
  if (!existsSync(join(electronDir, 'install.js'))) return null;
  try {
    console.log('首次启动:正在下载 Electron 运行程序… / first start: fetching the Electron binary…');
    execFileSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 180_000 });
    return existsSync(pathFile) && existsSync(binary()) ? binary() : null;
  } catch {
    return null;
  }
}

function openBrowser(url: string): void {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const candidates = process.platform === 'darwin' ? ['open'] : process.platform === 'win32' ? ['explorer'] : ['chromium', 'xdg-open'];
  if (!hasDisplay) return;
  for (const command of candidates) {
    try {
      spawn(command, [url], { stdio: 'ignore', detached: true }).on('error', () => {}).unref();
      return;
    } catch {
      // try the next one
    }
  }
}

const args = process.argv.slice(2);
const electron = process.env.NIANBAO_NO_ELECTRON ? null : ensureElectronBinary();
if (electron) {
  const vite = (...viteArgs: string[]) =>
    execFileSync(process.execPath, [join(projectRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn', ...viteArgs], { cwd: projectRoot, stdio: 'inherit' });
  vite();
  vite('--config', 'vite.electron.config.ts', '--mode', 'main');
  vite('--config', 'vite.electron.config.ts', '--mode', 'preload');
  const child = spawn(electron, [projectRoot, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron 运行程序在本机不可用(无法下载),改为在浏览器中打开同一个工作台。 / The Electron binary is not available here (it could not be downloaded): opening the same workbench in your browser.');
  const url = await serve(args);
  openBrowser(url);
}
