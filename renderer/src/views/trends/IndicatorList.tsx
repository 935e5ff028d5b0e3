// The indicator picker: a searchable list, most widespread first, each with how many regions and years have it.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorSummary } from '../../../../shared/trends/types.ts';

const SHOWN = 200;

interface Props {
  indicators: IndicatorSummary[] | null;
  selected: string | null;
  onSelect: (key: string) => void;
}

export function IndicatorList({ indicators, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const english = i18n.language === 'en';
  const filtered = useMemo(() => {
    const q = search.trim().toLowerCase();
    if (!indicators || !q) return indicators ?? [];
    return indicators.filter((i) => [i.name, i.nameEn ?? '', i.key].some((s) => s.toLowerCase().includes(q)));
  }, [indicators, search]);

  // Up and down move between entries, as in any list.
  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + (e.key === 'ArrowDown' ? 1 : -1)))];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  };

  return (
    <div className="trend-side">
      <h2 className="trend-side-title">{t('trends.indicators')}</h2>
      <input
        className="search"
        type="search"
        value={search}
        placeholder={t('trends.searchIndicator')}
        aria-label={t('trends.searchIndicator')}
        onChange={(e) => setSearch(e.target.value)}
        data-testid="indicator-search"
      />
      {indicators === null ? (
        <div className="skeleton-lines">{Array.from({ length: 8 }, (_, i) => <div key={i} className="skeleton-line" />)}</div>
      ) : (
        <ul className="indicator-list" data-testid="indicator-list" onKeyDown={onKeyDown}>
          {filtered.slice(0, SHOWN).map((indicator) => (
            <li key={indicator.key}>
              <button
                className={`indicator-item${indicator.key === selected ? ' selected' : ''}`}
                aria-pressed={indicator.key === selected}
                onClick={() => onSelect(indicator.key)}
                data-testid="indicator-item"
                data-key={indicator.key}
              >
                <span className="indicator-name">
                  {english && indicator.nameEn ? indicator.nameEn : indicator.name}
                  {indicator.indicatorId === null && <span className="tag">{t('trends.label')}</span>}
                </span>
                <span className="indicator-counts">
                  {t('trends.indicatorCounts', { regions: indicator.regionCount, years: indicator.yearCount })}
                  <span className="unit">{indicator.unit}</span>
                </span>
              </button>
            </li>
          ))}
          {filtered.length === 0 && <li className="muted pad-small">{t('trends.noIndicatorMatch')}</li>}
          {filtered.length > SHOWN && <li className="muted pad-small">{t('trends.moreIndicators', { count: filtered.length - SHOWN })}</li>}
        </ul>
      )}
    </div>
  );
}
