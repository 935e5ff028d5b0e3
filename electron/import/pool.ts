// A pool of import workers, one per core: each prepares one file at a time; results come back in completion order.
// Where workers cannot start (a bundle without the worker file), files are prepared on this thread instead.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './worker.ts';
import type { PreparedFile } from './prepare.ts';

export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting = new Map<number, { path: string; done: (prepared: PreparedFile) => void }>();
  private readonly queue: Array<{ task: WorkerTask; done: (prepared: PreparedFile) => void }> = [];
  private nextId = 1;
  private failure: Error | null = null;

  private readonly inline: (path: string) => Promise<PreparedFile>;

  constructor(libraryPath: string, inline: (path: string) => Promise<PreparedFile>, size = availableParallelism()) {
    this.inline = inline;
    // the sources run as .ts; the CLI bundle (vite.cli.config.ts) puts worker.mjs beside itself
    const here = import.meta.url;
    const script = new URL(here.endsWith('.ts') ? './worker.ts' : './worker.mjs', here);
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = new Worker(script, { workerData: { libraryPath } });
      worker.on('message', (reply: WorkerReply) => {
        const waiting = this.waiting.get(reply.id);
        this.waiting.delete(reply.id);
        this.release(worker);
        waiting?.done(reply.prepared);
      });
      worker.on('error', (error) => {
        this.failure = error;
        const waiting = [...this.waiting.values()];
        this.waiting.clear();
        for (const { path, done } of waiting) void this.inline(path).then(done);
        for (const { task, done } of this.queue.splice(0)) void this.inline(task.path).then(done);
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  prepare(path: string): Promise<PreparedFile> {
    if (this.failure) return this.inline(path);
    return new Promise((done) => {
      this.queue.push({ task: { id: this.nextId++, path }, done });
      this.dispatch();
    });
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { task, done } = this.queue.shift()!;
      this.waiting.set(task.id, { path: task.path, done });
      worker.postMessage(task);
    }
  }

  /** Stops every worker at once; files being prepared are dropped. */
  async close(): Promise<void> {
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
