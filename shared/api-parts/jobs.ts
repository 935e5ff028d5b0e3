// Long work over the library (re-extraction, the whole-library audit, exports): started with a job id chosen by the
// caller, progress as 'job.progress' events, cancelled with jobs.cancel between two items.
import { z } from 'zod';
import { method } from './method.ts';

export const jobId = z.string().min(1).max(64);

export type JobKind = 'reextract' | 'audit' | 'export';

export interface JobProgress {
  jobId: string;
  kind: JobKind;
  done: number;
  total: number;
  /** What is being worked on now (a report's label, a region), null before the first item and at the end. */
  current: string | null;
}

export interface JobFailure {
  id: number;
  label: string;
  message: string;
}

export interface JobResult {
  jobId: string;
  kind: JobKind;
  done: number;
  total: number;
  cancelled: boolean;
  failed: JobFailure[];
}

/** What a job that computes something answers when it was cancelled: how far it got, and nothing else (no
 *  file, no cached result). */
export interface JobCancelled {
  jobId: string;
  kind: JobKind;
  cancelled: true;
  done: number;
  total: number;
}

/** A result, or the word that its job was cancelled. */
export type Cancellable<T> = T | JobCancelled;

export function isCancelled<T extends object>(result: Cancellable<T>): result is JobCancelled {
  return 'cancelled' in result && result.cancelled === true;
}

export const jobMethods = {
  /** Runs figure extraction again over every report (or only those extracted by an older extractor); reviews are replayed. */
  'library.reextract': method(z.object({ jobId, onlyOutdated: z.boolean().optional() })).returns<JobResult>(),
  /** Asks a running job to stop after the item in hand; false when no such job runs. */
  'jobs.cancel': method(z.object({ jobId })).returns<{ cancelled: boolean }>(),
} as const;

export const jobEvents = {
  'job.progress': null as unknown as JobProgress,
} as const;
