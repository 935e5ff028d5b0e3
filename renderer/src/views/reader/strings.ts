// The reader's interface text, 中文 first; merged into i18n under `reader`.
export const readerZh = {
  empty: '从左侧资料库选择一份报告开始阅读;按住 Ctrl/⌘ 点击可在旁边再打开一份',
  openBeside: '在旁边打开',
  close: '关闭',
  loading: '正在打开…',
  junkFolded: '网页杂项 {{count}} 段已折叠',
  junkShow: '展开',
  junkHide: '收起',
  encoding: '编码',
  published: '发布',
  issuer: '发布机构',
  figures: '数字',
};

export const readerEn: typeof readerZh = {
  empty: 'Pick a report in the library to start reading; Ctrl/⌘-click opens another beside it',
  openBeside: 'Open beside',
  close: 'Close',
  loading: 'Opening…',
  junkFolded: '{{count}} web-page blocks folded',
  junkShow: 'Show',
  junkHide: 'Hide',
  encoding: 'Encoding',
  published: 'Published',
  issuer: 'Issued by',
  figures: 'Figures',
};
