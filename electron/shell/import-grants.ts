// In Electron the renderer may import only what the user chose: paths from the open dialog or dropped on the
// window (the preload reports a dropped File's path; a page cannot make a File with a path it names).
import { relative, resolve, isAbsolute } from 'node:path';

export class ImportGrants {
  private readonly granted = new Set<string>();

  grant(paths: readonly string[]): void {
    for (const path of paths) this.granted.add(resolve(path));
  }

  /** A chosen path, or a file inside a chosen folder. */
  allows(path: string): boolean {
    const wanted = resolve(path);
    for (const granted of this.granted) {
      const inside = relative(granted, wanted);
      if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) return true;
    }
    return false;
  }
}
