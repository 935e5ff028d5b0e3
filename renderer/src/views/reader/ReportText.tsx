// A report's text with its figures highlighted; web-page junk folded but expandable. Text nodes only.
import { Fragment, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredFigure } from '../../../../shared/api.ts';
import type { JunkRange } from '../../../../shared/text/types.ts';
import { toParagraphs, type Paragraph } from './segments.ts';

interface Props {
  text: string;
  figures: readonly StoredFigure[];
  junk: readonly JunkRange[];
}

export const ReportText = memo(function ReportText({ text, figures, junk }: Props) {
  const paragraphs = toParagraphs(text, figures, junk);
  const blocks: Array<{ junk: boolean; items: Array<Paragraph<StoredFigure>> }> = [];
  for (const p of paragraphs) {
    const last = blocks[blocks.length - 1];
    if (last && last.junk === p.junk) last.items.push(p);
    else blocks.push({ junk: p.junk, items: [p] });
  }
  return (
    <div className="report-text" lang="zh-CN">
      {blocks.map((block, i) =>
        block.junk ? <JunkBlock key={i} text={text} paragraphs={block.items} /> : (
          <Fragment key={i}>{block.items.map((p) => <ParagraphView key={p.start} text={text} paragraph={p} />)}</Fragment>
        ),
      )}
    </div>
  );
});

function ParagraphView({ text, paragraph }: { text: string; paragraph: Paragraph<StoredFigure> }) {
  return (
    <p data-start={paragraph.start}>
      {paragraph.runs.map((run) =>
        run.figure ? (
          <mark
            key={run.start}
            className={`figure kind-${run.figure.kind}${run.figure.qualifier ? ' hedged' : ''}`}
            data-figure-id={run.figure.id}
            data-start={run.start}
            title={`${run.figure.indicator}: ${run.figure.value}${run.figure.unit}`}
          >
            {text.slice(run.start, run.end)}
          </mark>
        ) : (
          <Fragment key={run.start}>{text.slice(run.start, run.end)}</Fragment>
        ),
      )}
    </p>
  );
}

function JunkBlock({ text, paragraphs }: { text: string; paragraphs: Array<Paragraph<StoredFigure>> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className={`junk${open ? ' open' : ''}`}>
      <button className="junk-toggle" onClick={() => setOpen(!open)}>
        {t('reader.junkFolded', { count: paragraphs.length })} · {open ? t('reader.junkHide') : t('reader.junkShow')}
      </button>
      {open && paragraphs.map((p) => <p key={p.start}>{text.slice(p.start, p.end)}</p>)}
    </div>
  );
}
