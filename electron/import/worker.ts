// An import worker: prepares files by path (read, decode, analyse, compress) and posts them back to the writer.
// It asks the library, read-only, whether the same bytes were imported before, so duplicates skip analysis.
import Database from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareBytes, preparePath, type KnownBytes, type PreparedFile } from './prepare.ts';

/** A file by path (folder imports), or a file's bytes (the browser's uploads). */
export type WorkerTask = { id: number; path: string } | { id: number; name: string; bytes: Uint8Array };

export interface WorkerReply {
  id: number;
  prepared: PreparedFile;
}

const port = parentPort!;
const library = new Database((workerData as { libraryPath: string }).libraryPath, { readonly: true, fileMustExist: true });
const byBytes = library.prepare('SELECT id, title FROM reports WHERE bytes_sha256 = ? LIMIT 1');
const knownBytes: KnownBytes = (hash) => byBytes.get(hash) as ReturnType<KnownBytes>;

port.on('message', (task: WorkerTask) => {
  const label = 'path' in task ? task.path : task.name;
  ('path' in task ? preparePath(task.path, knownBytes) : prepareBytes(task.bytes, task.name, knownBytes)).then(
    (prepared) => {
      const transfer = prepared.kind === 'ready' ? transferables(prepared) : [];
      port.postMessage({ id: task.id, prepared } satisfies WorkerReply, transfer);
    },
    (error: unknown) => {
      const prepared: PreparedFile = { kind: 'failed', fileName: label, reason: 'error', message: `${label}: ${(error as Error).message}` };
      port.postMessage({ id: task.id, prepared } satisfies WorkerReply);
    },
  );
});

/** The big buffers move to the writer instead of being copied. */
function transferables(prepared: Extract<PreparedFile, { kind: 'ready' }>): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (bytes: Uint8Array | undefined) => {
    // Node's small Buffers share a pooled ArrayBuffer: only whole, unshared ones can be moved
    if (bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) buffers.add(bytes.buffer);
  };
  add(prepared.report.original);
  add(prepared.report.stored?.original?.bytes);
  return [...buffers];
}
