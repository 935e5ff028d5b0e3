// Long jobs seen from the window: each started with a fresh id, its progress from 'job.progress' events, cancellable.
// Re-extraction shows its sheet at once and keeps its summary until closed; an export or the audit shows the sheet
// only when it takes longer than a moment, and the sheet goes when the work ends (the caller shows the outcome).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { JobKind, JobProgress, JobResult } from '../../../../shared/api-parts/jobs.ts';
import { useApi } from '../../api/context.tsx';

/** How long work may take before its sheet appears: a quick export never flashes one. */
export const SHEET_AFTER_MS = 400;

export interface JobState {
  jobId: string;
  title: string;
  kind: JobKind;
  progress: JobProgress | null;
  shown: boolean;
  cancelling: boolean;
  /** Re-extraction's summary, kept on the sheet until it is closed. */
  result: JobResult | null;
  error: string | null;
}

export interface JobController {
  job: JobState | null;
  /** Work whose summary matters (re-extraction): the sheet at once, kept with the result until closed. */
  start: (title: string, run: (jobId: string) => Promise<JobResult>) => Promise<JobResult | null>;
  /** Work that ends by itself (an export, the audit): answers what `run` answers, a cancelled job included. */
  track: <T>(title: string, kind: JobKind, run: (jobId: string) => Promise<T>) => Promise<T>;
  cancel: () => void;
  close: () => void;
}

const newJobId = () => `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export function useJobController(): JobController {
  const api = useApi();
  const [job, setJob] = useState<JobState | null>(null);
  const jobId = job?.jobId ?? null;
  const update = useCallback((id: string, change: (j: JobState) => JobState | null) => setJob((j) => (j?.jobId === id ? change(j) : j)), []);

  useEffect(() => {
    if (!jobId) return;
    return api.on('job.progress', (progress) => {
      if (progress.jobId === jobId) update(progress.jobId, (j) => (j.result ? j : { ...j, progress }));
    });
  }, [api, jobId, update]);

  const start = useCallback(
    async (title: string, run: (jobId: string) => Promise<JobResult>) => {
      const id = newJobId();
      setJob({ jobId: id, title, kind: 'reextract', progress: null, shown: true, cancelling: false, result: null, error: null });
      try {
        const result = await run(id);
        update(id, (j) => ({ ...j, result }));
        return result;
      } catch (e) {
        update(id, (j) => ({ ...j, error: (e as Error).message }));
        return null;
      }
    },
    [update],
  );

  const track = useCallback(
    async <T,>(title: string, kind: JobKind, run: (jobId: string) => Promise<T>): Promise<T> => {
      const id = newJobId();
      setJob({ jobId: id, title, kind, progress: null, shown: false, cancelling: false, result: null, error: null });
      const timer = setTimeout(() => update(id, (j) => ({ ...j, shown: true })), SHEET_AFTER_MS);
      try {
        return await run(id);
      } finally {
        clearTimeout(timer);
        update(id, () => null);
      }
    },
    [update],
  );

  const cancel = useCallback(() => {
    if (!jobId) return;
    update(jobId, (j) => ({ ...j, cancelling: true }));
    void api['jobs.cancel']({ jobId });
  }, [api, jobId, update]);
  const close = useCallback(() => setJob(null), []);
  return useMemo(() => ({ job, start, track, cancel, close }), [job, start, track, cancel, close]);
}
