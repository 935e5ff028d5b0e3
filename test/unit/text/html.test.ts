import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../shared/text/html.ts';

describe('htmlToText', () => {
  it('keeps text only, drops scripts, styles and the head, turns blocks into lines, decodes entities', () => {
    const html = `<!DOCTYPE html>
<html><head><title>站点标题</title><style>p { color: red }</style><script>var a = "<p>不要</p>";</script></head>
<body>
  <div class="title"><h1>上犹县2024年法治政府建设情况报告</h1></div>
  <p>2024年,上犹县坚持&nbsp;依法行政,
     解决难题200余个&hellip;</p>
  <p>一、主要举措&amp;成效<br>(一)强化政治引领</p>
  <ul><li>第一项</li><li>第二项</li></ul>
  <table><tr><td>指标</td><td>数值</td></tr><tr><td>案件</td><td>86件</td></tr></table>
  <noscript>请启用脚本</noscript>
  <!-- 注释 -->
</body></html>`;
    expect(htmlToText(html)).toBe(
      [
        '上犹县2024年法治政府建设情况报告',
        '',
        '2024年,上犹县坚持 依法行政, 解决难题200余个…',
        '',
        '一、主要举措&成效',
        '(一)强化政治引领',
        '',
        '第一项',
        '',
        '第二项',
        '',
        '指标\t数值',
        '',
        '案件\t86件',
      ].join('\n'),
    );
  });

  it('keeps the line breaks of <pre> and full-width indentation', () => {
    expect(htmlToText('<pre>a\n  b</pre><p>\u3000\u3000正文</p>')).toBe('a\nb\n\n\u3000\u3000正文');
  });

  it('survives broken markup', () => {
    expect(htmlToText('<p>未闭合<div>段落&#x4E00;&#19968;')).toBe('未闭合\n\n段落一一');
  });
});
