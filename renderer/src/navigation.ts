// What moves between the places of the window: the reader's focus and the trend view's request.
export interface ReaderFocus {
  reportId: number;
  start: number;
  end: number;
  /** Changes on every request, so asking twice for the same span flashes it again. */
  nonce: number;
}

export interface TrendRequest {
  /** An indicator id from the dictionary, or `label:<phrase>` for an unmatched indicator. */
  indicator: string;
  /** Region codes (or names where a report has no code). */
  regions: string[];
}
