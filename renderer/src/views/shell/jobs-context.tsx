// Long jobs given through React context: a view starts an export or the audit, and the shell shows its sheet.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { JobController } from './useJob.ts';

type Jobs = Pick<JobController, 'start' | 'track'>;

const JobsContext = createContext<Jobs | null>(null);

export function JobsProvider({ controller, children }: { controller: JobController; children: ReactNode }) {
  const { start, track } = controller;
  // only the stable functions: a view does not re-render on every progress event
  const jobs = useMemo(() => ({ start, track }), [start, track]);
  return <JobsContext.Provider value={jobs}>{children}</JobsContext.Provider>;
}

export function useJobs(): Jobs {
  const jobs = useContext(JobsContext);
  if (!jobs) throw new Error('useJobs: no JobsProvider above this component');
  return jobs;
}
