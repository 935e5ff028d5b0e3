// A pool of import workers (the import asks for one per core but the writer's): each prepares one file at a time;
// results come back in completion order. Each worker is handed files ahead, so it goes on to the next while this
// thread is busy writing (a worker that waited for this thread to hand it each file idled through every write slice).
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

/** Files handed to one worker at a time: enough small files for a worker to go on through a write slice and its
 *  commit (some 30 ms) without this thread; the import bounds the bytes begun. */
export const WORKER_DEPTH = 12;

export class PreparePool {
  private readonly workers: Worker[] = [];
  /** Files each worker holds now (being prepared or waiting in its message queue). */
  private readonly load = new Map<Worker, number>();
  private readonly waiting = new Map<number, { task: WorkerTask; done: (prepared: PreparedFile) => void }>();
  private readonly queue: Array<{ task: WorkerTask; done: (prepared: PreparedFile) => void }> = [];
  private nextId = 1;
  private failure: Error | null = null;
  /** Set by close(): late replies are dropped, and nothing unrefs a worker that is being stopped. */
  private closed = false;

  private readonly inline: (task: WorkerTask) => Promise<PreparedFile>;

  constructor(libraryPath: string, inline: (task: WorkerTask) => Promise<PreparedFile>, size = availableParallelism()) {
    this.inline = inline;
    // the sources run as .ts; the CLI bundle (vite.cli.config.ts) puts worker.mjs beside itself
    const here = import.meta.url;
    const script = new URL(here.endsWith('.ts') ? './worker.ts' : './worker.mjs', here);
    for (let i = 0; i < Math.max(1, size); i++) {
      const worker = new Worker(script, { workerData: { libraryPath } });
      worker.on('message', (reply: WorkerReply) => {
        if (this.closed) return;
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
      this.load.set(worker, 0);
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
    if (this.failure || this.closed) return this.inline(task);
    return new Promise((done) => {
      this.queue.push({ task, done });
      this.dispatch();
    });
  }

  private release(worker: Worker): void {
    const load = this.load.get(worker)! - 1;
    this.load.set(worker, load);
    if (load === 0) worker.unref();
    this.dispatch();
  }

  /** Hands waiting files to the least loaded workers, up to WORKER_DEPTH each. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let worker: Worker | null = null;
      for (const w of this.workers) if (this.load.get(w)! < WORKER_DEPTH && (!worker || this.load.get(w)! < this.load.get(worker)!)) worker = w;
      if (!worker) return;
      const { task, done } = this.queue.shift()!;
      this.waiting.set(task.id, { task, done });
      this.load.set(worker, this.load.get(worker)! + 1);
      worker.ref();
      worker.postMessage(task);
    }
  }

  /** Stops every worker at once; files being prepared are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    // held until they have exited: an unref'd worker (idle, or released by a reply that came during the close) let
    // the process end with the close unsettled
    await Promise.all(this.workers.map((w) => (w.ref(), w.terminate())));
  }
}
