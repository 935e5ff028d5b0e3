// A bulk import of files and folders in its own process, for the kill loop: says "ready" once the library is open.
import { openLibrary } from '../../../electron/library/open.ts';
import { importPaths } from '../../../electron/import/import-paths.ts';

const [library, ...paths] = process.argv.slice(2) as [string, ...string[]];
const db = openLibrary(library);
process.stdout.write('ready\n');
// one line per file begun, so the parent can kill at a chosen point of the job
const summary = await importPaths(db, paths, { jobId: 'kill-loop', onProgress: (p) => process.stdout.write(`file ${p.done}\n`) });
db.close();
process.stdout.write(`${JSON.stringify({ imported: summary.imported, duplicates: summary.duplicates, failed: summary.failed })}\n`);
