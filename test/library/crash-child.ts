// Imports generated reports forever, each in its own transaction, until the parent test kills it.
import { openLibrary } from '../../electron/library/open.ts';
import { importFile } from '../../electron/import/import-file.ts';
import { countyReport2023 } from '../fixtures/library/reports.ts';

const db = openLibrary(process.argv[2]!);
for (let i = 0; ; i++) {
  const text = countyReport2023.replace('发放资料2.5万份', `发放资料${i + 1}份`);
  await importFile(db, `r${i}.txt`, new TextEncoder().encode(text));
  if (i === 5) process.stdout.write('running\n');
}
