// A table file built row by row, so an export can stop between two items and leave nothing behind: CSV (UTF-8 with
// a BOM, so Excel shows the Chinese) or XLSX through exceljs' streaming writer (rows are packed as they come).
import { PassThrough } from 'node:stream';
import type { ExportFile, ExportFormat } from '../../shared/trends/types.ts';

export type ExportLanguage = 'zh-CN' | 'en';
export type Cell = string | number | null;

export interface TableColumn {
  header: string;
  width: number;
  /** Excel number format for numeric columns. */
  numFmt?: string;
}

export interface TableSpec {
  fileName: string;
  /** The workbook's title and the first line of its notes. */
  title: string;
  sheetName: string;
  columns: readonly TableColumn[];
  notesName: string;
  /** The notes sheet of an XLSX (label, text), given the number of rows written. */
  notes: (rows: number) => Array<[string, string]>;
}

export interface TableFile {
  add(row: readonly Cell[]): void;
  finish(): Promise<ExportFile>;
  /** Drops what was written: the export was cancelled. */
  discard(): void;
}

/** RFC 4180 quoting; a text cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A file name from what the rows cover, without characters file systems refuse. */
export function exportFileName(parts: readonly string[], format: ExportFormat): string {
  const stem = parts.filter(Boolean).join('-').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 120);
  return `${stem}.${format}`;
}

function csvFile(spec: TableSpec): TableFile {
  let lines: string[] = [spec.columns.map((c) => csvCell(c.header)).join(',')];
  return {
    add: (row) => lines.push(row.map(csvCell).join(',')),
    finish: async () => ({
      fileName: spec.fileName,
      mimeType: 'text/csv;charset=utf-8',
      base64: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8').toString('base64'),
      rows: lines.length - 1,
    }),
    discard: () => {
      lines = [];
    },
  };
}

async function xlsxFile(spec: TableSpec): Promise<TableFile> {
  // Loaded on first export only: exceljs is large and most sessions never export.
  const { default: ExcelJS } = await import('exceljs');
  const stream = new PassThrough();
  let chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = '年报工作台 Nianbao';
  workbook.created = new Date();
  workbook.title = spec.title;
  const sheet = workbook.addWorksheet(spec.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.columns.length } };
  let rows = 0;
  return {
    add: (row) => {
      sheet.addRow([...row]).commit();
      rows++;
    },
    finish: async () => {
      await sheet.commit();
      const notes = workbook.addWorksheet(spec.notesName);
      notes.columns = [{ width: 18 }, { width: 90 }];
      notes.getColumn(1).font = { bold: true };
      for (const note of spec.notes(rows)) notes.addRow(note).commit();
      await notes.commit();
      await workbook.commit();
      return {
        fileName: spec.fileName,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64: Buffer.concat(chunks).toString('base64'),
        rows,
      };
    },
    discard: () => {
      stream.destroy();
      chunks = [];
    },
  };
}

export function openTableFile(format: ExportFormat, spec: TableSpec): Promise<TableFile> {
  return format === 'csv' ? Promise.resolve(csvFile(spec)) : xlsxFile(spec);
}
