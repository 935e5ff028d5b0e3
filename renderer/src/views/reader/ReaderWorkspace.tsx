// The reader: one pane, or several side by side.
import { useTranslation } from 'react-i18next';
import { ReaderPane } from './ReaderPane.tsx';
import type { ReaderFocus } from '../../navigation.ts';

export interface ReaderWorkspaceProps {
  panes: number[];
  onPanesChange: (panes: number[]) => void;
  /** Scroll to and flash this span (from a trend point or a search). */
  focus: ReaderFocus | null;
  /** Show an indicator's trend for a region (from a figure's card). */
  onShowTrend: (indicator: string, region: string) => void;
}

export function ReaderWorkspace({ panes, onPanesChange }: ReaderWorkspaceProps) {
  const { t } = useTranslation();
  if (panes.length === 0) return <div className="empty-state"><p className="muted">{t('reader.empty')}</p></div>;
  return (
    <div className="panes" style={{ gridTemplateColumns: `repeat(${panes.length}, minmax(0, 1fr))` }}>
      {panes.map((id) => <ReaderPane key={id} id={id} onClose={() => onPanesChange(panes.filter((x) => x !== id))} />)}
    </div>
  );
}
