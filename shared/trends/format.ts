// How trend values are written on axes, in tables and exports: 万/亿 scales for large values, units kept.

export interface DisplayScale {
  divisor: number;
  /** The unit as an axis label writes it: 件, 万件, 万元, 亿元, %. */
  unit: string;
}

/** 元 in 万元 or 亿元 as the values call for; large counts in 万; rates as they are. */
export function displayScale(unit: string, maxAbs: number): DisplayScale {
  if (unit === '%' || unit === '‰' || unit === '个百分点' || unit === '') return { divisor: 1, unit };
  if (maxAbs >= 1e8) return { divisor: 1e8, unit: `亿${unit}` };
  if (unit === '元' ? maxAbs >= 1e4 : maxAbs >= 1e5) return { divisor: 1e4, unit: `万${unit}` };
  return { divisor: 1, unit };
}

/** Up to `digits` decimals, trailing zeros dropped, thousands grouped: 31000 → 31,000; 3.10 → 3.1. */
export function formatNumber(value: number, digits = 2): string {
  const fixed = Number(value.toFixed(digits));
  const [whole, fraction] = Math.abs(fixed).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fixed < 0 ? '−' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

/** A value in a scale with its unit: 8600000 元 in 万元 → 860万元. */
export function formatValue(value: number, scale: DisplayScale): string {
  return `${formatNumber(value / scale.divisor)}${scale.unit}`;
}

/** A signed change: +19.4%, −3件, +0.7个百分点. */
export function formatSigned(value: number, unit: string, digits = 1): string {
  const body = formatNumber(Math.abs(value), digits);
  const sign = Number(value.toFixed(digits)) === 0 ? '±' : value > 0 ? '+' : '−';
  return `${sign}${body}${unit}`;
}

/** The hedge's interval, or null for an exact figure: 31000–32000. */
export function formatInterval(lo: number, hi: number, value: number, scale: DisplayScale): string | null {
  if (lo === value && hi === value) return null;
  return `${formatNumber(lo / scale.divisor)}–${formatNumber(hi / scale.divisor)}${scale.unit}`;
}

/** A signed value with exactly `digits` decimals, for setting a computed change beside a claimed one: −19.01%. */
export function formatSignedFixed(value: number, unit: string, digits: number): string {
  const fixed = Math.abs(value).toFixed(digits);
  const sign = Number(fixed) === 0 ? '±' : value > 0 ? '+' : '−';
  return `${sign}${fixed}${unit}`;
}
