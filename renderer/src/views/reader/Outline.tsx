// A pane's outline: the report's headings (一、 (一) 1.) to jump to; the section being read is marked and kept in
// view. Rendered by window: a very large report has thousands of headings, and drawing them all made every switch
// back to the reader wait for them.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { HeadingSpan } from './segments.ts';

interface Props {
  headings: readonly HeadingSpan[];
  current: number | null;
  onJump: (heading: HeadingSpan) => void;
  onClose: () => void;
  overlay: boolean;
}

export function Outline({ headings, current, onJump, onClose, overlay }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: headings.length,
    getScrollElement: () => list.current,
    estimateSize: (i) => (headings[i]?.level === 1 ? 32 : 28),
    getItemKey: (i) => headings[i]?.start ?? i,
    overscan: 12,
  });

  useEffect(() => {
    if (current !== null && current < headings.length) rows.scrollToIndex(current, { align: 'auto' });
  }, [current, headings.length, rows]);

  return (
    <nav className={`outline${overlay ? ' overlay' : ''}`} aria-label={t('reader.outline')} data-testid="outline">
      <div className="outline-head">
        <strong>{t('reader.outline')}</strong>
        <button className="icon-button small" onClick={onClose} aria-label={t('reader.close')} title={t('reader.close')}>×</button>
      </div>
      {headings.length === 0 ? (
        <p className="muted outline-empty">{t('reader.outlineEmpty')}</p>
      ) : (
        <div className="outline-list" ref={list}>
          <ol style={{ height: rows.getTotalSize() }}>
            {rows.getVirtualItems().map((row) => {
              const h = headings[row.index]!;
              const here = row.index === current;
              return (
                <li
                  key={row.key}
                  data-index={row.index}
                  ref={rows.measureElement}
                  className={`level-${h.level}${here ? ' current' : ''}`}
                  style={{ transform: `translateY(${row.start}px)` }}
                >
                  <button onClick={() => onJump(h)} title={h.text} aria-current={here ? 'location' : undefined}>{h.text}</button>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </nav>
  );
}
