export type RegionLevel = 'province' | 'city' | 'district' | 'county' | 'township';

/** Every kind of document, in the order the interface lists them. */
export const DOC_TYPES = ['法治政府建设报告', '政府工作报告', '统计公报', '政府信息公开年报', 'other'] as const;

export type DocType = (typeof DOC_TYPES)[number];

export interface RegionCandidate {
  name: string;
  /** GB/T 2260 six-digit code; a township (镇, 乡, 街道) has the nine-digit statistical code. */
  code: string;
  level: RegionLevel;
  /** Higher levels, province first: ['江西省', '赣州市']. */
  parents: string[];
}

/** Why the year covered is what it is, so that the user can judge it. */
export type YearSource =
  | 'title' // the title names the year: 上犹县2024年法治政府建设情况报告
  | 'title-delivery' // a 政府工作报告 titled (or delivered) in the following year: 2023年政府工作报告 → 2022
  | 'opening' // the first sentence: 2024年,许昌市… / 2023年以来,…
  | 'published' // no year in title or opening: the publication year minus one
  | 'body' // the commonest year of the body
  | 'quoted' // only a quoted document name carries a year: 《2020年…工作计划》
  | 'masked' // the source masks the year (20XX): no year
  | 'none'; // no year anywhere

// detectMeta fills every field. The optional ones are absent from metadata stored before they existed
// (the reports table keeps the ReportMeta as JSON): read a missing one as false / unknown.
export interface ReportMeta {
  title: string | null;
  /** The text has no title line: `title` was built from region, year and kind (区域 · 年份 · 类型). */
  titleBuilt?: boolean;
  region: string | null;
  regionCode: string | null;
  parents: string[];
  level: RegionLevel | null;
  /** The year the report covers, not the year it was published. */
  year: number | null;
  yearSource?: YearSource;
  /** The words the year was read from (a title, the opening words, a date), short; null when none. */
  yearEvidence?: string | null;
  /** ISO date 'YYYY-MM-DD' (or 'YYYY-MM' / 'YYYY' when that is all the text says). */
  published: string | null;
  issuer: string | null;
  docType: DocType;
  /** The page is not Chinese prose (an English machine translation, a page of Latin text): it counts in no trend. */
  notChinese?: boolean;
  /** More than one region fits the text's clues equally well: the user picks. Empty when resolved. */
  regionCandidates: RegionCandidate[];
}
