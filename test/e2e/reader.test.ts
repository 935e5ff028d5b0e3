import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { describeCorpus, hasCorpus, loadSeeds, type Seed } from '../corpus.ts';
import { openWorkbench, type Workbench } from './workbench.ts';
import { countyReport2023, countyReport2024 } from '../fixtures/library/reports.ts';
import type { ReportDetail, ReportSummary } from '../../shared/api.ts';
import type { ReviewedFigure } from '../../shared/api-parts/reader.ts';

describeCorpus('reading two reports side by side', () => {
  let wb: Workbench;
  let seeds: Seed[];
  let reports: ReportSummary[];
  const details = new Map<number, ReportDetail>();

  /** The host's API, called as the renderer does. */
  async function call<T>(method: string, request: object): Promise<T> {
    const response = await fetch(`${wb.host.url}/api/${method}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${wb.host.token}`, 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    const reply = (await response.json()) as { ok: boolean; result: T };
    if (!reply.ok) throw new Error(`${method} failed: ${JSON.stringify(reply)}`);
    return reply.result;
  }
  const reportOf = (title: string) => reports.find((r) => r.title === title)!;
  const pane = (id: number): Locator => wb.page.locator(`[data-testid="reader-pane"][data-report-id="${id}"]`);
  const openFromLibrary = async (id: number, beside: boolean) => {
    const summary = reports.find((r) => r.id === id)!;
    await wb.page.locator(`[data-testid="library-report"][title="${summary.title ?? summary.fileName}"]`).click({ modifiers: beside ? ['Control'] : [] });
    await pane(id).locator('.report-text').waitFor();
  };
  const scrollTopOf = (id: number) => pane(id).locator('.pane-scroll').evaluate((el) => el.scrollTop);

  let a: ReportDetail;
  let b: ReportDetail;

  beforeAll(async () => {
    if (!hasCorpus) return;
    seeds = loadSeeds();
    wb = await openWorkbench();
    const files = [
      wb.file(seeds[0]!.labels.file, seeds[0]!.bytes),
      wb.file(seeds[2]!.labels.file, seeds[2]!.bytes),
      wb.file('ningdu-2023.txt', countyReport2023),
      wb.file('ningdu-2024.txt', countyReport2024),
    ];
    await wb.page.getByTestId('file-input').setInputFiles(files);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor();
    await wb.page.getByRole('button', { name: '关闭' }).click();
    reports = (await call<{ rows: ReportSummary[] }>('reports.list', { limit: 500 })).rows;
    for (const r of reports) details.set(r.id, await call<ReportDetail>('reports.get', { id: r.id }));
    a = details.get(reportOf(seeds[0]!.labels.meta.title!).id)!;
    b = details.get(reportOf(seeds[2]!.labels.meta.title!).id)!;
  });
  afterAll(async () => wb?.close());

  it('opens one report alone with its outline, then a second beside it', async () => {
    await openFromLibrary(a.id, false);
    await expect(pane(a.id).getByTestId('outline').isVisible()).resolves.toBe(true);
    await expect(pane(a.id).locator('.pane-title').textContent()).resolves.toBe(a.title);
    await wb.screenshot('20-reader-single');
    await openFromLibrary(b.id, true);
    await expect(wb.page.getByTestId('reader-pane').count()).resolves.toBe(2);
    await expect(pane(b.id).locator('.pane-meta').textContent()).resolves.toContain('长沙县');
    await expect(pane(b.id).locator('.pane-meta').textContent()).resolves.toContain('2024');
    await wb.screenshot('21-reader-side-by-side');
  });

  it('highlights exactly the stored figures, in number and position', async () => {
    for (const report of [a, b]) {
      const marks = await pane(report.id).locator('mark.figure').evaluateAll((els) =>
        els.map((el) => [Number(el.getAttribute('data-start')), el.textContent] as const),
      );
      const stored = report.figures.map((f) => [f.start, f.text] as const).sort((x, y) => x[0] - y[0]);
      expect(stored.length).toBeGreaterThan(20);
      expect(marks).toEqual(stored);
      for (const [start, text] of marks) expect(report.text.slice(start, start + text!.length)).toBe(text);
    }
  });

  it('shows a card with value, interval, unit, hedge and indicator on hover', async () => {
    const hedged = a.figures.find((f) => f.qualifier && f.lo !== f.hi) ?? a.figures.find((f) => f.qualifier)!;
    const mark = pane(a.id).locator(`mark.figure[data-start="${hedged.start}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = wb.page.getByTestId('figure-card');
    await card.waitFor();
    const text = (await card.textContent())!;
    expect(text).toContain(hedged.indicator);
    expect(text).toContain(hedged.unit);
    expect(text).toContain(hedged.qualifier!);
    expect(await card.getByTestId('card-value').textContent()).toContain(hedged.value.toLocaleString('zh-CN', { maximumFractionDigits: 4 }));
    if (hedged.lo !== hedged.hi) expect(text).toContain('区间');
    await expect(mark.getAttribute('class')).resolves.toContain('hedged');
    await wb.screenshot('22-figure-card');
    await wb.page.mouse.move(5, 600);
    await card.waitFor({ state: 'detached' });
  });

  it('on click offers the trend and scrolls the other pane to the same indicator', async () => {
    await wb.page.getByTestId('sync-toggle').click(); // off, so only the click moves the other pane
    await expect(wb.page.getByTestId('sync-toggle').getAttribute('aria-pressed')).resolves.toBe('false');
    const key = (f: ReviewedFigure | ReportDetail['figures'][number]) => f.indicatorId ?? `label:${f.indicator}`;
    const inB = new Map(b.figures.map((f) => [key(f), f]));
    const shared = [...a.figures].reverse().find((f) => inB.has(key(f)) && inB.get(key(f))!.start > 1500);
    if (shared) {
      await pane(b.id).locator('.pane-scroll').evaluate((el) => (el.scrollTop = 0));
      const mark = pane(a.id).locator(`mark.figure[data-start="${shared.start}"]`);
      await mark.scrollIntoViewIfNeeded();
      await mark.click();
      await expect.poll(() => scrollTopOf(b.id)).toBeGreaterThan(100);
      const target = pane(b.id).locator(`mark.figure[data-start="${inB.get(key(shared))!.start}"]`);
      await expect(target.isVisible()).resolves.toBe(true);
      await expect(wb.page.getByTestId('figure-card').textContent()).resolves.toContain('另一栏中的同一指标');
    } else {
      await pane(a.id).locator('mark.figure').first().click();
    }
    await wb.page.getByRole('button', { name: '查看本地区趋势' }).click();
    await expect(wb.page.getByRole('banner').getByRole('tab', { name: '趋势' }).getAttribute('aria-selected')).resolves.toBe('true');
    await wb.page.getByRole('banner').getByRole('tab', { name: '阅读' }).click();
    await wb.page.getByTestId('sync-toggle').click();
  });

  it('keeps the panes aligned by content while scrolling, when synchronised', async () => {
    await pane(a.id).locator('.pane-scroll').evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
    await expect.poll(() => scrollTopOf(b.id)).toBeGreaterThan(200);
    // the same heading in both panes sits at about the same height
    const topics = (r: ReportDetail) => new Map(r.headings.map((h) => [h.text.replace(/^[一二三四五六七八九十(（）)、.\d]+/, ''), h]));
    const inB = topics(b);
    const common = [...topics(a)].find(([topic]) => inB.has(topic) && topic.length > 3);
    if (common) {
      // put the heading on the line the panes are aligned at, a third of the way down
      await pane(a.id).locator(`[data-pstart="${common[1].start}"]`).evaluate((el) => {
        const scroller = el.closest('.pane-scroll')!;
        scroller.scrollTop = el.offsetTop - scroller.clientHeight * 0.35;
      });
      await wb.page.waitForTimeout(150);
      const y = async (id: number, start: number) => (await pane(id).locator(`[data-pstart="${start}"]`).boundingBox())!.y;
      expect(Math.abs((await y(a.id, common[1].start)) - (await y(b.id, inB.get(common[0])!.start)))).toBeLessThan(60);
    }
  });

  it('jumps through the outline', async () => {
    await pane(a.id).getByTestId('outline-toggle').click();
    const outline = pane(a.id).getByTestId('outline');
    await outline.waitFor();
    await expect(outline.locator('li').count()).resolves.toBe(a.headings.length);
    await wb.screenshot('23-outline');
    for (const heading of [a.headings[a.headings.length - 1]!, a.headings[2]!]) {
      if (!(await outline.isVisible())) await pane(a.id).getByTestId('outline-toggle').click();
      await outline.getByRole('button', { name: heading.text, exact: true }).click();
      const box = await pane(a.id).locator('.pane-scroll').boundingBox();
      const at = await pane(a.id).locator(`[data-pstart]`).filter({ hasText: heading.text }).first().boundingBox();
      expect(at!.y - box!.y).toBeGreaterThanOrEqual(-2);
      expect(at!.y - box!.y).toBeLessThan(box!.height * 0.6);
    }
  });

  it('steps through figures with the keyboard', async () => {
    await pane(a.id).locator('.pane-header').click();
    await wb.page.keyboard.press('Escape');
    await pane(a.id).locator('.pane-scroll').evaluate((el) => (el.scrollTop = 0));
    const active = () => pane(a.id).locator('mark.figure.active').getAttribute('data-start').then(Number);
    await wb.page.keyboard.press('n');
    await pane(a.id).locator('mark.figure.active').waitFor();
    const first = await active();
    await wb.page.keyboard.press('n');
    await wb.page.keyboard.press('n');
    const starts = a.figures.map((f) => f.start);
    await expect.poll(active).toBe(starts[starts.indexOf(first) + 2]);
    await wb.page.keyboard.press('p');
    await expect.poll(active).toBe(starts[starts.indexOf(first) + 1]);
    // the card is re-pinned on the next animation frame: wait for it
    await expect.poll(() => wb.page.getByTestId('figure-card').textContent()).toContain(a.figures[starts.indexOf(first) + 1]!.indicator);
    await wb.page.keyboard.press('Escape');
    await wb.page.getByTestId('figure-card').waitFor({ state: 'detached' });
  });

  it('corrects a figure in the figure panel and still sees the correction after a reload', async () => {
    const figure = a.figures[1]!;
    await pane(a.id).getByTestId('panel-toggle').click();
    const panel = pane(a.id).getByTestId('figure-panel');
    await expect(panel.getByTestId('figure-row').count()).resolves.toBe(a.figures.length);
    const row = panel.locator(`[data-testid="figure-row"][data-start="${figure.start}"]`);
    await row.getByRole('button', { name: /修改/ }).click();
    const edit = panel.getByTestId('figure-edit-row');
    await edit.locator('input[name="value"]').fill('321');
    await edit.locator('input[name="unit"]').fill('项');
    await edit.locator('input[name="indicator"]').fill('核对后的指标');
    await edit.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => row.textContent()).toContain('核对后的指标');
    await expect(row.textContent()).resolves.toContain('已修改');
    await expect(row.textContent()).resolves.toContain('321');
    // confirm another, reject a third
    await panel.locator(`[data-testid="figure-row"][data-start="${a.figures[2]!.start}"]`).getByRole('button', { name: /确认/ }).click();
    await panel.locator(`[data-testid="figure-row"][data-start="${a.figures[3]!.start}"]`).getByRole('button', { name: /删除/ }).click();
    await expect.poll(() => pane(a.id).locator('mark.figure').count()).toBe(a.figures.length - 1);
    await wb.screenshot('24-figure-panel');

    await wb.page.reload();
    await openFromLibrary(a.id, false);
    const mark = pane(a.id).locator(`mark.figure[data-start="${figure.start}"]`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = wb.page.getByTestId('figure-card');
    await expect(card.textContent()).resolves.toContain('核对后的指标');
    await expect(card.getByTestId('card-value').textContent()).resolves.toContain('321 项');
    await expect(pane(a.id).locator(`mark.figure[data-start="${a.figures[3]!.start}"]`).count()).resolves.toBe(0);
    const stored = await call<ReviewedFigure[]>('figures.list', { reportId: a.id });
    expect(stored.find((f) => f.start === figure.start)).toMatchObject({ value: 321, unit: '项', indicator: '核对后的指标', review: 'corrected' });
    expect(stored.find((f) => f.start === a.figures[3]!.start)?.review).toBe('rejected');
    await wb.page.mouse.move(5, 600);
  });

  it('finds a word in both panes, with counts and next/previous', async () => {
    await openFromLibrary(b.id, true);
    const word = '行政复议';
    const countIn = (r: ReportDetail) => {
      let n = 0;
      for (let at = r.text.indexOf(word); at !== -1; at = r.text.indexOf(word, at + word.length)) {
        if (!r.junk.some((j) => j.start <= at && at < j.end)) n++;
      }
      return n;
    };
    await wb.page.keyboard.press('Control+f');
    const bar = wb.page.getByTestId('find-bar');
    await bar.waitFor();
    await bar.locator('input').fill(word);
    const total = countIn(a) + countIn(b);
    expect(countIn(a)).toBeGreaterThan(0);
    expect(countIn(b)).toBeGreaterThan(0);
    await expect(pane(a.id).locator('.find-hit').evaluateAll((els) => els.map((e) => e.textContent).join(''))).resolves.toBe(word.repeat(countIn(a)));
    await expect(pane(b.id).locator('.find-hit').evaluateAll((els) => els.map((e) => e.textContent).join(''))).resolves.toBe(word.repeat(countIn(b)));
    await expect(bar.locator(`[data-report-id="${a.id}"]`).textContent()).resolves.toContain(`${countIn(a)} 处`);
    await expect(bar.locator(`[data-report-id="${b.id}"]`).textContent()).resolves.toContain(`${countIn(b)} 处`);
    await expect(bar.getByTestId('find-position').textContent()).resolves.toBe(`1 / ${total}`);
    await bar.locator('input').press('Enter');
    await expect(bar.getByTestId('find-position').textContent()).resolves.toBe(`2 / ${total}`);
    await bar.locator('input').press('Shift+Enter');
    await bar.locator('input').press('Shift+Enter');
    await expect(bar.getByTestId('find-position').textContent()).resolves.toBe(`${total} / ${total}`);
    // the last match is in the second pane and on screen
    const current = pane(b.id).locator('.find-current');
    await expect(current.count()).resolves.toBeGreaterThan(0);
    const box = (await pane(b.id).locator('.pane-scroll').boundingBox())!;
    await expect.poll(async () => (await current.first().boundingBox())!.y).toBeGreaterThan(box.y);
    await expect.poll(async () => (await current.first().boundingBox())!.y).toBeLessThan(box.y + box.height);
    await wb.screenshot('25-find');
    await bar.locator('input').press('Escape');
    await bar.waitFor({ state: 'detached' });
    await expect(wb.page.locator('.find-hit').count()).resolves.toBe(0);
  });

  it("marks what is new against the same region's previous year, and adds a figure from selected text", async () => {
    const older = reports.find((r) => r.fileName === 'ningdu-2023.txt')!;
    const newer = reports.find((r) => r.fileName === 'ningdu-2024.txt')!;
    for (const id of [b.id, a.id]) await pane(id).locator('.pane-header').getByRole('button', { name: '关闭', exact: true }).click();
    await expect(wb.page.getByTestId('reader-pane').count()).resolves.toBe(0);
    await openFromLibrary(newer.id, false);
    await pane(newer.id).getByTestId('pick-previous-year').click();
    await pane(older.id).locator('.report-text').waitFor();
    await expect(wb.page.getByTestId('whats-new-toggle').getAttribute('aria-pressed')).resolves.toBe('true');
    const newText = await pane(newer.id).locator('.novel-new').evaluateAll((els) => els.map((e) => e.textContent).join(''));
    const repeated = await pane(newer.id).locator('.novel-repeated').evaluateAll((els) => els.map((e) => e.textContent).join(''));
    expect(newText).toContain('持续深化法治政府建设');
    expect(repeated).toContain('调解成功率达');
    await expect(pane(older.id).locator('.novel-repeated, .novel-new').count()).resolves.toBe(0);
    // the previous year opens to the left: the panes read in time order
    await expect(wb.page.getByTestId('reader-pane').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-report-id'))))).resolves.toEqual([older.id, newer.id]);
    await wb.screenshot('26-whats-new');

    // select "2023年" in the older report's title line and add it as a figure
    const titleStart = 0;
    const yearAt = countyReport2023.indexOf('2023年');
    await pane(older.id).locator(`p[data-pstart="${titleStart}"]`).evaluate((p, [from, to]) => {
      // the page's own globals: this file is type-checked without the DOM library
      const doc = p.ownerDocument;
      const view = doc.defaultView!;
      const walker = doc.createTreeWalker(p, 4 /* NodeFilter.SHOW_TEXT */);
      const range = doc.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (seen <= from! && from! <= seen + length) range.setStart(node, from! - seen);
        if (seen <= to! && to! <= seen + length) {
          range.setEnd(node, to! - seen);
          break;
        }
        seen += length;
      }
      view.getSelection()!.removeAllRanges();
      view.getSelection()!.addRange(range);
      p.dispatchEvent(new view.MouseEvent('mouseup', { bubbles: true }));
    }, [yearAt, yearAt + 5]);
    await pane(older.id).getByTestId('add-from-selection').click();
    const form = pane(older.id).getByTestId('figure-add-form');
    await expect(form.locator('input[name="value"]').inputValue()).resolves.toBe('2023');
    await expect(form.locator('input[name="unit"]').inputValue()).resolves.toBe('年');
    await form.locator('input[name="indicator"]').fill('报告年份');
    await wb.screenshot('27-add-figure');
    await form.getByRole('button', { name: '保存' }).click();
    await pane(older.id).locator(`mark.figure[data-start="${yearAt}"]`).waitFor();
    await expect(pane(older.id).locator(`[data-testid="figure-row"][data-start="${yearAt}"]`).textContent()).resolves.toContain('手工添加');

    await wb.page.getByRole('button', { name: 'English' }).click();
    await expect(pane(older.id).getByTestId('figure-panel').textContent()).resolves.toContain('Added by hand');
    await wb.screenshot('28-reader-english');
    await wb.page.getByRole('button', { name: '中文' }).click();
  });

  it('says what happened when a report cannot be opened, and offers to retry or close', async () => {
    await call('reports.delete', { ids: [b.id] });
    await wb.page.locator(`[data-testid="library-report"][title="${b.title}"]`).click({ modifiers: ['Control'] });
    const failed = pane(b.id).getByRole('alert');
    await failed.waitFor();
    // the typed code in the user's words, not the server's sentence
    await expect(failed.textContent()).resolves.toContain('无法打开这份报告:找不到所要的内容');
    await expect(failed.getByRole('button', { name: '重试' }).isVisible()).resolves.toBe(true);
    await wb.screenshot('29-reader-error');
    await failed.getByRole('button', { name: '关闭' }).click();
    await expect(pane(b.id).count()).resolves.toBe(0);
  });
});
