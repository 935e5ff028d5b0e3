// A long job seen from the window: started with a fresh id, its progress from 'job.progress' events, cancellable,
// its result kept until the sheet is closed. Re-extraction uses it; an audit over the library can too.
import { useCallback, useEffect, useState } from 'react';
import type { JobProgress, JobResult } from '../../../../shared/api-parts/jobs.ts';
import { useApi } from '../../api/context.tsx';

export interface JobState {
  jobId: string;
  title: string;
  progress: JobProgress | null;
  result: JobResult | null;
  error: string | null;
}

export function useJob(onFinished: () => void) {
  const api = useApi();
  const [job, setJob] = useState<JobState | null>(null);
  const jobId = job?.jobId ?? null;

  useEffect(() => {
    if (!jobId) return;
    return api.on('job.progress', (progress) => {
      if (progress.jobId === jobId) setJob((j) => (j && j.jobId === progress.jobId && !j.result ? { ...j, progress } : j));
    });
  }, [api, jobId]);

  const start = useCallback(
    (title: string, run: (jobId: string) => Promise<JobResult>) => {
      const id = `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      setJob({ jobId: id, title, progress: null, result: null, error: null });
      run(id).then(
        (result) => {
          setJob((j) => (j?.jobId === id ? { ...j, result } : j));
          onFinished();
        },
        (e: Error) => setJob((j) => (j?.jobId === id ? { ...j, error: e.message } : j)),
      );
    },
    [onFinished],
  );
  const cancel = useCallback(() => {
    if (jobId) void api['jobs.cancel']({ jobId });
  }, [api, jobId]);
  const close = useCallback(() => setJob(null), []);
  return { job, start, cancel, close };
}
