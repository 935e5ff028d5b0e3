// The library list's sort, grouping and search text, 中文 first; merged into i18n under `libraryList`.
export const libraryListZh = {
  searchPlaceholder: '搜索全文,如 行政复议',
  sortBy: '排序',
  sorts: { region: '按地区', year: '按年份', type: '按类型', figures: '按数字多少', imported: '按导入时间' },
  ascending: '升序',
  descending: '降序',
  flipDirection: '切换升序/降序',
  searchHits: '{{count}} 份报告含“{{query}}”',
  searching: '正在搜索…',
  loadingRow: '载入中',
  importedOn: '{{date}} 导入',
  yearGroup: '{{year}}年',
  noFigures: '没有数字',
};

export const libraryListEn = {
  searchPlaceholder: 'Search the full text, e.g. 行政复议',
  sortBy: 'Sort',
  sorts: { region: 'By region', year: 'By year', type: 'By type', figures: 'By figures', imported: 'By import time' },
  ascending: 'Ascending',
  descending: 'Descending',
  flipDirection: 'Reverse the order',
  searchHits_one: '{{count}} report contains “{{query}}”',
  searchHits_other: '{{count}} reports contain “{{query}}”',
  searching: 'Searching…',
  loadingRow: 'Loading',
  importedOn: 'Imported {{date}}',
  yearGroup: '{{year}}',
  noFigures: 'No figures',
};
