// The regions on the chart: one chip each (with its colour), and a list of the others that report the indicator.
import { useTranslation } from 'react-i18next';
import type { RegionRef, RegionSummary } from '../../../../shared/trends/types.ts';
import { MAX_TREND_REGIONS } from '../../../../shared/api-parts/trends.ts';
import { colorOf } from './palette.ts';
import { regionName } from './labels.ts';

interface Props {
  selected: RegionRef[];
  available: RegionSummary[] | null;
  onChange: (keys: string[]) => void;
}

export function yearsLabel(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = years[0]!;
  const last = years[years.length - 1]!;
  return first === last ? String(first) : `${first}–${last}(${years.length})`;
}

export function RegionPicker({ selected, available, onChange }: Props) {
  const { t } = useTranslation();
  const keys = selected.map((r) => r.key);
  const others = (available ?? []).filter((r) => !keys.includes(r.key));
  return (
    <div className="region-picker" aria-label={t('trends.regions')}>
      {selected.map((region, i) => (
        <span key={region.key} className="region-chip" data-testid="region-chip" data-region={region.key}>
          <span className="swatch" style={{ background: colorOf(i) }} />
          {regionName(region)}
          <button
            className="chip-remove"
            onClick={() => onChange(keys.filter((k) => k !== region.key))}
            aria-label={t('trends.removeRegion', { region: region.name })}
            title={t('trends.removeRegion', { region: region.name })}
          >
            ×
          </button>
        </span>
      ))}
      {others.length > 0 && keys.length < MAX_TREND_REGIONS && (
        <select
          className="region-add"
          value=""
          onChange={(e) => e.target.value && onChange([...keys, e.target.value])}
          aria-label={t('trends.addRegion')}
          data-testid="region-add"
        >
          <option value="">{t('trends.addRegion')}</option>
          {others.map((r) => (
            <option key={r.key} value={r.key}>
              {regionName(r)} · {yearsLabel(r.years)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
