// The audit's findings as CSV (UTF-8 with a BOM) or XLSX: one row per finding, each with its provenance — the
// report, its file and the offsets of the passage in the report's text.
import type { LibraryAudit, ReportAudit } from '../shared/audit/audit.ts';
import type { IndicatorName } from '../shared/api-parts/audit.ts';
import type { ExportFile } from '../shared/trends/types.ts';
import { csvCell, exportFileName, type ExportLanguage } from './trends-export.ts';

export interface FindingRow {
  region: string;
  year: number | null;
  area: 'completeness' | 'timeliness' | 'check' | 'silence' | 'jump' | 'reuse';
  result: string;
  message: string;
  arithmetic: string | null;
  quote: string | null;
  report: Pick<ReportAudit, 'id' | 'title' | 'fileName'>;
  start: number | null;
  end: number | null;
}

const AREA = {
  completeness: ['内容完整性', 'Completeness'], timeliness: ['时效', 'Timeliness'], check: ['数字核对', 'Arithmetic'],
  silence: ['不再报告', 'Silence'], jump: ['大幅变动', 'Jump'], reuse: ['沿用上年', 'Reuse'],
} as const;

const CONTENT = {
  measures: ['主要举措和成效', 'Measures and results'], shortcomings: ['存在的不足和原因', 'Shortcomings'],
  leadership: ['第一责任人履职', 'Leadership duty'], plans: ['下一年度安排', 'Plans'], other: ['其他需要报告的情况', 'Other'],
} as const;

const STATE = {
  found: ['有', 'found'], brief: ['仅一句带过', 'brief mention'], missing: ['缺', 'missing'],
  unseen: ['文本不完整,未见', 'not seen (text cut off)'], optional: ['无(可选)', 'none (optional)'],
} as const;

/** Every finding of the audit, region by region, report by report. */
export function findingRows(audit: LibraryAudit, texts: Map<number, string>, names: Record<string, IndicatorName>, language: ExportLanguage): FindingRow[] {
  const en = language === 'en' ? 1 : 0;
  const rows: FindingRow[] = [];
  const byId = new Map(audit.reports.map((r) => [r.id, r]));
  const quote = (id: number, span: { start: number; end: number } | null) => (span ? texts.get(id)?.slice(span.start, span.end) ?? null : null);
  const name = (id: string) => (en ? names[id]?.nameEn ?? names[id]?.name : names[id]?.name) ?? id;
  for (const region of audit.regions) {
    for (const id of region.reportIds) {
      const r = byId.get(id)!;
      const base = { region: region.region, year: r.year, report: { id: r.id, title: r.title, fileName: r.fileName } };
      for (const c of r.completeness?.contents ?? []) {
        rows.push({
          ...base, area: 'completeness', result: STATE[c.state][en], message: `${CONTENT[c.id][en]}${c.evidence ? `: ${c.evidence}` : ''}`,
          arithmetic: null, quote: quote(r.id, c.span), start: c.span?.start ?? null, end: c.span?.end ?? null,
        });
      }
      const t = r.timeliness;
      if (t) {
        const result = t.late === null ? (en ? 'unknown' : '无法判断') : t.late ? (t.days === null ? (en ? 'after the deadline' : '晚于截止日') : en ? `late by ${t.days} days` : `逾期 ${t.days} 天`) : (en ? 'on time' : '按时');
        rows.push({
          ...base, area: 'timeliness', result, message: `${t.published ?? (en ? 'no date stated' : '未注明日期')} / ${t.deadline ?? '—'}`,
          arithmetic: null, quote: quote(r.id, t.source?.span ?? null), start: t.source?.span.start ?? null, end: t.source?.span.end ?? null,
        });
      }
      for (const c of r.checks) {
        rows.push({
          ...base, area: 'check', result: c.verdict === 'inconsistent' ? (en ? 'inconsistent' : '不一致') : (en ? 'consistent' : '一致'),
          message: c.message, arithmetic: c.arithmetic, quote: c.quotes.map((q) => q.text).join(' … '),
          start: c.spans[0]!.start, end: c.spans[c.spans.length - 1]!.end,
        });
      }
      if (r.reuse) {
        const share = r.reuse.share === null ? '—' : `${Math.round(r.reuse.share * 100)}%`;
        if (r.reuse.passages.length === 0) {
          rows.push({ ...base, area: 'reuse', result: share, message: `${r.reuse.repeated}/${r.reuse.sentences} · ${r.reuse.previousYear}`, arithmetic: null, quote: null, start: null, end: null });
        }
        for (const p of r.reuse.passages) {
          rows.push({ ...base, area: 'reuse', result: share, message: `${r.reuse.repeated}/${r.reuse.sentences} · ${r.reuse.previousYear}`, arithmetic: null, quote: quote(r.id, p), start: p.start, end: p.end });
        }
      }
    }
    for (const s of region.silence) {
      const last = byId.get(s.lastReportId)!;
      rows.push({
        region: region.region, year: s.year, area: 'silence', result: en ? 'not reported' : '未再报告',
        message: `${name(s.indicator)}: ${s.lastYear} ${s.lastText}`, arithmetic: null, quote: quote(last.id, s.lastSpan),
        report: { id: last.id, title: last.title, fileName: last.fileName }, start: s.lastSpan.start, end: s.lastSpan.end,
      });
    }
    for (const j of region.jumps) {
      const r = byId.get(j.reportId)!;
      rows.push({
        region: region.region, year: j.year, area: 'jump', result: `×${j.factor >= 1 ? j.factor.toFixed(1) : (1 / j.factor).toFixed(1)}`,
        message: `${name(j.indicator)}: ${j.fromYear} ${j.from.text} → ${j.year} ${j.to.text}`, arithmetic: `${j.to.value} ÷ ${j.from.value} = ${j.factor.toFixed(2)}`,
        quote: quote(r.id, j.to), report: { id: r.id, title: r.title, fileName: r.fileName }, start: j.to.start, end: j.to.end,
      });
    }
  }
  return rows;
}

