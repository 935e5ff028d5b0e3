// Pipe tables in saved pages and bulletins ("| 指标 | 单位 | 2023年 | 比上年增长(%) |"): a bare number in a cell
// takes its unit from the column header "(亿元)" or from the row's 单位 cell, and its indicator from the
// row's first cell. Numbers written with their unit inside a cell are left to the prose extractor.
import { matchFoldedPhrase } from '../indicators/match.ts';
import type { Figure, FigureKind } from './types.ts';
import { readUnit, unitKindOf } from './units.ts';

interface Cell {
  start: number;
  end: number;
  text: string;
}

const SEPARATOR = /[|｜]/;
const RULE_CELL = /^:?-{2,}:?$/;
const BARE_NUMBER = /^[-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^[-−]?\d+(?:\.\d+)?$/;
const HEADER_UNIT = /[(（]\s*([^()（）]{1,8}?)\s*[)）]\s*$/;
const GROWTH_HEADER = /增长|增速|增幅|比上年|同比/;

function cellsOf(lineStart: number, line: string): Cell[] {
  const cells: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !SEPARATOR.test(line[i]!)) continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ start: lineStart + from + lead, end: lineStart + from + lead + text.length, text });
    from = i + 1;
  }
  // "| a | b |": the empty cells outside the outer pipes are not columns
  if (cells.length && cells[0]!.text === '' && SEPARATOR.test(line.trimStart()[0] ?? '')) cells.shift();
  if (cells.length && cells[cells.length - 1]!.text === '' && SEPARATOR.test(line.trimEnd().slice(-1))) cells.pop();
  return cells;
}

/** 亿元 → ×1e8 元; 万人 → ×1e4 人; % → %; 件 → 件; null when the words are no unit. */
export function parseUnitWords(words: string): { scale: number; unit: string; kind: FigureKind } | null {
  let s = words.replace(/\s+/g, '');
  let scale = 1;
  const prefix = /^(万|亿|千|百万|千万)/.exec(s);
  if (prefix) {
    scale = { 万: 1e4, 亿: 1e8, 千: 1e3, 百万: 1e6, 千万: 1e7 }[prefix[1] as '万' | '亿' | '千' | '百万' | '千万'];
    s = s.slice(prefix[1]!.length);
  }
  if (s === '' && scale !== 1) return null;
  if (s === '%' || s === '％') return { scale: 1, unit: '%', kind: 'percent' };
  const unit = readUnit(s, 0);
  if (!unit || unit.end !== s.length) return null;
  const kind = unitKindOf(unit.unit);
  return { scale, unit: unit.unit, kind: kind === null || kind === 'other' ? 'count' : kind };
}

/** Figures of bare numbers in pipe tables; `taken` tells spans the prose extractor already holds. */
export function tableFigures(text: string, f: string, taken: (start: number, end: number) => boolean): Figure[] {
  const out: Figure[] = [];
  const lines: Array<{ start: number; text: string }> = [];
  for (let at = 0; at <= f.length; ) {
    const end = f.indexOf('\n', at);
    const stop = end < 0 ? f.length : end;
    lines.push({ start: at, text: f.slice(at, stop) });
    at = stop + 1;
  }
  let k = 0;
  while (k < lines.length) {
    if ((lines[k]!.text.match(/[|｜]/g)?.length ?? 0) < 2) {
      k++;
      continue;
    }
    const header = cellsOf(lines[k]!.start, lines[k]!.text);
    let r = k + 1;
    const rows: Cell[][] = [];
    while (r < lines.length && (lines[r]!.text.match(/[|｜]/g)?.length ?? 0) >= 2) {
      const cells = cellsOf(lines[r]!.start, lines[r]!.text);
      if (!cells.every((c) => RULE_CELL.test(c.text) || c.text === '')) rows.push(cells);
      r++;
    }
    readTable(text, header, rows, taken, out);
    k = r;
  }
  return out;
}

// Column headers that say nothing of what is counted: the row label alone names the figure.
const PLAIN_HEADER = /^(?:(?:19|20)\d{2}年?(?:度|末|底)?|本年|本期|全年|上年|数值|数量|绝对数|总量|合计|金额|指标值|完成数?|实际)?$/;

/** 行政复议 + 收案数(件) → 行政复议收案数; 地区生产总值 + 2023年(亿元) → 地区生产总值. */
function nameOf(label: string, header: string, growth: boolean): string {
  const row = label.replace(/[:：]$/, '').replace(HEADER_UNIT, '').trim();
  const column = header.replace(HEADER_UNIT, '').trim();
  if (growth || PLAIN_HEADER.test(column) || row.endsWith(column)) return row;
  return row + column;
}

function readTable(text: string, header: Cell[], rows: Cell[][], taken: (s: number, e: number) => boolean, out: Figure[]): void {
  const unitColumn = header.findIndex((c) => /^(?:计量)?单位$/.test(c.text));
  for (const row of rows) {
    const label = row[0]?.text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') ?? '';
    if (!label || BARE_NUMBER.test(label)) continue;
    for (let j = 1; j < row.length; j++) {
      if (j === unitColumn) continue;
      const cell = row[j]!;
      if (!BARE_NUMBER.test(cell.text) || taken(cell.start, cell.end)) continue;
      const head = header[j]?.text ?? '';
      const words = HEADER_UNIT.exec(head)?.[1] ?? (unitColumn >= 0 ? row[unitColumn]?.text ?? '' : '');
      const unit = parseUnitWords(words);
      if (!unit) continue;
      const growth = GROWTH_HEADER.test(head);
      const number = Number(cell.text.replace(/,/g, '').replace('−', '-'));
      if (!Number.isFinite(number)) continue;
      const value = Math.abs(number) * (growth ? 1 : unit.scale);
      const indicator = nameOf(label, head, growth);
      const match = matchFoldedPhrase(indicator, growth ? '' : unit.unit);
      out.push({
        start: cell.start,
        end: cell.end,
        text: text.slice(cell.start, cell.end),
        value,
        lo: value,
        hi: value,
        unit: growth ? '%' : unit.unit,
        qualifier: null,
        kind: growth ? 'change' : unit.kind,
        direction: growth ? (number < 0 ? 'down' : 'up') : null,
        indicator,
        indicatorId: match ? match.id : null,
        measure: growth ? 'growth' : unit.kind === 'percent' ? 'share' : 'level',
        status: 'actual',
        sentenceStart: row[0]!.start,
        sentenceEnd: row[row.length - 1]!.end,
      });
    }
  }
}
