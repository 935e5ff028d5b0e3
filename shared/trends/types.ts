// What the trends API returns: indicators, regions, points with their provenance, series, claim checks.
import type { ChangeDirection, FigureKind, FigureMeasure, FigureStatus } from '../figures/types.ts';
import type { DocType, RegionLevel } from '../meta/types.ts';

/** An indicator id from the dictionary, or `label:<phrase>` for figures the dictionary did not match. */
export type IndicatorKey = string;

export { LABEL_PREFIX } from '../indicators/chart-key.ts';

export interface IndicatorSummary {
  key: IndicatorKey;
  indicatorId: string | null;
  /** The dictionary's name, else the label the reports use most for it. */
  name: string;
  /** The dictionary's English name; null for a label. */
  nameEn: string | null;
  /** Level, growth, share…: the name says it too (地区生产总值增长率). */
  measure: FigureMeasure;
  /** The unit most of its figures carry (件, 元, %...). */
  unit: string;
  kind: FigureKind;
  regionCount: number;
  yearCount: number;
  figureCount: number;
}

export interface RegionRef {
  /** Region code, or the name where the report has no code. */
  key: string;
  name: string;
  code: string | null;
  level: RegionLevel | null;
  /** Higher levels, province first. */
  parents: string[];
}

export interface RegionSummary extends RegionRef {
  /** Years with a report (or, when asked for one indicator, with a figure of it), oldest first. */
  years: number[];
  reportCount: number;
}

/** Where a figure came from: enough to open it in the reader and to cite it outside the workbench. */
export interface FigureSource {
  figureId: number;
  reportId: number;
  reportTitle: string | null;
  fileName: string;
  /** SHA-256 of the file's bytes as imported. */
  fileHash: string;
  docType: DocType;
  /** The figure's span in the report's text (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence exactly as the report has it. */
  sentence: string;
  /** The figure exactly as the report writes it (3.1万余件). */
  text: string;
}

/** One figure of an indicator, as stored. */
export interface FigureValue {
  value: number;
  lo: number;
  hi: number;
  unit: string;
  qualifier: string | null;
  kind: FigureKind;
  /** actual, or estimate (预计: shown marked, and only where the year has no actual); targets are never points. */
  status: FigureStatus;
  /** The label in the report's own words. */
  indicator: string;
  source: FigureSource;
}

export interface YearChange {
  fromYear: number;
  /** this year − last year, in the unit (for % figures: percentage points). */
  absolute: number;
  /** Relative change in %, null where last year was 0 or the unit is % (a rate changes by points). */
  percent: number | null;
}

export interface TrendPoint extends FigureValue {
  year: number;
  /** How many figures of the indicator the region's counted reports hold for the year; the first in the text is taken. */
  candidates: number;
  /** Against the year before; null where the library has no figure for it. */
  change: YearChange | null;
}

export interface TrendSeries {
  region: RegionRef;
  /** Oldest first, one per year that has a figure: missing years are absent, never zero. */
  points: TrendPoint[];
}

export type ClaimVerdict = 'consistent' | 'rounding' | 'different-basis' | 'contradicts' | 'no-earlier-data' | 'not-comparable';

/**
 * Why figures that do not give the claimed change may still agree with it: real growth (comparable prices) against
 * nominal levels, an adjusted basis (可比, 同口径), an estimate (预计) on either side, or a small statistical revision.
 */
export type ClaimBasis = 'real' | 'adjusted' | 'estimate' | 'revision';

/** How a claim measures change: relative (同比增长17.3%), in points (提高0.8个百分点), in units (减少307项), a multiple (翻番). */
export type ClaimMeasure = 'percent' | 'points' | 'absolute' | 'multiple';

export interface ClaimCheck {
  region: RegionRef;
  year: number;
  /** The change figure as the report states it. */
  claim: FigureValue & { direction: ChangeDirection };
  measure: ClaimMeasure;
  /** Signed, in the claim's measure: 同比下降14.04% → −14.04; 翻番 → +100. */
  claimed: number;
  /** This year's figure the claim is about. */
  current: FigureValue;
  /** Last year's figure of the same region and indicator, when the library has it. */
  previous: (FigureValue & { year: number }) | null;
  /** What the two figures give, in the claim's measure; null without last year's figure. */
  computed: number | null;
  /** What the figures' hedges and rounding allow. */
  computedRange: [number, number] | null;
  verdict: ClaimVerdict;
  /** Set with 'different-basis': what makes the two computations differ. */
  basis: ClaimBasis | null;
}

export interface TrendResult {
  indicator: IndicatorSummary;
  /** The unit the chart draws: the one most points carry. Points in another unit are listed, not drawn. */
  unit: string;
  /** Every year from the first to the last point, so missing years show as gaps. */
  years: number[];
  series: TrendSeries[];
  claims: ClaimCheck[];
}

export interface DashboardPanel {
  indicator: IndicatorSummary;
  unit: string;
  points: TrendPoint[];
}

export interface RegionDashboard {
  region: RegionRef;
  years: number[];
  panels: DashboardPanel[];
}

export interface CompareBar {
  region: RegionRef;
  point: TrendPoint;
}

export interface CompareResult {
  indicator: IndicatorSummary;
  year: number | null;
  /** Years that have the indicator, with how many regions report it (for the year picker). */
  years: Array<{ year: number; regionCount: number }>;
  /** Levels among that year's regions, with counts (for the level filter). */
  levels: Array<{ level: RegionLevel | null; count: number }>;
  unit: string;
  /** Largest first. */
  bars: CompareBar[];
}

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** The file's bytes, base64: the renderer saves them through a Blob. */
  base64: string;
  rows: number;
}
