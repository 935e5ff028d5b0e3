// The table of the audit's findings: one row per finding, each with its provenance — the report, its file and the
// offsets of the passage in the report's text. Rows come a report at a time, then the region's own.
import type { RegionAudit, ReportAudit } from '../../shared/audit/audit.ts';
import type { IndicatorName } from '../../shared/api-parts/audit.ts';
import type { ExportFormat } from '../../shared/trends/types.ts';
import { exportFileName, type Cell, type ExportLanguage, type TableSpec } from './table-file.ts';

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

/** Words of a passage of one report's text. */
type Quote = (reportId: number, span: { start: number; end: number } | null) => string | null;

/** The findings of one report of a region: contents, deadline, arithmetic, reuse. */
export function reportFindingRows(region: RegionAudit, r: ReportAudit, quote: Quote, language: ExportLanguage): FindingRow[] {
  const en = language === 'en' ? 1 : 0;
  const rows: FindingRow[] = [];
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
    const message = `${r.reuse.repeated}/${r.reuse.sentences} · ${r.reuse.previousYear}`;
    if (r.reuse.passages.length === 0) rows.push({ ...base, area: 'reuse', result: share, message, arithmetic: null, quote: null, start: null, end: null });
    for (const p of r.reuse.passages) rows.push({ ...base, area: 'reuse', result: share, message, arithmetic: null, quote: quote(r.id, p), start: p.start, end: p.end });
  }
  return rows;
}

/** The findings of a region across its years: indicators gone silent, tenfold jumps. */
export function regionFindingRows(
  region: RegionAudit, byId: ReadonlyMap<number, ReportAudit>, quote: Quote, names: Record<string, IndicatorName>, language: ExportLanguage,
): FindingRow[] {
  const en = language === 'en' ? 1 : 0;
  const name = (id: string) => (en ? names[id]?.nameEn ?? names[id]?.name : names[id]?.name) ?? id;
  const rows: FindingRow[] = [];
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
  return rows;
}

const columns: Array<{ zh: string; en: string; width: number; value: (r: FindingRow, language: ExportLanguage) => Cell }> = [
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

export function findingTable(format: ExportFormat, language: ExportLanguage, nameParts: readonly string[]): TableSpec & { cells: (row: FindingRow) => Cell[] } {
  const en = language === 'en';
  const title = nameParts.join(' · ');
  return {
    fileName: exportFileName(nameParts, format),
    title,
    sheetName: en ? 'Findings' : '体检结果',
    columns: columns.map((c) => ({ header: en ? c.en : c.zh, width: c.width })),
    notesName: en ? 'About' : '说明',
    notes: (rows) => en
      ? [['Title', title], ['Exported', new Date().toISOString()], ['Rows', String(rows)],
        ['Offsets', 'UTF-16 offsets into the report text as imported, end exclusive.'],
        ['Contents', 'The five contents of 厅字〔2019〕28号; "brief" is one sentence in passing; "not seen" means the text is cut off.'],
        ['Deadline', 'Governments: public by 1 April of the next year; departments: by 1 March. Department = named so in the title.']]
      : [['标题', title], ['导出时间', new Date().toISOString()], ['行数', String(rows)],
        ['偏移', '导入后报告全文中的 UTF-16 偏移(不含结束位置)。'],
        ['内容', '依厅字〔2019〕28号五项内容;“仅一句带过”指只有一句提及;“文本不完整,未见”指报告文本被截断。'],
        ['时限', '政府报告次年4月1日前公开,部门报告次年3月1日前报送;标题写明部门的按部门计。']],
    cells: (row) => columns.map((c) => c.value(row, language)),
  };
}
