// Numbers and dates of the audit view as the user's language writes them.
export const percentText = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** 2025-02-21 → 2025年2月21日 in Chinese, 21 Feb 2025 in English. */
export function dateText(iso: string, language: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (language === 'en') {
    const month = new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' });
    return d ? `${d} ${month} ${y}` : `${month} ${y}`;
  }
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/** 1.5e8 元 → 1.5亿元; 31000 件 → 31000件. */
export function valueText(value: number, unit: string): string {
  if (unit === '元' && value >= 1e8) return `${+(value / 1e8).toFixed(2)}亿元`;
  if (unit === '元' && value >= 1e4) return `${+(value / 1e4).toFixed(2)}万元`;
  return `${+value.toFixed(2)}${unit}`;
}
