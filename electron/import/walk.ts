// Expands files and folders (recursively) into the list of files to import.
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const importable = /\.(txt|text|html?|docx|pdf)$/i;

/** Named files are always attempted (so an unsupported one gets its message); in folders, only report-like files. */
export function expandImportPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string, named: boolean) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) {
      if (named) files.push(path);
      return;
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) {
        if (!entry.startsWith('.')) visit(join(path, entry), false);
      }
    } else if (named || importable.test(basename(path))) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return files;
}
