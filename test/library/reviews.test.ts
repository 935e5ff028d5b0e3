import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from '../../electron/import/import-file.ts';
import { createHandlers } from '../../electron/service.ts';
import { openLibrary } from '../../electron/library/open.ts';
import { replaceFigures } from '../../electron/library/figures.ts';
import { applyReviews, listReviewedFigures } from '../../electron/library/reviews.ts';
import type { Handlers } from '../../shared/api.ts';
import type { ReviewedFigure } from '../../shared/api-parts/reader.ts';
import type { Figure } from '../../shared/figures/types.ts';
import { tempLibrary, type TempLibrary } from './temp-library.ts';
import { countyReport2023, countyReport2024 } from '../fixtures/library/reports.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
let lib: TempLibrary;
afterEach(() => lib?.cleanup());

async function setUp(text = countyReport2023): Promise<{ handlers: Handlers; id: number }> {
  lib = tempLibrary();
  const handlers = createHandlers(lib.db, { libraryPath: lib.path, emit: () => {} });
  const imported = await importFile(lib.db, 'a.txt', utf8(text));
  return { handlers, id: imported.reportId! };
}

const at = (figures: ReviewedFigure[], text: string) => figures.find((f) => f.text === text);
const spanOf = (text: string, needle: string) => {
  const start = countyReport2023.indexOf(needle);
  const at = text.indexOf(needle);
  return { start: at === -1 ? start : at, end: (at === -1 ? start : at) + needle.length };
};
/** A handler's result or error as a promise (handlers may throw synchronously). */
const attempt = <T>(call: () => T | Promise<T>): Promise<T> => Promise.resolve().then(call);
/** Re-extraction as the service does it after an encoding override or a new extractor. */
const reExtract = (handlers: Handlers, id: number) => handlers['reports.setEncoding']({ id, encoding: 'utf-8' });

