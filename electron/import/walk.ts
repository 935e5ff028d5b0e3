// Expands files and folders (recursively) into the list of files to import. Each entry is handled on its own:
// a symlink loop, an unreadable folder or a pipe is one failure in the list, and the walk goes on.
import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';

const importable = /\.(txt|text|html?|docx|pdf)$/i;

export interface WalkFailure {
  path: string;
  /** The system's error code (ELOOP, EACCES, ENOENT…) or NOT-A-FILE for pipes, devices and sockets. */
  code: string;
}

export interface Walk {
  files: string[];
  /** Each file's size in bytes as the walk saw it (0 when it could not tell). */
  sizes: Map<string, number>;
  failures: WalkFailure[];
}

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'EIO';

/** Named files are always attempted (so an unsupported one gets its message); in folders, only report-like files. */
export function walkImportPaths(paths: readonly string[]): Walk {
  const files: string[] = [];
  const sizes = new Map<string, number>();
  const failures: WalkFailure[] = [];
  const seenFolders = new Set<string>();
  const visit = (path: string, named: boolean) => {
    let stat;
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch (error) {
      if (named || importable.test(basename(path))) failures.push({ path, code: errorCode(error) });
      else if (errorCode(error) === 'ELOOP') failures.push({ path, code: 'ELOOP' });
      return;
    }
    if (!stat) {
      if (named) files.push(path);
      else if (importable.test(basename(path)) && lstatSync(path, { throwIfNoEntry: false })) failures.push({ path, code: 'ENOENT' }); // a dangling link
      return;
    }
    if (stat.isDirectory()) {
      // a link back up the tree would otherwise be walked until the path is too long
      let real: string;
      let entries: string[];
      try {
        real = realpathSync(path);
        if (seenFolders.has(real)) return;
        seenFolders.add(real);
        entries = readdirSync(path).sort();
      } catch (error) {
        failures.push({ path, code: errorCode(error) });
        return;
      }
      for (const entry of entries) {
        if (!entry.startsWith('.')) visit(join(path, entry), false);
      }
    } else if (named || importable.test(basename(path))) {
      if (stat.isFile()) {
        files.push(path);
        sizes.set(path, stat.size);
      }
      else failures.push({ path, code: 'NOT-A-FILE' }); // reading a pipe would wait forever
    }
  };
  for (const path of paths) visit(path, true);
  return { files, sizes, failures };
}

export function expandImportPaths(paths: readonly string[]): string[] {
  return walkImportPaths(paths).files;
}
