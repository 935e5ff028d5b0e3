// The report info dialog says why the year is what it is, marks a built title and a page that is not Chinese.
// The two reports are written for this test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import { openWorkbench, type Workbench } from './workbench.ts';

const untitled = [
  '赣府字〔2024〕8号',
  '2023年以来,兴国县坚持以法治思维推进各项工作,依法行政水平稳步提升。',
  '一、法治政府建设主要举措',
  '我县把法治政府建设摆在全局工作的重要位置,法治政府建设考核结果纳入综合考评。'.repeat(4),
  '全年办理行政复议案件36件,行政机关负责人出庭应诉率100%。',
].join('\n');
const english = [
  '兴国县2023年法治政府建设年度报告',
  'In 2023, the county government adhered to administering according to law and deepened the building of a rule-of-law government. '.repeat(8),
].join('\n');

describe('the report info dialog explains detection', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench();
    await wb.page.getByTestId('file-input').setInputFiles([wb.file('untitled.txt', untitled), wb.file('translation.txt', english)]);
    await wb.page.getByRole('heading', { name: '导入完成' }).waitFor();
    await wb.page.getByRole('button', { name: '关闭' }).click();
  });
  afterAll(async () => wb?.close());

  const openInfo = async (text: string) => {
    await wb.page.locator('.library-report').filter({ hasText: text }).first().getByRole('button', { name: '修改信息' }).click();
    await wb.page.getByTestId('year-reason').waitFor();
  };

  it('a report without a title line: built title marked, year from the opening words', async () => {
    await openInfo('兴国县 · 2023');
    const dialog = wb.page.getByRole('dialog');
    await expect(dialog.getByTestId('title-built').textContent()).resolves.toContain('标题由地区、年份和类型生成');
    await expect(dialog.getByTestId('year-reason').textContent()).resolves.toBe('依据正文开头:2023年以来,兴国县坚持以法治思维推进各项工作');
    await expect(dialog.locator('#info-year').inputValue()).resolves.toBe('2023');
    await wb.screenshot('info-01-year-reason');
    await dialog.getByRole('button', { name: '取消' }).click();
  });

  it('a machine translation is flagged as not Chinese prose', async () => {
    await openInfo('兴国县2023年法治政府建设年度报告');
    const dialog = wb.page.getByRole('dialog');
    await expect(dialog.getByTestId('not-chinese').textContent()).resolves.toContain('不计入任何趋势');
    await expect(dialog.locator('#info-type').inputValue()).resolves.toBe('other');
    await expect(dialog.getByTestId('year-reason').textContent()).resolves.toBe('依据标题:兴国县2023年法治政府建设年度报告');
    await wb.screenshot('info-02-not-chinese');
  });
});

describe('the report info dialog in English', () => {
  let wb: Workbench;
  beforeAll(async () => {
    wb = await openWorkbench({ language: 'en' });
    await wb.page.getByTestId('file-input').setInputFiles([wb.file('untitled.txt', untitled)]);
    await wb.page.getByRole('heading', { name: 'Import finished' }).waitFor();
    await wb.page.getByRole('button', { name: 'Close' }).click();
  });
  afterAll(async () => wb?.close());

  it('gives the year reason and the built-title note in English', async () => {
    await wb.page.locator('.library-report').first().getByRole('button', { name: 'Edit details' }).click();
    const dialog = wb.page.getByRole('dialog');
    await expect(dialog.getByTestId('year-reason').textContent()).resolves.toBe('From the opening words: 2023年以来,兴国县坚持以法治思维推进各项工作');
    await expect(dialog.getByTestId('title-built').textContent()).resolves.toContain('built from region, year and type');
    await wb.screenshot('info-03-english');
  });
});
