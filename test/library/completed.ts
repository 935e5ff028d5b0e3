// A call's result that the test expects to be whole: a cancelled job here is a failure.
import { isCancelled, type Cancellable } from '../../shared/api-parts/jobs.ts';

export async function completed<T extends object>(result: Cancellable<T> | Promise<Cancellable<T>>): Promise<T> {
  const settled = await result;
  if (isCancelled(settled)) throw new Error(`job ${settled.jobId} was cancelled after ${settled.done} of ${settled.total}`);
  return settled;
}
