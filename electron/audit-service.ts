// Handlers of the audit API methods (shared/api-parts/audit.ts): computed from the library on each request,
// kept while the library does not change.
import { auditLibrary, type LibraryAudit } from '../shared/audit/audit.ts';
import type { Db } from './library/open.ts';
import { auditInputs } from './library/audit.ts';

export function runAudit(db: Db, regionKeys?: readonly string[]): LibraryAudit {
  return auditLibrary(auditInputs(db, regionKeys));
}
