// Runs long work item by item without holding the process: it yields between items (so cancel and other calls
// are answered), reports progress at most every 100 ms and at the end, and stops between items when cancelled.
import { ApiError } from '../shared/api.ts';
import type { JobCancelled, JobKind, JobProgress } from '../shared/api-parts/jobs.ts';

export interface JobItem {
  label: string;
}

/** One running job as its work sees it: passes over items, all counted against the job's total. */
export interface Job {
  each<T extends JobItem>(items: readonly T[], step: (item: T) => void | Promise<void>): Promise<void>;
}

const PROGRESS_EVERY_MS = 100;
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Thrown inside a job's work when it is cancelled, caught by run(): the work unwinds without a result. */
class Stopped extends Error {}

export class JobRunner {
  private readonly running = new Map<string, AbortController>();
  private readonly onProgress: (progress: JobProgress) => void;

  constructor(onProgress: (progress: JobProgress) => void) {
    this.onProgress = onProgress;
  }

  /**
   * Runs `work` as job `jobId` over `total` items in all (its passes together). Without a job id the work still
   * yields between items but reports nothing and cannot be cancelled. A cancelled job answers how far it got.
   */
  async run<R>(jobId: string | undefined, kind: JobKind, total: number, work: (job: Job) => Promise<R>): Promise<R | JobCancelled> {
    if (jobId !== undefined && this.running.has(jobId)) throw new ApiError('bad-request', `job ${jobId} is already running`, { field: 'jobId' });
    const controller = new AbortController();
    if (jobId !== undefined) this.running.set(jobId, controller);
    let done = 0;
    let last = 0;
    const report = (current: string | null, force = false) => {
      if (jobId === undefined) return;
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      this.onProgress({ jobId, kind, done, total, current });
    };
    const job: Job = {
      async each(items, step) {
        for (const item of items) {
          await yieldToEvents();
          if (controller.signal.aborted) throw new Stopped();
          report(item.label);
          await step(item);
          done++;
        }
      },
    };
    try {
      report(null, true);
      const result = await work(job);
      // a cancel that came after the last item still wins: the caller asked for no result
      if (controller.signal.aborted) throw new Stopped();
      report(null, true);
      return result;
    } catch (error) {
      if (!(error instanceof Stopped)) throw error;
      report(null, true);
      return { jobId: jobId!, kind, cancelled: true, done, total };
    } finally {
      if (jobId !== undefined) this.running.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    job?.abort();
    return job !== undefined;
  }
}
