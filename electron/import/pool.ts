// A pool of import workers, one per core: each prepares one file at a time; results come back in completion order.
// Where workers cannot start (a bundle without the worker file), files are prepared on this thread instead.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './worker.ts';
import { prepareBytes, preparePath, type PreparedFile } from './prepare.ts';
import type { Db } from '../library/open.ts';
import { findByBytesHash } from '../library/reports.ts';

/** The same work on this thread, asking this connection about known bytes. */
export const prepareInline = (db: Db) => (task: WorkerTask): Promise<PreparedFile> => {
  const known = (hash: string) => findByBytesHash(db, hash);
  return 'path' in task ? preparePath(task.path, known) : prepareBytes(task.bytes, task.name, known);
};

export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting = new Map<number, { task: WorkerTask; done: (prepared: PreparedFile) => void }>();
  private readonly queue: Array<{ task: WorkerTask; done: (prepared: PreparedFile) => void }> = [];
  private nextId = 1;
  private failure: Error | null = null;

  private readonly inline: (task: WorkerTask) => Promise<PreparedFile>;

  constructor(libraryPath: string, inline: (task: WorkerTask) => Promise<PreparedFile>, size = availableParallelism()) {
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
        for (const { task, done } of [...waiting, ...this.queue.splice(0)]) void this.inline(task).then(done);
      });
      // an idle pool never keeps the process alive
      worker.unref();
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  prepare(path: string): Promise<PreparedFile> {
    return this.run({ id: this.nextId++, path });
  }

  prepareBytes(name: string, bytes: Uint8Array): Promise<PreparedFile> {
    return this.run({ id: this.nextId++, name, bytes });
  }

  private run(task: WorkerTask): Promise<PreparedFile> {
    if (this.failure) return this.inline(task);
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.dispatch();
    });
  }

  private release(worker: Worker): void {
    worker.unref();
    this.idle.push(worker);
    this.dispatch();
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const { task, done } = this.queue.shift()!;
      this.waiting.set(task.id, { task, done });
      worker.ref();
      worker.postMessage(task);
    }
  }

  /** Stops every worker at once; files being prepared are dropped. */
  async close(): Promise<void> {
    this.queue.length = 0;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
