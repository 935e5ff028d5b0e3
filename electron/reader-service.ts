// Handlers of the reader's API methods (shared/api-parts/reader.ts).
import type { Handlers } from '../shared/api.ts';
import type { readerMethods } from '../shared/api-parts/reader.ts';
import type { Db } from './library/open.ts';

export function createReaderHandlers(_db: Db): Pick<Handlers, keyof typeof readerMethods> {
  return {};
}
