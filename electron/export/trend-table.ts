// The table behind a trend or a comparison: one row per figure, with its provenance (report title, file hash and
// offsets into the report's text), headed in the user's language.
import type { ExportFormat, IndicatorSummary, RegionRef, TrendPoint } from '../../shared/trends/types.ts';
import { exportFileName, type Cell, type ExportLanguage, type TableSpec } from './table-file.ts';

export interface ExportRow {
  region: RegionRef;
  indicator: IndicatorSummary;
  point: TrendPoint;
}

interface Column {
  zh: string;
  en: string;
  width: number;
  /** Excel number format for numeric columns. */
  numFmt?: string;
  value: (row: ExportRow) => Cell;
}

const levelNames = { province: ['省级', 'province'], city: ['地级市', 'city'], district: ['市辖区', 'district'], county: ['县级', 'county'], township: ['乡镇', 'township'] } as const;

const columns = (language: ExportLanguage): Column[] => [
  { zh: '地区', en: 'Region', width: 12, value: (r) => r.region.name },
  { zh: '地区代码', en: 'Region code', width: 10, value: (r) => r.region.code },
  { zh: '上级地区', en: 'Parents', width: 18, value: (r) => r.region.parents.join(' › ') },
  { zh: '层级', en: 'Level', width: 8, value: (r) => (r.region.level ? levelNames[r.region.level][language === 'en' ? 1 : 0] : null) },
  { zh: '年份', en: 'Year', width: 7, numFmt: '0', value: (r) => r.point.year },
  { zh: '指标', en: 'Indicator', width: 22, value: (r) => (language === 'en' ? (r.indicator.nameEn ?? r.indicator.name) : r.indicator.name) },
  { zh: '指标代码', en: 'Indicator key', width: 22, value: (r) => r.indicator.key },
  { zh: '原文指标', en: 'Label in the text', width: 22, value: (r) => r.point.indicator },
  { zh: '数值', en: 'Value', width: 12, numFmt: '#,##0.####', value: (r) => r.point.value },
  { zh: '区间下限', en: 'Interval low', width: 12, numFmt: '#,##0.####', value: (r) => r.point.lo },
  { zh: '区间上限', en: 'Interval high', width: 12, numFmt: '#,##0.####', value: (r) => r.point.hi },
  { zh: '限定词', en: 'Hedge', width: 7, value: (r) => r.point.qualifier },
  { zh: '单位', en: 'Unit', width: 8, value: (r) => r.point.unit },
  { zh: '同比(计算)', en: 'Change on last year (computed)', width: 12, numFmt: '0.00', value: (r) => changeOf(r.point) },
  { zh: '同比单位', en: 'Change unit', width: 9, value: (r) => (r.point.change ? (r.point.change.percent === null ? (r.point.unit === '%' ? '个百分点' : r.point.unit) : '%') : null) },
  { zh: '原文数字', en: 'Figure as written', width: 12, value: (r) => r.point.source.text },
  { zh: '原句', en: 'Sentence', width: 60, value: (r) => r.point.source.sentence },
  { zh: '同年候选数', en: 'Candidates that year', width: 9, numFmt: '0', value: (r) => r.point.candidates },
  { zh: '报告标题', en: 'Report title', width: 36, value: (r) => r.point.source.reportTitle },
  { zh: '文件名', en: 'File name', width: 28, value: (r) => r.point.source.fileName },
  { zh: '文件SHA-256', en: 'File SHA-256', width: 20, value: (r) => r.point.source.fileHash },
  { zh: '起始偏移', en: 'Start offset', width: 9, numFmt: '0', value: (r) => r.point.source.start },
  { zh: '结束偏移', en: 'End offset', width: 9, numFmt: '0', value: (r) => r.point.source.end },
  { zh: '句子起始', en: 'Sentence start', width: 9, numFmt: '0', value: (r) => r.point.source.sentenceStart },
  { zh: '句子结束', en: 'Sentence end', width: 9, numFmt: '0', value: (r) => r.point.source.sentenceEnd },
];

function changeOf(point: TrendPoint): number | null {
  if (!point.change) return null;
  const value = point.change.percent ?? point.change.absolute;
  return Math.round(value * 100) / 100;
}

export function trendTable(format: ExportFormat, language: ExportLanguage, nameParts: readonly string[]): TableSpec & { cells: (row: ExportRow) => Cell[] } {
  const cols = columns(language);
  const en = language === 'en';
  const title = nameParts.filter(Boolean).join(' · ');
  return {
    fileName: exportFileName(nameParts, format),
    title,
    sheetName: en ? 'Data' : '数据',
    columns: cols.map((c) => ({ header: en ? c.en : c.zh, width: c.width, numFmt: c.numFmt })),
    notesName: en ? 'About' : '说明',
    notes: (rows) => en
      ? [['Title', title], ['Exported', new Date().toISOString()], ['Rows', String(rows)],
        ['Offsets', 'UTF-16 offsets into the report text as imported, end exclusive; the file hash is the SHA-256 of the imported file.'],
        ['One per year', 'Where a region\'s report holds several figures of the indicator, the first in the text is used (see "Candidates that year").']]
      : [['标题', title], ['导出时间', new Date().toISOString()], ['行数', String(rows)],
        ['偏移', '导入后报告全文中的 UTF-16 偏移(不含结束位置);文件 SHA-256 为导入文件的哈希值。'],
        ['每年一个', '同一地区同一年的报告中该指标有多个数字时,取文中第一个(见“同年候选数”)。']],
    cells: (row) => cols.map((c) => c.value(row)),
  };
}
