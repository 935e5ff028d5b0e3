// Handlers of the library list's API methods (shared/api-parts/library.ts).
import type { Handlers } from '../shared/api.ts';
import type { libraryMethods } from '../shared/api-parts/library.ts';
import type { Db } from './library/open.ts';
import { libraryYears, listPage } from './library/list.ts';
import { searchReports } from './library/search.ts';
import { countReports } from './library/reports.ts';
import { libraryOverview } from './library/overview.ts';

export function createLibraryHandlers(db: Db): Pick<Handlers, keyof typeof libraryMethods> {
  return {
    'reports.list': (request) => listPage(db, request),
    'reports.search': (request) => searchReports(db, request),
    'reports.facets': () => ({ total: countReports(db).reports, years: libraryYears(db) }),
    'library.overview': ({ latest, looks }) => libraryOverview(db, latest, looks),
  };
}
