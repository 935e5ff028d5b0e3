// One file into the library: prepare (read, analyse, de-duplicate; in a worker when a pool is given), then store it
// in one transaction.
import type { ImportFileResult } from '../../shared/api.ts';
import { writeTransaction, type Db } from '../library/open.ts';
import { findByBytesHash } from '../library/reports.ts';
import { prepareBytes } from './prepare.ts';
import { storePrepared } from './store.ts';
import type { PreparePool } from './pool.ts';

export async function importFile(db: Db, fileName: string, bytes: Uint8Array, pool?: PreparePool): Promise<ImportFileResult> {
  const prepared = pool ? await pool.prepareBytes(fileName, bytes) : await prepareBytes(bytes, fileName, (hash) => findByBytesHash(db, hash));
  // the content-hash check runs under the write lock: another process cannot insert the same text in between
  return writeTransaction(db, () => storePrepared(db, prepared));
}
