// The main process's log: one JSON line per event, appended synchronously (a crash record must reach the disk
// before the process dies), rotated by size: main.log, main.log.1 … main.log.<keep>.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface MainLog {
  path: string;
  info(event: string, data?: Record<string, unknown>): void;
  error(event: string, data?: Record<string, unknown>): void;
}

export interface LogOptions {
  maxBytes?: number;
  keep?: number;
}

export function openMainLog(dir: string, options: LogOptions = {}): MainLog {
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const keep = options.keep ?? 3;
  const path = join(dir, 'main.log');
  const rotate = () => {
    rmSync(`${path}.${keep}`, { force: true });
    for (let i = keep - 1; i >= 1; i--) if (existsSync(`${path}.${i}`)) renameSync(`${path}.${i}`, `${path}.${i + 1}`);
    renameSync(path, `${path}.1`);
  };
  const write = (level: 'info' | 'error', event: string, data: Record<string, unknown> = {}) => {
    try {
      mkdirSync(dir, { recursive: true });
      if (existsSync(path) && statSync(path).size >= maxBytes) rotate();
      appendFileSync(path, `${JSON.stringify({ time: new Date().toISOString(), level, event, ...data }, errorFields)}\n`);
    } catch {
      // the log must never be why the app fails
    }
  };
  return { path, info: (event, data) => write('info', event, data), error: (event, data) => write('error', event, data) };
}

/** Errors as their name, message and stack (JSON.stringify drops them otherwise). */
function errorFields(_key: string, value: unknown): unknown {
  return value instanceof Error ? { name: value.name, message: value.message, stack: value.stack, code: (value as { code?: unknown }).code } : value;
}
