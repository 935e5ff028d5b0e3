// The trends view's interface text, 中文 first; merged into i18n under `trends`.
export const trendsZh = {
  tab: '趋势',
};

export const trendsEn: typeof trendsZh = {
  tab: 'Trends',
};
