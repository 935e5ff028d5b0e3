// Runs the real `nianbao` command in a child process and reports its exit code, output and peak memory.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../../bin/nianbao.js', import.meta.url));
const rss = fileURLToPath(new URL('./report-rss.ts', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
  peakRssMb: number;
}

export function runCli(args: string[], options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', rss, bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      const peak = /PEAK_RSS_MB=(\d+)/.exec(stderr);
      resolve({ code, stdout, stderr: stderr.replace(/\nPEAK_RSS_MB=\d+\n/, ''), peakRssMb: peak ? Number(peak[1]) : Number.NaN });
    });
  });
}
