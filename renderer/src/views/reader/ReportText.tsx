// A report's text with its figures highlighted; web-page junk folded but expandable. Text nodes only: the text
// is cut at offsets into runs (plain or figure) and pieces (decorations), never parsed as markup. Only the blocks
// the layout puts in the window are rendered.
import { Fragment, memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewedFigure } from '../../../../shared/api-parts/reader.ts';
import { decorationKey, piecesOf, type Decoration, type Paragraph, type Piece } from './segments.ts';
import type { TextBlock } from './model.ts';
import type { TextLayout } from './useTextLayout.ts';

interface Props {
  text: string;
  paragraphs: ReadonlyArray<Paragraph<ReviewedFigure>>;
  blocks: readonly TextBlock[];
  layout: TextLayout;
  /** Per paragraph, in the same order. */
  decorations: ReadonlyArray<readonly Decoration[]>;
  /** The figure stepped to with the keyboard or clicked: outlined. */
  activeFigureId: number | null;
}

const NONE: readonly Decoration[] = [];

export function ReportText({ text, paragraphs, blocks, layout, decorations, activeFigureId }: Props) {
  const { virtualizer } = layout;
  const margin = virtualizer.options.scrollMargin;
  return (
    <div className="report-text" lang="zh-CN" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {layout.items().map((item) => {
        const block = blocks[item.index]!;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="text-block"
            style={{ transform: `translateY(${item.start - margin}px)` }}
          >
            {block.junk ? (
              <JunkBlock text={text} paragraphs={paragraphs.slice(block.from, block.to)} />
            ) : (
              <BlockParagraph text={text} paragraph={paragraphs[block.from]!} decorations={decorations[block.from] ?? NONE} activeFigureId={activeFigureId} />
            )}
          </div>
        );
      })}
    </div>
  );
}

function BlockParagraph({ text, paragraph, decorations, activeFigureId }: { text: string; paragraph: Paragraph<ReviewedFigure>; decorations: readonly Decoration[]; activeFigureId: number | null }) {
  const active = activeFigureId !== null && paragraph.runs.some((r) => r.figure?.id === activeFigureId) ? activeFigureId : null;
  return <ParagraphView text={text} paragraph={paragraph} decorations={decorations} decoKey={decorationKey(decorations)} activeFigureId={active} />;
}

function PieceView({ text, piece }: { text: string; piece: Piece }) {
  const content = text.slice(piece.start, piece.end);
  return piece.className ? <span className={piece.className}>{content}</span> : <>{content}</>;
}

interface ParagraphProps {
  text: string;
  paragraph: Paragraph<ReviewedFigure>;
  decorations: readonly Decoration[];
  decoKey: string;
  activeFigureId: number | null;
}

const ParagraphView = memo(
  function ParagraphView({ text, paragraph, decorations, activeFigureId }: ParagraphProps) {
    const heading = paragraph.headingLevel;
    return (
      <p
        className={heading ? `heading h${heading}` : undefined}
        role={heading ? 'heading' : undefined}
        aria-level={heading ?? undefined}
        data-pstart={paragraph.start}
        data-pend={paragraph.end}
      >
        {paragraph.runs.map((run) => {
          const pieces = piecesOf(run, decorations);
          const content = pieces.map((piece) => <PieceView key={piece.start} text={text} piece={piece} />);
          if (!run.figure) return <Fragment key={run.start}>{content}</Fragment>;
          const f = run.figure;
          const classes = ['figure', `kind-${f.kind}`];
          if (f.qualifier) classes.push('hedged');
          if (f.review) classes.push(`review-${f.review}`);
          if (f.id === activeFigureId) classes.push('active');
          return (
            <mark key={run.start} className={classes.join(' ')} data-figure-id={f.id} data-start={f.start} data-end={f.end}>
              {content}
            </mark>
          );
        })}
      </p>
    );
  },
  (a, b) => a.paragraph === b.paragraph && a.text === b.text && a.decoKey === b.decoKey && a.activeFigureId === b.activeFigureId,
);

function JunkBlock({ text, paragraphs }: { text: string; paragraphs: Array<Paragraph<ReviewedFigure>> }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className={`junk${open ? ' open' : ''}`} data-pstart={paragraphs[0]!.start} data-pend={paragraphs[paragraphs.length - 1]!.end}>
      <button className="junk-toggle" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('reader.junkFolded', { count: paragraphs.length })} · {open ? t('reader.junkHide') : t('reader.junkShow')}
      </button>
      {open && paragraphs.map((p) => <p key={p.start} data-pstart={p.start} data-pend={p.end}>{text.slice(p.start, p.end)}</p>)}
    </div>
  );
}