describe('figure reviews survive re-extraction', () => {
  it('keeps a correction: value, unit and indicator win over what extraction finds', async () => {
    const { handlers, id } = await setUp();
    const before = at(await handlers['figures.list']({ reportId: id }), '52件')!;
    expect(before).toMatchObject({ value: 52, unit: '件', review: null });
    const after = await handlers['figures.review']({
      action: 'correct', reportId: id, start: before.start, end: before.end, value: 53, unit: '件', indicator: '行政复议申请收到数',
    });
    expect(at(after, '52件')).toMatchObject({ value: 53, lo: 53, hi: 53, indicator: '行政复议申请收到数', indicatorId: null, review: 'corrected' });

    await reExtract(handlers, id);
    const reExtracted = await handlers['figures.list']({ reportId: id });
    expect(at(reExtracted, '52件')).toMatchObject({ value: 53, indicator: '行政复议申请收到数', review: 'corrected', sentenceStart: before.sentenceStart });
    expect(reExtracted.filter((f) => f.start === before.start)).toHaveLength(1);
    // and the report as reports.get serves it agrees
    expect((await handlers['reports.get']({ id })).figures.find((f) => f.start === before.start)?.value).toBe(53);
  });

  it('keeps a rejected figure listed and marked, a confirmed one marked', async () => {
    const { handlers, id } = await setUp();
    const figures = await handlers['figures.list']({ reportId: id });
    const rejected = at(figures, '2.5万份')!;
    const confirmed = at(figures, '48件')!;
    await handlers['figures.review']({ action: 'reject', reportId: id, start: rejected.start, end: rejected.end });
    await handlers['figures.review']({ action: 'confirm', reportId: id, start: confirmed.start, end: confirmed.end });
    await reExtract(handlers, id);
    const after = await handlers['figures.list']({ reportId: id });
    expect(at(after, '2.5万份')).toMatchObject({ review: 'rejected', value: rejected.value });
    expect(at(after, '48件')).toMatchObject({ review: 'confirmed', value: 48 });
    expect(after).toHaveLength(figures.length);
    expect(lib.db.prepare("SELECT count(*) AS n FROM figures WHERE review = 'rejected'").get()).toEqual({ n: 1 });
  });

  it('keeps an added figure, built from the text around it, and lets it displace what it overlaps', async () => {
    const { handlers, id } = await setUp();
    // the year in the title is no figure for extraction; the user adds "2023年" anyway as a test of an added span
    const span = spanOf(countyReport2023, '2023年');
    const added = await handlers['figures.review']({ action: 'add', reportId: id, ...span, value: 2023, unit: '年', indicator: '报告年份' });
    expect(added.find((f) => f.start === span.start)).toMatchObject({
      text: '2023年', value: 2023, unit: '年', kind: 'duration', review: 'added', sentenceStart: 0, indicatorId: null,
    });
    await reExtract(handlers, id);
    expect((await handlers['figures.list']({ reportId: id })).find((f) => f.start === span.start)).toMatchObject({ review: 'added', value: 2023 });

    // an added span covering an extracted figure replaces it, and clearing the review puts the extraction back
    const wide = spanOf(countyReport2023, '1.2万余件');
    const extracted = at(await handlers['figures.list']({ reportId: id }), '1.2万余件')!;
    const widened = { start: wide.start - 4, end: wide.end };
    await handlers['figures.review']({ action: 'add', reportId: id, ...widened, value: 12000, unit: '件', indicator: '矛盾纠纷排查数' });
    let now = await handlers['figures.list']({ reportId: id });
    expect(now.filter((f) => f.start < wide.end && f.end > wide.start).map((f) => f.review)).toEqual(['added']);
    await reExtract(handlers, id);
    now = await handlers['figures.list']({ reportId: id });
    expect(now.filter((f) => f.start < wide.end && f.end > wide.start).map((f) => f.review)).toEqual(['added']);
    now = await handlers['figures.review']({ action: 'clear', reportId: id, ...widened });
    expect(now.filter((f) => f.start < wide.end && f.end > wide.start)).toEqual([{ ...extracted, id: expect.any(Number) }]);
  });

  it('keeps the list\'s figure count equal to the figures not rejected, through reviews and re-extraction', async () => {
    const { handlers, id } = await setUp();
    const listed = () => lib.db.prepare('SELECT figure_count AS n FROM reports WHERE id = ?').get(id) as { n: number };
    const kept = async () => (await handlers['figures.list']({ reportId: id })).filter((f) => f.review !== 'rejected').length;
    const initial = await kept();
    expect(initial).toBeGreaterThan(3);
    expect(listed().n).toBe(initial);
    const figures = await handlers['figures.list']({ reportId: id });
    const rejected = at(figures, '2.5万份')!;
    await handlers['figures.review']({ action: 'reject', reportId: id, start: rejected.start, end: rejected.end });
    expect(listed().n).toBe(initial - 1);
    await reExtract(handlers, id);
    expect(listed().n).toBe(initial - 1);
    const span = spanOf(countyReport2023, '2023年');
    await handlers['figures.review']({ action: 'add', reportId: id, ...span, value: 2023, unit: '年', indicator: '报告年份' });
    expect(listed().n).toBe(initial);
    await handlers['figures.review']({ action: 'clear', reportId: id, start: rejected.start, end: rejected.end });
    expect(listed().n).toBe(initial + 1);
    expect(listed().n).toBe(await kept());
  });

  it('clears a correction back to the extracted values', async () => {
    const { handlers, id } = await setUp();
    const original = at(await handlers['figures.list']({ reportId: id }), '45件')!;
    await handlers['figures.review']({ action: 'correct', reportId: id, start: original.start, end: original.end, value: 450, unit: '件', indicator: '审结' });
    const cleared = await handlers['figures.review']({ action: 'clear', reportId: id, start: original.start, end: original.end });
    expect(at(cleared, '45件')).toEqual({ ...original, id: expect.any(Number) });
    expect(lib.db.prepare('SELECT count(*) AS n FROM figure_reviews').get()).toEqual({ n: 0 });
  });

  it('replays reviews over an extraction that no longer finds, or finds differently, the reviewed spans', async () => {
    const { handlers, id } = await setUp();
    const figures = await handlers['figures.list']({ reportId: id });
    const corrected = at(figures, '52件')!;
    const rejected = at(figures, '48件')!;
    await handlers['figures.review']({ action: 'correct', reportId: id, start: corrected.start, end: corrected.end, value: 52, unit: '件', indicator: '收到申请' });
    await handlers['figures.review']({ action: 'reject', reportId: id, start: rejected.start, end: rejected.end });
    // a newer extractor: misses 52件, and reads "申请52件" with a span the correction overlaps
    const strip = ({ id: _id, review: _review, ...f }: ReviewedFigure): Figure => f;
    const newer = figures.filter((f) => f !== corrected).map(strip);
    newer.push({ ...strip(corrected), start: corrected.start - 2, text: countyReport2023.slice(corrected.start - 2, corrected.end), value: 1 });
    newer.sort((a, b) => a.start - b.start);
    lib.db.transaction(() => {
      replaceFigures(lib.db, id, newer);
      applyReviews(lib.db, id);
    })();
    const after = listReviewedFigures(lib.db, id);
    const around = after.filter((f) => f.start < corrected.end && f.end > corrected.start - 2);
    expect(around).toHaveLength(1);
    expect(around[0]).toMatchObject({ start: corrected.start, end: corrected.end, value: 52, indicator: '收到申请', review: 'corrected' });
    expect(at(after, '48件')?.review).toBe('rejected');
  });

  it('refuses an added span without a number, or overlapping a reviewed figure, and changes nothing', async () => {
    const { handlers, id } = await setUp();
    const before = await handlers['figures.list']({ reportId: id });
    const words = spanOf(countyReport2023, '行政复议工作');
    await expect(attempt(() => handlers['figures.review']({ action: 'add', reportId: id, ...words, value: 1, unit: '件', indicator: 'x' }))).rejects.toMatchObject({ code: 'bad-span' });
    const f = at(before, '52件')!;
    await handlers['figures.review']({ action: 'confirm', reportId: id, start: f.start, end: f.end });
    await expect(
      attempt(() => handlers['figures.review']({ action: 'add', reportId: id, start: f.start - 2, end: f.end, value: 52, unit: '件', indicator: 'x' })),
    ).rejects.toMatchObject({ code: 'overlap' });
    expect((await handlers['figures.list']({ reportId: id })).map((x) => x.start)).toEqual(before.map((x) => x.start));
  });

  it('confirming a corrected figure keeps the correction; rejecting an added one removes it', async () => {
    const { handlers, id } = await setUp();
    const f = at(await handlers['figures.list']({ reportId: id }), '52件')!;
    await handlers['figures.review']({ action: 'correct', reportId: id, start: f.start, end: f.end, value: 50, unit: '件', indicator: '收到申请' });
    const confirmed = await handlers['figures.review']({ action: 'confirm', reportId: id, start: f.start, end: f.end });
    expect(at(confirmed, '52件')).toMatchObject({ value: 50, review: 'corrected' });
    const span = spanOf(countyReport2023, '2023年');
    await handlers['figures.review']({ action: 'add', reportId: id, ...span, value: 2023, unit: '年', indicator: '年份' });
    const removed = await handlers['figures.review']({ action: 'reject', reportId: id, ...span });
    expect(removed.find((x) => x.start === span.start)).toBeUndefined();
  });

  it('survive closing and reopening the library, and go with their report', async () => {
    const { handlers, id } = await setUp();
    const f = at(await handlers['figures.list']({ reportId: id }), '52件')!;
    await handlers['figures.review']({ action: 'correct', reportId: id, start: f.start, end: f.end, value: 50, unit: '件', indicator: '收到申请' });
    lib.db.close();
    const db = openLibrary(lib.path);
    expect(listReviewedFigures(db, id).find((x) => x.start === f.start)).toMatchObject({ value: 50, review: 'corrected' });
    db.prepare('DELETE FROM reports WHERE id = ?').run(id);
    expect(db.prepare('SELECT count(*) AS n FROM figure_reviews').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('hedges of added figures', () => {
  it('take the hedge around the span and the interval the extractor would give', async () => {
    const { handlers, id } = await setUp('某县2023年法治政府建设情况报告\n全年挽回经济损失近100万元,开展活动300余场。\n');
    const text = (await handlers['reports.get']({ id })).text;
    const start = text.indexOf('100万元');
    const figures = await handlers['figures.review']({ reportId: id, action: 'add', start, end: start + 4, value: 1_000_000, unit: '元', indicator: '挽回经济损失' });
    expect(figures.find((x) => x.start === start)).toMatchObject({ qualifier: '近', lo: 900_000, hi: 1_000_000, kind: 'money', review: 'added' });
  });
});

describe('quick picks', () => {
  it('finds the same region a year before and after, and other regions of the same year', async () => {
    const { handlers, id } = await setUp(countyReport2024);
    const older = (await importFile(lib.db, 'b.txt', utf8(countyReport2023))).reportId!;
    const other = (await importFile(lib.db, 'c.txt', utf8(countyReport2023.replaceAll('宁都县', '于都县')))).reportId!;
    const related = await handlers['reports.related']({ id });
    expect(related.previousYear?.id).toBe(older);
    expect(related.nextYear).toBeNull();
    expect(related.sameYear).toEqual([]);
    const fromOlder = await handlers['reports.related']({ id: older });
    expect(fromOlder.nextYear?.id).toBe(id);
    expect(fromOlder.sameYear.map((r) => r.id)).toEqual([other]);
  });
});
