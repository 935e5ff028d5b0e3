// The trends view (issue 6): indicator and region pickers, chart, table, export.
import type { TrendRequest } from '../../navigation.ts';

export interface TrendsViewProps {
  request: TrendRequest | null;
  /** Open a figure's sentence in the reader. */
  onOpenFigure: (reportId: number, start: number, end: number) => void;
}

export function TrendsView(_props: TrendsViewProps) {
  return null;
}
