// A pane's outline: the report's headings (一、 (一) 1.) to jump to; the section being read is marked.
import { useTranslation } from 'react-i18next';
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
  return (
    <nav className={`outline${overlay ? ' overlay' : ''}`} aria-label={t('reader.outline')} data-testid="outline">
      <div className="outline-head">
        <strong>{t('reader.outline')}</strong>
        <button className="icon-button small" onClick={onClose} aria-label={t('reader.close')} title={t('reader.close')}>×</button>
      </div>
      {headings.length === 0 ? (
        <p className="muted outline-empty">{t('reader.outlineEmpty')}</p>
      ) : (
        <ol>
          {headings.map((h, i) => (
            <li key={h.start} className={`level-${h.level}${i === current ? ' current' : ''}`}>
              <button onClick={() => onJump(h)} title={h.text} aria-current={i === current ? 'location' : undefined}>{h.text}</button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
