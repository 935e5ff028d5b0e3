// Find across all panes (Ctrl/⌘+F): one query, the count in each pane, next and previous through them all.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface FindCount {
  id: number;
  label: string;
  count: number;
}

interface Props {
  query: string;
  counts: FindCount[];
  /** Position in all panes' matches, from 0; -1 when there are none. */
  index: number;
  total: number;
  focusNonce: number;
  onQuery: (query: string) => void;
  onStep: (direction: 1 | -1) => void;
  onClose: () => void;
}

export function FindBar({ query, counts, index, total, focusNonce, onQuery, onStep, onClose }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusNonce]);
  return (
    <div className="find-bar" role="search" data-testid="find-bar">
      <input
        ref={input}
        className="search find-input"
        type="search"
        value={query}
        placeholder={t('reader.find.placeholder')}
        aria-label={t('reader.find.placeholder')}
        onChange={(e) => onQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onStep(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          }
        }}
      />
      <span className="find-position" data-testid="find-position">
        {query.trim() ? (total ? t('reader.find.position', { current: index + 1, total }) : t('reader.find.none')) : ''}
      </span>
      <button className="icon-button small" onClick={() => onStep(-1)} disabled={!total} aria-label={t('reader.find.previous')} title={t('reader.find.previous')}>↑</button>
      <button className="icon-button small" onClick={() => onStep(1)} disabled={!total} aria-label={t('reader.find.next')} title={t('reader.find.next')}>↓</button>
      {query.trim() && (
        <span className="find-counts">
          {counts.map((c) => (
            <span key={c.id} className="find-count" data-testid="find-count" data-report-id={c.id}>
              {c.label} <b>{t('reader.find.count', { count: c.count })}</b>
            </span>
          ))}
        </span>
      )}
      <span className="topbar-spacer" />
      <button className="icon-button small" onClick={onClose} aria-label={t('reader.find.close')} title={t('reader.find.close')}>×</button>
    </div>
  );
}
