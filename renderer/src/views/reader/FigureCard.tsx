// The card over a highlighted figure: normalised value, interval, unit, hedge and indicator; once clicked
// (pinned) it offers the indicator's trend for this region, copying, and checking the figure.
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReaderReport } from '../../../../shared/api-parts/reading.ts';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { formatValue, inWanYi } from './figure-format.ts';

export interface FigureCardProps {
  figure: ReviewedFigure;
  report: ReaderReport;
  /** The highlighted figure's box on screen. */
  anchor: DOMRect;
  pinned: boolean;
  /** Whether another open pane has the same indicator (null: no other pane). */
  inOtherPane: boolean | null;
  onTrend: () => void;
  onEdit: () => void;
  onClose: () => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

const CARD_WIDTH = 320;

export function FigureCard({ figure, report, anchor, pinned, inOtherPane, onTrend, onEdit, onClose, onPointerEnter, onPointerLeave }: FigureCardProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ left: number; top: number } | null>(null);
  const [copied, setCopied] = useState<string | null>(null);

  useLayoutEffect(() => {
    const height = ref.current?.offsetHeight ?? 200;
    const left = Math.max(8, Math.min(anchor.left, window.innerWidth - CARD_WIDTH - 8));
    const below = anchor.bottom + 6;
    const top = below + height > window.innerHeight - 8 ? Math.max(8, anchor.top - 6 - height) : below;
    setPosition({ left, top });
  }, [anchor, pinned, figure]);

  const copy = (label: string, value: string) => {
    void navigator.clipboard?.writeText(value).then(() => setCopied(label), () => setCopied(null));
  };
  const sentence = report.text.slice(figure.sentenceStart, figure.sentenceEnd).trim();
  const source = `${sentence}(${report.title ?? report.fileName}${report.year ? `,${report.year}年` : ''})`;
  const wanYi = inWanYi(figure.value);
  const hedged = figure.lo !== figure.hi;

  return (
    <div
      ref={ref}
      className={`figure-card${pinned ? ' pinned' : ''}`}
      role={pinned ? 'dialog' : 'tooltip'}
      aria-label={figure.indicator}
      data-testid="figure-card"
      style={{ left: position?.left ?? -9999, top: position?.top ?? -9999, width: CARD_WIDTH }}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
    >
      <div className="card-head">
        <span className={`kind-dot kind-${figure.kind}`} aria-hidden />
        <strong className="card-indicator">{figure.indicator}</strong>
        {pinned && (
          <button className="icon-button small" onClick={onClose} aria-label={t('reader.close')} title={t('reader.close')}>×</button>
        )}
      </div>
      <dl className="card-facts">
        <dt>{t('reader.card.value')}</dt>
        <dd className="card-value" data-testid="card-value">
          {formatValue(figure.value, figure.unit)}
          {wanYi && figure.unit !== '%' && <span className="muted">({wanYi}{figure.unit})</span>}
        </dd>
        {hedged && (
          <>
            <dt>{t('reader.card.interval')}</dt>
            <dd>{`${formatValue(figure.lo, figure.unit)} – ${formatValue(figure.hi, figure.unit)}`}</dd>
          </>
        )}
        <dt>{t('reader.card.unit')}</dt>
        <dd>{figure.unit}</dd>
        <dt>{t('reader.card.qualifier')}</dt>
        <dd>{figure.qualifier ?? <span className="muted">{t('reader.card.noQualifier')}</span>}</dd>
        <dt>{t('reader.card.kind')}</dt>
        <dd>
          {t(`kind.${figure.kind}`)}
          {figure.direction && ` · ${figure.direction === 'up' ? `↑ ${t('reader.card.up')}` : `↓ ${t('reader.card.down')}`}`}
        </dd>
        <dt>{t('reader.card.indicator')}</dt>
        <dd>{figure.indicatorId ? <code>{figure.indicatorId}</code> : <span className="muted">{t('reader.card.unmatched')}</span>}</dd>
        {figure.review && (
          <>
            <dt>{t('reader.card.review')}</dt>
            <dd className={`review-text review-${figure.review}`}>{t(`reader.review.${figure.review}`)}</dd>
          </>
        )}
      </dl>
      {pinned ? (
        <>
          {inOtherPane !== null && (
            <p className={`card-note${inOtherPane ? '' : ' muted'}`}>{inOtherPane ? `↔ ${t('reader.card.otherPane')}` : t('reader.card.notInOther')}</p>
          )}
          <div className="card-actions">
            <button className="button primary small" onClick={onTrend}>{t('reader.card.trend')}</button>
            <button className="button small" onClick={onEdit}>{t('reader.card.edit')}</button>
            <button className="button subtle small" onClick={() => copy('value', String(figure.value))}>
              {copied === 'value' ? t('reader.card.copied') : t('reader.card.copyValue')}
            </button>
            <button className="button subtle small" onClick={() => copy('source', source)}>
              {copied === 'source' ? t('reader.card.copied') : t('reader.card.copySource')}
            </button>
          </div>
        </>
      ) : (
        <p className="card-note muted">{t('reader.card.clickHint')}</p>
      )}
    </div>
  );
}
