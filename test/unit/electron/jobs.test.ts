// The job runner on its own: progress at the start, at most every 100 ms and at the end; cancel honoured between
// items (the item in hand finishes); a cancelled job answers how far it got; errors pass through.
import { expect, it } from 'vitest';
import { JobRunner } from '../../../electron/jobs.ts';
import type { JobProgress } from '../../../shared/api-parts/jobs.ts';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const items = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `第${i + 1}份` }));

function recordingRunner() {
  const events: Array<JobProgress & { at: number }> = [];
  const runner = new JobRunner((p) => events.push({ ...p, at: Date.now() }));
  return { runner, events };
}

it('reports the start, then at most every 100 ms, then the end, over all passes of a job', async () => {
  const { runner, events } = recordingRunner();
  const result = await runner.run('a', 'export', 24, async (job) => {
    await job.each(items(12), () => sleep(20));
    await job.each(items(12), () => sleep(20));
    return 'written';
  });
  expect(result).toBe('written');
  expect(events[0]).toMatchObject({ jobId: 'a', kind: 'export', done: 0, total: 24, current: null });
  expect(events.at(-1)).toMatchObject({ done: 24, total: 24, current: null });
  const between = events.slice(1, -1);
  expect(between.length).toBeGreaterThan(1);
  for (let i = 1; i < between.length; i++) expect(between[i]!.at - between[i - 1]!.at).toBeGreaterThanOrEqual(100);
  expect(between.every((e) => e.current?.startsWith('第'))).toBe(true);
  expect(events.map((e) => e.done)).toEqual([...events.map((e) => e.done)].sort((x, y) => x - y));
});

it('stops between items when cancelled: the item in hand finishes, the next never starts', async () => {
  const { runner, events } = recordingRunner();
  const started: string[] = [];
  const result = await runner.run('b', 'audit', 10, async (job) => {
    await job.each(items(10), (item) => {
      started.push(item.label);
      if (started.length === 3) expect(runner.cancel('b')).toBe(true);
    });
    return 'whole';
  });
  expect(result).toEqual({ jobId: 'b', kind: 'audit', cancelled: true, done: 3, total: 10 });
  expect(started).toEqual(['第1份', '第2份', '第3份']);
  expect(events.at(-1)).toMatchObject({ done: 3, current: null });
  expect(runner.cancel('b')).toBe(false);
});

it('lets a cancel that came during the last step win: no result is given', async () => {
  const { runner } = recordingRunner();
  const result = await runner.run('c', 'export', 1, async (job) => {
    await job.each(items(1), () => void runner.cancel('c'));
    return 'file';
  });
  expect(result).toMatchObject({ cancelled: true, done: 1 });
});

it('passes a failure through and forgets the job', async () => {
  const { runner } = recordingRunner();
  await expect(runner.run('d', 'export', 2, (job) => job.each(items(2), () => { throw new Error('磁盘已满'); }))).rejects.toThrow('磁盘已满');
  expect(runner.cancel('d')).toBe(false);
});

it('refuses a second job under a running job’s id, and runs quietly without an id', async () => {
  const { runner, events } = recordingRunner();
  const first = runner.run('e', 'audit', 3, (job) => job.each(items(3), () => sleep(5)));
  await expect(runner.run('e', 'audit', 1, async () => 'again')).rejects.toMatchObject({ code: 'bad-request', data: { field: 'jobId' } });
  await first;
  const before = events.length;
  expect(await runner.run(undefined, 'audit', 3, async (job) => {
    await job.each(items(3), () => {});
    return 3;
  })).toBe(3);
  expect(events.length).toBe(before);
});
