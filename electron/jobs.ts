// Runs long work item by item without holding the process: it yields between items (so cancel and other calls
// are answered), reports progress at most every 100 ms and at the end, and stops between items when cancelled.
import type { JobFailure, JobKind, JobProgress, JobResult } from '../shared/api-parts/jobs.ts';

export interface JobItem {
  id: number;
  label: string;
}

const PROGRESS_EVERY_MS = 100;
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

export class JobRunner {
  private readonly running = new Map<string, AbortController>();
  private readonly onProgress: (progress: JobProgress) => void;

  constructor(onProgress: (progress: JobProgress) => void) {
    this.onProgress = onProgress;
  }

  async run<T extends JobItem>(jobId: string, kind: JobKind, items: readonly T[], step: (item: T) => void | Promise<void>): Promise<JobResult> {
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const failed: JobFailure[] = [];
    let done = 0;
    let last = 0;
    const report = (current: string | null, force = false) => {
      const now = Date.now();
      if (!force && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      this.onProgress({ jobId, kind, done, total: items.length, current });
    };
    try {
      report(null, true);
      for (const item of items) {
        await yieldToEvents();
        if (controller.signal.aborted) break;
        report(item.label);
        try {
          await step(item);
        } catch (error) {
          failed.push({ id: item.id, label: item.label, message: (error as Error).message });
        }
        done++;
      }
      report(null, true);
      return { jobId, kind, done, total: items.length, cancelled: controller.signal.aborted, failed };
    } finally {
      this.running.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    job?.abort();
    return job !== undefined;
  }
}
