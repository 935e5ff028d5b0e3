// The command palette in jsdom with a fake Api: what is typed is searched in the whole library (once, a moment after
// the last keystroke), an answer to an older query never replaces a newer one, the palette says how many more
// reports match and lists them in the library on request, and an action named by the words outranks reports that
// only hold them in their text.
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ApiProvider } from '../../renderer/src/api/context.tsx';
import { CommandPalette, PALETTE_REPORTS, PALETTE_SHOWN, type PaletteAction } from '../../renderer/src/views/shell/CommandPalette.tsx';
import type { ReportSummary } from '../../shared/api.ts';
import type { SearchHit, SearchPage } from '../../shared/api-parts/library.ts';
import { fakeApi } from './fake-api.ts';

beforeAll(() => {
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

function report(id: number, region: string, year: number, title: string | null): ReportSummary {
  return {
    id, fileName: `${region}-${year}.txt`, title, region, regionCode: null, parents: ['江西省', '赣州市'], level: 'county', year, published: null,
    issuer: null, docType: '法治政府建设报告', encoding: 'utf-8', decodeWarning: null, figureCount: 12, importedAt: '2026-01-01T00:00:00Z',
    corrected: [], regionCandidates: [], sameSlotCount: 1, preferred: true,
  };
}
const hit = (r: ReportSummary): SearchHit => ({ ...r, snippet: null });
const newest = [report(900, '于都县', 2024, '于都县2024年法治政府建设情况报告')];
const old = report(3, '宁都县', 2016, '宁都县2016年鹿鸣乡法治政府建设情况报告');

/** An answer the test gives when it chooses. */
function later<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => {
    resolve = res;
  });
  return { promise, resolve };
}

function renderPalette(answers: Parameters<typeof fakeApi>[0], actions: PaletteAction[] = []) {
  const fake = fakeApi({ 'trends.indicators': () => [], ...answers });
  const handlers = { onOpen: vi.fn(), onIndicator: vi.fn(), onSearchLibrary: vi.fn(), onClose: vi.fn() };
  render(
    <ApiProvider api={fake.api}>
      <CommandPalette reports={newest} actions={actions} {...handlers} />
    </ApiProvider>,
  );
  return { ...fake, ...handlers, input: screen.getByPlaceholderText('查找报告、地区、指标或操作…') };
}

it('searches the whole library once typing pauses, shows the old report and how many more match', async () => {
  const { calls, input, onSearchLibrary, onOpen } = renderPalette({
    'reports.search': (): SearchPage => ({ total: 21 + PALETTE_REPORTS, rows: [...Array.from({ length: PALETTE_REPORTS - 1 }, (_, i) => hit(report(10 + i, '石城县', 2017, null))), hit(old)] }),
  });
  expect(screen.getAllByTestId('palette-report').map((r) => r.textContent)).toEqual(['于都县2024年法治政府建设情况报告于都县 · 2024']);
  fireEvent.change(input, { target: { value: '鹿' } });
  fireEvent.change(input, { target: { value: '鹿鸣' } });
  await waitFor(() => expect(screen.getAllByTestId('palette-report')).toHaveLength(PALETTE_SHOWN));
  expect(calls.filter((c) => c.method === 'reports.search').map((c) => c.request)).toEqual([{ query: '鹿鸣', offset: 0, limit: PALETTE_REPORTS, filters: {} }]);
  // the title that holds the words first, though the library ranked it last
  expect(screen.getAllByTestId('palette-report')[0]!.textContent).toContain('宁都县2016年鹿鸣乡法治政府建设情况报告');
  expect(screen.getByText(`报告 · 全库 ${21 + PALETTE_REPORTS} 份`)).toBeTruthy();
  expect(screen.getByTestId('palette-more').textContent).toContain(`另有 ${21 + PALETTE_REPORTS - PALETTE_SHOWN} 份报告含“鹿鸣”`);
  fireEvent.click(screen.getByTestId('palette-more'));
  expect(onSearchLibrary).toHaveBeenCalledWith('鹿鸣');
  expect(onOpen).not.toHaveBeenCalled();
});

it('never lets an older query’s answer replace a newer one’s', async () => {
  const answers = new Map<string, ReturnType<typeof later<SearchPage>>>();
  const { calls, input } = renderPalette({
    'reports.search': ({ query }) => {
      const answer = later<SearchPage>();
      answers.set(query, answer);
      return answer.promise;
    },
  });
  fireEvent.change(input, { target: { value: '宁都' } });
  await waitFor(() => expect(answers.has('宁都')).toBe(true));
  fireEvent.change(input, { target: { value: '宁都县2016' } });
  await waitFor(() => expect(answers.has('宁都县2016')).toBe(true));
  answers.get('宁都县2016')!.resolve({ total: 1, rows: [hit(old)] });
  await waitFor(() => expect(screen.getAllByTestId('palette-report')).toHaveLength(1));
  answers.get('宁都')!.resolve({ total: 2, rows: [hit(report(7, '宁都县', 2019, '宁都县2019年法治政府建设情况报告')), hit(old)] });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(screen.getAllByTestId('palette-report').map((r) => r.textContent)).toEqual(['宁都县2016年鹿鸣乡法治政府建设情况报告宁都县 · 2016']);
  expect(calls.filter((c) => c.method === 'reports.search')).toHaveLength(2);
});

it('puts an action named by the words above reports that only hold them in their text', async () => {
  const run = vi.fn();
  const { input } = renderPalette(
    { 'reports.search': (): SearchPage => ({ total: 1, rows: [hit(old)] }) },
    [{ id: 'trends', label: '切换到趋势', run }, { id: 'home', label: '回到概览', run: () => {} }],
  );
  fireEvent.change(input, { target: { value: '趋势' } });
  await screen.findAllByTestId('palette-report');
  const groups = [...document.querySelectorAll('[cmdk-group-heading]')].map((h) => h.textContent);
  expect(groups).toEqual(['操作', '报告 · 全库 1 份']);
  const actions = document.querySelector('[cmdk-group]')!;
  expect(within(actions as HTMLElement).getAllByRole('option').map((o) => o.textContent)).toEqual(['切换到趋势']);
  fireEvent.keyDown(input, { key: 'Enter' });
  expect(run).toHaveBeenCalledTimes(1);
});

it('offers a region known only from an old report of the library, and opens that report', async () => {
  const { input, onOpen } = renderPalette({ 'reports.search': (): SearchPage => ({ total: 1, rows: [hit(old)] }) });
  fireEvent.change(input, { target: { value: '宁都' } });
  await screen.findAllByTestId('palette-report');
  const regions = [...document.querySelectorAll('[cmdk-group]')].find((g) => g.querySelector('[cmdk-group-heading]')?.textContent === '地区')!;
  expect(within(regions as HTMLElement).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('宁都县')]);
  fireEvent.click(within(regions as HTMLElement).getByRole('option'));
  expect(onOpen).toHaveBeenCalledWith(old.id, false);
});
