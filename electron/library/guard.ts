// A library found damaged while in use is never written again: the first corruption error turns the
// connection read-only (query_only) and every call answers 'library-damaged' with the newest sound backup.
import type { Handlers } from '../../shared/api.ts';
import { sqliteErrorCode } from '../../shared/errors.ts';
import { LibraryDamagedError, type Db } from './open.ts';

export function guardDamage(db: Db, libraryPath: string, handlers: Handlers): Handlers {
  let damage: string | null = null;
  const onError = (error: unknown): never => {
    if (sqliteErrorCode((error as { code?: string }).code) === 'library-damaged') {
      damage ??= (error as Error).message;
      db.pragma('query_only = ON');
    }
    if (damage && !(error instanceof LibraryDamagedError)) throw new LibraryDamagedError(libraryPath, damage);
    throw error;
  };
  // a restored backup is a sound library again: writable, and no longer reported as damaged
  const restored = (result: unknown) => {
    damage = null;
    db.pragma('query_only = OFF');
    return result;
  };
  const guarded: Record<string, (request: unknown) => unknown> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<[string, (request: unknown) => unknown]>) {
    guarded[name] = (request) => {
      try {
        const result = handler(request);
        if (name === 'library.restore' && result instanceof Promise) return result.then(restored, onError);
        return result instanceof Promise ? result.catch(onError) : result;
      } catch (error) {
        return onError(error);
      }
    };
  }
  return guarded as Handlers;
}
