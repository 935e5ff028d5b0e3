// Any thrown error as the reply a caller gets: a typed code and data, never SQLite's raw English alone.
import { ApiError, type ErrorReply } from '../shared/api.ts';
import { sqliteErrorCode } from '../shared/errors.ts';

const statusOf: Record<string, number> = {
  'bad-request': 400,
  'not-found': 404,
  'path-not-chosen': 403,
  'library-busy': 503,
};

export function toErrorReply(error: unknown): { status: number; reply: ErrorReply } {
  if (error instanceof ApiError) {
    return { status: statusOf[error.code] ?? 500, reply: { code: error.code, data: error.data, message: error.message } };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = sqliteErrorCode((error as { code?: string } | null)?.code) ?? 'error';
  return { status: statusOf[code] ?? 500, reply: { code, data: code === 'error' ? { message } : {}, message } };
}

/** The same error as an ApiError, for code paths (import results, the CLI) that carry one. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const { reply } = toErrorReply(error);
  return new ApiError(reply.code, reply.message, reply.data);
}
