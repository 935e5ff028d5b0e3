import { describe, expect, it } from 'vitest';
import { assessCompleteness, completenessIds } from '../../../shared/audit/completeness.ts';
import { paragraphsOf } from '../../../shared/audit/paragraphs.ts';
import { detectTruncation } from '../../../shared/audit/truncation.ts';
import { findHeadings } from '../../../shared/text/outline.ts';

function assess(text: string, year = 2030) {
  return assessCompleteness({ text, year, headings: findHeadings(text) }, paragraphsOf(text, []));
}

const full = [
  '某县2030年法治政府建设年度报告',
  '一、推进法治政府建设的做法与成效',
  '全年制定规范性文件8件,组织执法培训12场。开展执法检查46次。完成合法性审查70件。',
  '二、工作中的短板和原因',
  '基层执法力量不足。原因在于编制紧张。',
  '三、党政主要负责人履行推进法治建设第一责任人职责情况',
  '县长主持召开常务会议4次专题研究法治工作。',
  '四、2031年工作打算',
  '持续深化行政执法改革。',
  '五、其他需要报告的事项',
  '无。',
].join('\n');

describe('completeness: the five contents', () => {
  it('finds each content by its heading, whatever the wording', () => {
    const c = assess(full);
    expect(c.contents.map((x) => [x.id, x.state, x.how])).toEqual([
      ['measures', 'found', 'heading'], ['shortcomings', 'found', 'heading'], ['leadership', 'found', 'heading'],
      ['plans', 'found', 'heading'], ['other', 'found', 'heading'],
    ]);
    expect(full.slice(c.contents[3]!.span!.start, c.contents[3]!.span!.end)).toBe('四、2031年工作打算');
    expect(completenessIds(c)).toEqual({ found: ['measures', 'shortcomings', 'leadership', 'plans', 'other'], missing: [], truncated: false });
  });

  it('finds a content without a heading by a passage of its own', () => {
    const text = [
      '一、加强组织领导',
      '县政府主要负责同志带头履行推进法治建设第一责任人职责。全年主持专题会议3次。听取法治工作汇报2次。',
      '二、深化放管服改革',
      '印发改革方案。开展清理行动。完成事项梳理。',
      '一年来,我县工作虽有进展,但仍存在执法队伍专业化程度不高、基层法治宣传不够深入等问题。这些问题有待进一步研究解决。',
      '下一步,我们将继续加强执法监督。将进一步完善制度。',
    ].join('\n');
    const c = assess(text);
    const state = Object.fromEntries(c.contents.map((x) => [x.id, [x.state, x.how]]));
    expect(state).toEqual({
      measures: ['found', 'passage'], shortcomings: ['found', 'passage'], leadership: ['found', 'passage'],
      plans: ['found', 'passage'], other: ['optional', null],
    });
  });

  it('calls one sentence in passing brief, and brief is missing in the JSON view', () => {
    const text = [
      '一、强化组织领导',
      '印发工作要点。开展督察行动。完成年度考核。',
      '当年工作虽有成效,但仍存在发展不均衡等问题。2031年,我们将继续深化改革,建设法治政府!',
    ].join('\n');
    const c = assess(text);
    const state = Object.fromEntries(c.contents.map((x) => [x.id, x.state]));
    expect(state).toMatchObject({ shortcomings: 'brief', plans: 'brief', leadership: 'missing', other: 'optional' });
    expect(completenessIds(c).missing).toEqual(['shortcomings', 'leadership', 'plans']);
  });

  it('says "unseen", not missing, when the text is cut off', () => {
    const text = '某县2030年法治政府建设报告\n一、主要举措和成效\n全年印发文件5件,开展培训6场,完成审查9件,推动';
    const c = assess(text);
    expect(c.truncated).toBe(true);
    expect(c.contents.filter((x) => x.state === 'unseen').map((x) => x.id)).toEqual(['shortcomings', 'leadership', 'plans']);
    expect(completenessIds(c)).toEqual({ found: ['measures'], missing: [], truncated: true });
  });

  it('does not call a report cut off because its last sentence lacks a full stop after the plans', () => {
    const text = full.replace('持续深化行政执法改革。', '持续深化行政执法改革,充分发挥监督作用').replace(/\n五、.*\n无。$/, '');
    expect(assess(text).truncated).toBe(false);
  });
});

describe('truncation', () => {
  const cut = (text: string) => detectTruncation(text, paragraphsOf(text, [])).truncated;
  it('reads a last sentence without its end, or an ellipsis, as cut off', () => {
    expect(cut('全年开展培训。\n加强执法监督,推进')).toBe(true);
    expect(cut('全年开展培训。\n加强执法监督,开展...')).toBe(true);
    expect(cut('全年开展培训。\n加强执法监督。')).toBe(false);
  });

  it('looks past a signature, a date and page furniture', () => {
    expect(cut('全年开展培训。\n某县人民政府\n2031年2月10日')).toBe(false);
    expect(cut('全年开展培训。\n主办:某县人民政府办公室\n网站标识码:1234567890')).toBe(false);
  });
});
