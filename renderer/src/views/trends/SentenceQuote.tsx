// A figure's sentence exactly as the report has it, the figure marked: split at offsets, rendered as text.
import type { FigureSource } from '../../../../shared/trends/types.ts';

export function SentenceQuote({ source, className = 'sentence-quote' }: { source: FigureSource; className?: string }) {
  const from = source.start - source.sentenceStart;
  const to = source.end - source.sentenceStart;
  const inside = from >= 0 && to <= source.sentence.length && source.sentence.slice(from, to) === source.text;
  return (
    <q className={className} lang="zh-CN">
      {inside ? (
        <>
          {source.sentence.slice(0, from)}
          <mark>{source.sentence.slice(from, to)}</mark>
          {source.sentence.slice(to)}
        </>
      ) : (
        source.sentence
      )}
    </q>
  );
}
