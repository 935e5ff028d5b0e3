// API methods of the reader (issue 5): figure review and side-by-side reading. Spread into shared/api.ts.
export const readerMethods = {} as const;
