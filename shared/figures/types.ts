export type FigureKind = 'count' | 'money' | 'percent' | 'change' | 'duration' | 'measure' | 'other';

export type ChangeDirection = 'up' | 'down' | null;

/**
 * What a figure measures of its indicator: the level itself, a growth rate, a growth rate on an adjusted
 * basis (可比增长, 同口径增长: not comparable with the plain rate), a share, a change or a rank.
 */
export type FigureMeasure = 'level' | 'growth' | 'adjusted-growth' | 'share' | 'change' | 'rank';

/** Whether a figure states what happened, or a target, an estimate or a threshold it was measured against. */
export type FigureStatus = 'actual' | 'target' | 'estimate' | 'threshold';

export interface Figure {
  /** UTF-16 offsets into the decoded original text, end exclusive; text === source.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** The number in plain units: 3.1万余件 → 31000; 1.5亿元 → 150000000; 98.7% → 98.7. */
  value: number;
  /** Interval the hedge allows (3.1万余件 → [31000, 32000]); lo === value === hi when not hedged. */
  lo: number;
  hi: number;
  /** Normalised unit: 件 个 人次 元 % 个百分点 ‰ 天 ... (money scaled to 元). */
  unit: string;
  /** 余 多 近 超 约 逾 以上 左右 不足 至少 ..., as the text hedges; null when not hedged. */
  qualifier: string | null;
  kind: FigureKind;
  /** For change figures (同比下降14.04%): which way it went. */
  direction: ChangeDirection;
  /** What is counted, in the text's own terms (行政复议案件收案数). */
  indicator: string;
  /** Canonical indicator id from the dictionary, or null when nothing matched (indicator is then the label). */
  indicatorId: string | null;
  /** GDP·level (1195.6亿元) and GDP·growth (增长6.6%) are two series; a chart never mixes them. */
  measure: FigureMeasure;
  /** Only actuals are charted as values; targets, estimates and thresholds are marked as such. */
  status: FigureStatus;
  /** The sentence the figure stands in, as offsets into the text. */
  sentenceStart: number;
  sentenceEnd: number;
}
