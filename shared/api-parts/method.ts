import type { z } from 'zod';

/** One API method: its request schema, and its result type (a type only). */
export const method = <S extends z.ZodType>(request: S) => ({
  returns: <R>() => ({ request, result: null as unknown as R }),
});
