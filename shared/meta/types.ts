export type RegionLevel = 'province' | 'city' | 'district' | 'county' | 'township';

export type DocType = '法治政府建设报告' | '政府工作报告' | '统计公报' | 'other';

export interface RegionCandidate {
  name: string;
  /** GB/T 2260 six-digit code. */
  code: string;
  level: RegionLevel;
  /** Higher levels, province first: ['江西省', '赣州市']. */
  parents: string[];
}

export interface ReportMeta {
  title: string | null;
  region: string | null;
  regionCode: string | null;
  parents: string[];
  level: RegionLevel | null;
  /** The year the report covers, not the year it was published. */
  year: number | null;
  /** ISO date 'YYYY-MM-DD' (or 'YYYY-MM' / 'YYYY' when that is all the text says). */
  published: string | null;
  issuer: string | null;
  docType: DocType;
  /** More than one region fits the text's clues equally well: the user picks. Empty when resolved. */
  regionCandidates: RegionCandidate[];
}
