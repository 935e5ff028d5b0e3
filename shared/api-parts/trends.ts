// API methods of trends (issue 6): indicators, series, comparisons, claim checks, export. Spread into shared/api.ts.
export const trendMethods = {} as const;