const columns: Array<{ zh: string; en: string; width: number; value: (r: FindingRow, language: ExportLanguage) => string | number | null }> = [
  { zh: '地区', en: 'Region', width: 12, value: (r) => r.region },
  { zh: '年份', en: 'Year', width: 7, value: (r) => r.year },
  { zh: '方面', en: 'Area', width: 12, value: (r, l) => AREA[r.area][l === 'en' ? 1 : 0] },
  { zh: '结论', en: 'Result', width: 14, value: (r) => r.result },
  { zh: '说明', en: 'Finding', width: 40, value: (r) => r.message },
  { zh: '算式', en: 'Arithmetic', width: 30, value: (r) => r.arithmetic },
  { zh: '原文', en: 'Text', width: 60, value: (r) => r.quote },
  { zh: '报告编号', en: 'Report id', width: 9, value: (r) => r.report.id },
  { zh: '报告标题', en: 'Report title', width: 36, value: (r) => r.report.title },
  { zh: '文件名', en: 'File name', width: 28, value: (r) => r.report.fileName },
  { zh: '起始偏移', en: 'Start offset', width: 9, value: (r) => r.start },
  { zh: '结束偏移', en: 'End offset', width: 9, value: (r) => r.end },
];

export function findingsCsv(rows: readonly FindingRow[], language: ExportLanguage): string {
  const lines = [columns.map((c) => csvCell(language === 'en' ? c.en : c.zh)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row, language))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function findingsXlsx(rows: readonly FindingRow[], language: ExportLanguage, title: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '年报工作台 Nianbao';
  workbook.created = new Date();
  workbook.title = title;
  const sheet = workbook.addWorksheet(language === 'en' ? 'Findings' : '体检结果', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({ header: language === 'en' ? c.en : c.zh, key: `c${i}`, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row, language)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const about = workbook.addWorksheet(language === 'en' ? 'About' : '说明');
  about.columns = [{ width: 18 }, { width: 90 }];
  about.addRows(language === 'en'
    ? [['Title', title], ['Exported', new Date().toISOString()], ['Rows', String(rows.length)],
      ['Offsets', 'UTF-16 offsets into the report text as imported, end exclusive.'],
      ['Contents', 'The five contents of 厅字〔2019〕28号; "brief" is one sentence in passing; "not seen" means the text is cut off.'],
      ['Deadline', 'Governments: public by 1 April of the next year; departments: by 1 March. Department = named so in the title.']]
    : [['标题', title], ['导出时间', new Date().toISOString()], ['行数', String(rows.length)],
      ['偏移', '导入后报告全文中的 UTF-16 偏移(不含结束位置)。'],
      ['内容', '依厅字〔2019〕28号五项内容;“仅一句带过”指只有一句提及;“文本不完整,未见”指报告文本被截断。'],
      ['时限', '政府报告次年4月1日前公开,部门报告次年3月1日前报送;标题写明部门的按部门计。']]);
  about.getColumn(1).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function buildAuditExport(rows: readonly FindingRow[], format: 'csv' | 'xlsx', language: ExportLanguage, nameParts: readonly string[]): Promise<ExportFile> {
  const fileName = exportFileName(nameParts, format);
  if (format === 'csv') {
    return { fileName, mimeType: 'text/csv;charset=utf-8', base64: Buffer.from(findingsCsv(rows, language), 'utf8').toString('base64'), rows: rows.length };
  }
  const bytes = await findingsXlsx(rows, language, nameParts.join(' · '));
  return { fileName, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: Buffer.from(bytes).toString('base64'), rows: rows.length };
}
