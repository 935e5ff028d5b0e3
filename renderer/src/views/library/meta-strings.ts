// What detection says about a report's metadata, in the report info dialog; merged into i18n under `meta`.
export const metaZh = {
  yearFrom: {
    title: '依据标题:{{evidence}}',
    'title-delivery': '政府工作报告在次年作出,所述为上一年:{{evidence}}',
    opening: '依据正文开头:{{evidence}}',
    published: '标题和开头没有年份,按发布日期 {{evidence}} 推算',
    body: '依据正文中最常见的年份:{{evidence}}',
    quoted: '年份只见于引用的文件名:{{evidence}}',
    masked: '原文年份被遮盖(20XX),无法判断:{{evidence}}',
    none: '文中没有年份,请填写',
  },
  yearCorrected: '已手动更正(检测结果:{{year}})',
  titleBuilt: '文中没有标题行,标题由地区、年份和类型生成',
  notChinese: '正文不是中文(可能是机器翻译),不计入任何趋势',
  regionUnknown: '文中没有写明地区,请从下方选择或搜索',
};

export const metaEn: typeof metaZh = {
  yearFrom: {
    title: 'From the title: {{evidence}}',
    'title-delivery': 'A work report is delivered the year after the one it covers: {{evidence}}',
    opening: 'From the opening words: {{evidence}}',
    published: 'No year in the title or opening; taken from the publication date {{evidence}}',
    body: 'The commonest year in the text: {{evidence}}',
    quoted: 'The year appears only in a quoted document name: {{evidence}}',
    masked: 'The source masks the year (20XX): {{evidence}}',
    none: 'The text names no year: please enter it',
  },
  yearCorrected: 'Corrected by hand (detected: {{year}})',
  titleBuilt: 'The text has no title line: this title was built from region, year and type',
  notChinese: 'The text is not Chinese prose (perhaps a machine translation); it counts in no trend',
  regionUnknown: 'The text names no region: pick or search one below',
};
