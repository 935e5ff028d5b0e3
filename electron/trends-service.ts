// Handlers of the trends API methods (shared/api-parts/trends.ts).
import type { Handlers } from '../shared/api.ts';
import type { trendMethods } from '../shared/api-parts/trends.ts';
import type { Db } from './library/open.ts';

export function createTrendHandlers(_db: Db): Pick<Handlers, keyof typeof trendMethods> {
  return {};
}
