// The audit view's long work in jsdom with a fake Api: an export that takes longer than a moment shows the job sheet
// with its progress and can be cancelled (nothing saved); a quick one never shows the sheet; the audit of a changed
// library can be cancelled and started again; a refused export is said in the user's language.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider } from '../../renderer/src/api/context.tsx';
import { ApiCallError } from '../../renderer/src/api/client.ts';
import i18n from '../../renderer/src/i18n/index.ts';
import { AuditView } from '../../renderer/src/views/audit/AuditView.tsx';
import { JobsProvider } from '../../renderer/src/views/shell/jobs-context.tsx';
import { JobSheet } from '../../renderer/src/views/shell/JobSheet.tsx';
import { SHEET_AFTER_MS, useJobController } from '../../renderer/src/views/shell/useJob.ts';
import type { AuditOverview } from '../../shared/api-parts/audit.ts';
import type { JobCancelled } from '../../shared/api-parts/jobs.ts';
import type { RegionAudit } from '../../shared/audit/audit.ts';
import type { ExportFile } from '../../shared/trends/types.ts';
import { fakeApi } from './fake-api.ts';

/** The shell's part: jobs given through context, the sheet once a job shows. */
function WithJobs({ children }: { children: ReactNode }) {
  const jobs = useJobController();
  return (
    <JobsProvider controller={jobs}>
      {children}
      {jobs.job?.shown && <JobSheet job={jobs.job} onCancel={jobs.cancel} onClose={jobs.close} />}
    </JobsProvider>
  );
}

const region: RegionAudit = {
  regionKey: '360730', region: '宁都县', years: [2029, 2030], reportIds: [1, 2], silence: [], jumps: [], completeness: 0.75,
  onTime: 1, late: 1, dateUnknown: 0, inconsistent: 2, consistent: 3, latestReuse: 0.4, latestReusePartial: false, meanReuse: 0.4,
  truncated: 0, keyIndicators: [],
};
const overview: AuditOverview = { regions: [region], unplaced: 0, indicatorNames: {} };
const file: ExportFile = { fileName: '全部地区-年报体检.csv', mimeType: 'text/csv;charset=utf-8', base64: btoa('a,b\r\n'), rows: 1 };

/** An answer the test gives when it chooses. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const saved = vi.fn();
beforeEach(() => {
  saved.mockReset();
  URL.createObjectURL = saved.mockReturnValue('blob:export');
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = () => {};
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('zh-CN');
});

function renderAudit(answers: Parameters<typeof fakeApi>[0]) {
  const fake = fakeApi(answers);
  render(
    <ApiProvider api={fake.api}>
      <WithJobs>
        <AuditView onOpenFigure={() => {}} onCompare={() => {}} />
      </WithJobs>
    </ApiProvider>,
  );
  return fake;
}

const jobIdOf = (calls: Array<{ method: string; request: unknown }>, method: string) =>
  (calls.filter((c) => c.method === method).at(-1)!.request as { jobId: string }).jobId;

it('shows a slow export’s progress after a moment, cancels it through the Api and saves nothing', async () => {
  const exported = later<ExportFile | JobCancelled>();
  const { calls, emit } = renderAudit({
    'audit.overview': () => overview,
    'audit.export': () => exported.promise,
    'jobs.cancel': ({ jobId }) => {
      exported.resolve({ jobId, kind: 'export', cancelled: true, done: 3, total: 10 });
      return { cancelled: true };
    },
  });
  await screen.findByText('宁都县');
  fireEvent.click(screen.getByTestId('audit-export-csv'));
  const jobId = jobIdOf(calls, 'audit.export');
  expect(calls.find((c) => c.method === 'audit.export')!.request).toMatchObject({ format: 'csv', language: 'zh-CN', jobId });
  expect(screen.queryByTestId('job-sheet')).toBeNull();
  act(() => emit('job.progress', { jobId, kind: 'export', done: 3, total: 10, current: '宁都县' }));

  const sheet = await screen.findByTestId('job-sheet', {}, { timeout: SHEET_AFTER_MS + 1000 });
  expect(sheet.getAttribute('aria-label')).toBe('导出体检结论(CSV)');
  expect(screen.getByTestId('job-status').textContent).toContain('30% · 3 / 10');
  expect(screen.getByTestId('job-status').textContent).toContain('当前:宁都县');
  fireEvent.click(screen.getByTestId('job-cancel'));

  await waitFor(() => expect(screen.queryByTestId('job-sheet')).toBeNull());
  expect(calls.find((c) => c.method === 'jobs.cancel')!.request).toEqual({ jobId });
  expect(screen.getByTestId('audit-export-note').textContent).toBe('已取消导出,未写出文件');
  expect(saved).not.toHaveBeenCalled();
});

it('saves a quick export without ever showing the sheet', async () => {
  renderAudit({ 'audit.overview': () => overview, 'audit.export': () => file });
  await screen.findByText('宁都县');
  fireEvent.click(screen.getByTestId('audit-export-xlsx'));
  await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
  await new Promise((resolve) => setTimeout(resolve, SHEET_AFTER_MS + 100));
  expect(screen.queryByTestId('job-sheet')).toBeNull();
  expect(screen.queryByTestId('audit-export-note')).toBeNull();
});

it('audits a changed library as a job that can be cancelled and started again', async () => {
  const first = later<AuditOverview | JobCancelled>();
  let asked = 0;
  const { calls, emit } = renderAudit({
    'audit.overview': () => (++asked === 1 ? first.promise : overview),
    'jobs.cancel': ({ jobId }) => {
      first.resolve({ jobId, kind: 'audit', cancelled: true, done: 5, total: 700 });
      return { cancelled: true };
    },
  });
  const jobId = await waitFor(() => jobIdOf(calls, 'audit.overview'));
  act(() => emit('job.progress', { jobId, kind: 'audit', done: 5, total: 700, current: '宁都县2030年法治政府建设情况报告' }));
  const sheet = await screen.findByTestId('job-sheet', {}, { timeout: SHEET_AFTER_MS + 1000 });
  expect(sheet.getAttribute('aria-label')).toBe('正在体检全部报告');
  expect(screen.getByTestId('job-status').textContent).toContain('0% · 5 / 700');
  fireEvent.click(screen.getByTestId('job-cancel'));

  const cancelled = await screen.findByTestId('audit-cancelled');
  expect(cancelled.textContent).toContain('体检已取消,未保存任何结果。');
  expect(screen.queryByTestId('job-sheet')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: '重新体检' }));
  await screen.findByText('宁都县');
  expect(asked).toBe(2);
});

it('says why an export was refused, in Chinese and in English', async () => {
  const refusal = () => new ApiCallError({ code: 'not-found', data: { region: '不存在县' }, message: '资料库中没有地区“不存在县”的报告' });
  renderAudit({ 'audit.overview': () => overview, 'audit.export': () => Promise.reject(refusal()) });
  await screen.findByText('宁都县');
  fireEvent.click(screen.getByTestId('audit-export-csv'));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('导出失败:资料库中没有地区“不存在县”的报告'));
  await act(() => i18n.changeLanguage('en'));
  fireEvent.click(screen.getByTestId('audit-export-csv'));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Export failed: The library holds no reports of “不存在县”'));
});
