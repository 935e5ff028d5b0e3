// The reader in jsdom with a fake Api: it opens a report through reader.open, highlights its figures, fetches the
// rest of a huge report's figures in a second call, and sends a review through the Api.
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ApiProvider } from '../../renderer/src/api/context.tsx';
import { ReaderWorkspace } from '../../renderer/src/views/reader/ReaderWorkspace.tsx';
import type { ReviewedFigure } from '../../shared/api-parts/reader.ts';
import type { ReaderDocument, ReaderReport } from '../../shared/api-parts/reading.ts';
import { fakeApi } from './fake-api.ts';

afterEach(cleanup);

const text = '一、基本情况\n全年收到行政复议申请120件,审结98件。\n二、下一步工作\n继续做好复议工作。';

function figure(id: number, snippet: string, value: number, indicator: string): ReviewedFigure {
  const start = text.indexOf(snippet);
  return {
    id, start, end: start + snippet.length, text: snippet, value, lo: value, hi: value, unit: '件', qualifier: null, kind: 'count',
    direction: null, indicator, indicatorId: null, sentenceStart: text.indexOf('全年'), sentenceEnd: text.indexOf('。') + 1,
    measure: 'level', status: 'actual', review: null,
  } as ReviewedFigure;
}

const report: ReaderReport = {
  id: 7, fileName: 'report-7.txt', title: null, region: '宁都县', regionCode: '360730', parents: ['江西省', '赣州市'], level: 'county',
  year: 2023, published: null, issuer: null, docType: '法治政府建设报告', encoding: 'utf-8', decodeWarning: null, figureCount: 2,
  importedAt: '2026-01-01T00:00:00Z', corrected: [], regionCandidates: [], sameSlotCount: 1, preferred: true,
  text, junk: [], headings: [{ start: 0, end: 6, level: 1, text: '一、基本情况' }, { start: text.indexOf('二、'), end: text.indexOf('二、') + 7, level: 1, text: '二、下一步工作' }],
  detected: {} as ReaderReport['detected'], byteSize: 100, contentHash: 'x', extractorVersion: '1',
};
const first = figure(1, '120件', 120, '收到行政复议申请');
const second = figure(2, '98件', 98, '审结');

it('opens a report, labels it by region · year · type, highlights its figures and loads the rest of them', async () => {
  const { api, calls } = fakeApi({
    'reader.open': (): ReaderDocument => ({ report, figures: [first], figuresUntil: text.indexOf('审结') }),
    'reader.figures': () => [second],
    'reports.related': () => ({ previousYear: null, nextYear: null, sameYear: [] }),
  });
  render(
    <ApiProvider api={api}>
      <ReaderWorkspace panes={[7]} onPanesChange={() => {}} focus={null} onShowTrend={() => {}} />
    </ApiProvider>,
  );
  await screen.findByRole('heading', { name: '宁都县 · 2023年 · 法治政府建设报告' });
  await waitFor(() => expect(document.querySelectorAll('mark.figure')).toHaveLength(2));
  expect([...document.querySelectorAll('mark.figure')].map((m) => m.textContent)).toEqual(['120件', '98件']);
  expect(calls.map((c) => c.method)).toEqual(expect.arrayContaining(['reader.open', 'reader.figures', 'reports.related']));
  expect(calls.find((c) => c.method === 'reader.figures')!.request).toEqual({ id: 7, from: text.indexOf('审结') });
});

it('sends a confirmation from the figure panel through the Api and shows the reviewed list', async () => {
  const { api, calls } = fakeApi({
    'reader.open': (): ReaderDocument => ({ report, figures: [first, second], figuresUntil: text.length }),
    'reports.related': () => ({ previousYear: null, nextYear: null, sameYear: [] }),
    'figures.review': () => [{ ...first, review: 'confirmed' }, second],
  });
  render(
    <ApiProvider api={api}>
      <ReaderWorkspace panes={[7]} onPanesChange={() => {}} focus={null} onShowTrend={() => {}} />
    </ApiProvider>,
  );
  fireEvent.click(await screen.findByTestId('panel-toggle'));
  const rows = await screen.findAllByTestId('figure-row');
  expect(rows).toHaveLength(2);
  fireEvent.click(rows[0]!.querySelector('button[aria-label="确认"]')!);
  await waitFor(() => expect(document.querySelector('mark.figure.review-confirmed')).not.toBeNull());
  expect(calls.find((c) => c.method === 'figures.review')!.request).toEqual({ reportId: 7, action: 'confirm', start: first.start, end: first.end });
  expect(calls.some((c) => c.method === 'reader.figures')).toBe(false);
});
