// Errors cross the boundary as a typed code plus data; the renderer's i18n (and the CLI) turn them into words.
// `message` travels beside them for logs and for callers that have no strings of their own.

/** Values an error carries for its words: numbers, names, paths. */
export type ProblemData = Record<string, string | number | null>;

/** Codes of errors about the library and the calls on it (ApiError.code). */
export type ErrorCode =
  | 'bad-request'
  | 'not-found'
  | 'unsupported'
  | 'empty'
  | 'library-damaged'
  | 'library-busy'
  | 'library-read-only'
  | 'library-newer'
  | 'library-cannot-open'
  | 'disk-full'
  | 'path-not-chosen'
  | 'backup-failed'
  | 'error';

export interface Problem {
  code: string;
  data: ProblemData;
}

/** SQLite's result codes (better-sqlite3's SqliteError.code) as our codes: the user never sees SQLite's English. */
export function sqliteErrorCode(sqliteCode: string | undefined): ErrorCode | null {
  if (!sqliteCode) return null;
  if (sqliteCode.startsWith('SQLITE_CORRUPT') || sqliteCode === 'SQLITE_NOTADB') return 'library-damaged';
  if (sqliteCode.startsWith('SQLITE_BUSY') || sqliteCode.startsWith('SQLITE_LOCKED')) return 'library-busy';
  if (sqliteCode.startsWith('SQLITE_READONLY')) return 'library-read-only';
  if (sqliteCode === 'SQLITE_FULL') return 'disk-full';
  if (sqliteCode.startsWith('SQLITE_CANTOPEN') || sqliteCode.startsWith('SQLITE_IOERR') || sqliteCode.startsWith('SQLITE_PERM')) return 'library-cannot-open';
  return null;
}
