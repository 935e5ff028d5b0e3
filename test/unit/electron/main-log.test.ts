// Issue 10 item 9: the log is rotated by size and keeps a fixed number of old files.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openMainLog } from '../../../electron/log/main-log.ts';

describe('the main-process log', () => {
  it('rotates at its size limit, keeps three old files, and records errors with their stack', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'nianbao-log-')), 'logs');
    const log = openMainLog(dir, { maxBytes: 400, keep: 3 });
    for (let i = 0; i < 60; i++) log.error('import-failed', { file: `r${i}.txt`, error: new Error(`bad ${i}`) });
    expect(log.path).toBe(join(dir, 'main.log'));
    for (const suffix of ['', '.1', '.2', '.3']) expect(existsSync(`${log.path}${suffix}`)).toBe(true);
    expect(existsSync(`${log.path}.4`)).toBe(false);
    const last = readFileSync(log.path, 'utf8').trim().split('\n').pop()!;
    expect(JSON.parse(last)).toMatchObject({ level: 'error', event: 'import-failed', file: 'r59.txt', error: { message: 'bad 59' } });
    expect(JSON.parse(last).error.stack).toContain('main-log.test.ts');
    expect(statSync(`${log.path}.1`).size).toBeLessThan(2000);
  });
});
