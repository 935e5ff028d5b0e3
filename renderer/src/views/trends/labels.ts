// Words for regions, values and changes, shared by the chart, the table and the tooltip.
import type { TFunction } from 'i18next';
import type { RegionRef, TrendPoint, YearChange } from '../../../../shared/trends/types.ts';
import { formatInterval, formatNumber, formatSigned, formatValue, type DisplayScale } from '../../../../shared/trends/format.ts';

/** 兴国县(赣州市): the nearest parent keeps same-stem names apart. */
export function regionName(region: RegionRef): string {
  const parent = region.parents[region.parents.length - 1];
  return parent ? `${region.name}(${parent})` : region.name;
}

/** 1.8万余件 style: the hedge word where Chinese writes it, and the value in the display scale. */
export function pointValue(point: Pick<TrendPoint, 'value' | 'qualifier'>, scale: DisplayScale): string {
  const q = point.qualifier;
  if (!q) return formatValue(point.value, scale);
  if (q === '余' || q === '多') return `${formatNumber(point.value / scale.divisor)}${q}${scale.unit}`;
  if (q === '以上' || q === '左右' || q === '以内') return `${formatValue(point.value, scale)}${q}`;
  return `${q}${formatValue(point.value, scale)}`;
}

export function pointInterval(point: Pick<TrendPoint, 'value' | 'lo' | 'hi'>, scale: DisplayScale): string | null {
  return formatInterval(point.lo, point.hi, point.value, scale);
}

export function changeText(change: YearChange, unit: string, scale: DisplayScale, t: TFunction): string {
  if (change.percent !== null) return formatSigned(change.percent, '%');
  if (unit === '%') return formatSigned(change.absolute, t('trends.points'));
  return formatSigned(change.absolute / scale.divisor, scale.unit);
}
