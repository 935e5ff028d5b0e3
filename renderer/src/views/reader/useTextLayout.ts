// Where the text's offsets are on screen. The text is laid out by window: only the blocks near the viewport are
// in the page (all of them for a report of ordinary length), the others have an estimated height until seen.
import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';
import { useVirtualizer, type VirtualItem, type Virtualizer } from '@tanstack/react-virtual';
import type { ReaderModel, TextBlock } from './model.ts';
import { paragraphIndexAt, type Span } from './segments.ts';

/** Up to this many characters a report is laid out whole: selection and measuring stay exact, and it is cheap. */
export const WHOLE_TEXT_LIMIT = 150_000;
const LINE_HEIGHT = 16 * 1.8;
const PARAGRAPH_GAP = 16 * 0.85;
const FOLDED_JUNK = 44;
/** The text column's widest measure (40em of 16px). */
const MEASURE = 640;

export interface TextLayout {
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  /** The blocks to render now, with their positions: all of them for a report of ordinary length. */
  items: () => VirtualItem[];
  /** The y of an offset in the scroller's content, or null before the text is laid out. */
  yOf: (offset: number) => number | null;
  /** The scrollTop that shows span at the top or centre. */
  topFor: (span: Span, block: 'center' | 'start') => number | null;
  /** Scrolls so that span is seen; corrects once more on the next frame, when its block has been measured. */
  scrollTo: (span: Span, block: 'center' | 'start') => void;
}

export function useTextLayout(model: ReaderModel, scroller: RefObject<HTMLDivElement | null>, textTop: RefObject<HTMLDivElement | null>): TextLayout {
  const { blocks, paragraphs } = model;
  const whole = model.report.text.length <= WHOLE_TEXT_LIMIT;
  const [margin, setMargin] = useState(0);
  const [charsPerLine, setCharsPerLine] = useState(40);

  useLayoutEffect(() => {
    const el = textTop.current;
    const scroll = scroller.current;
    if (!el || !scroll) return;
    const measure = () => {
      // a hidden tab has no layout: keep the last one, so showing it again costs nothing
      if (el.offsetParent === null) return;
      setMargin(el.offsetTop);
      setCharsPerLine(Math.max(8, Math.floor(Math.min(el.clientWidth || MEASURE, MEASURE) / 16.2)));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroll);
    return () => observer.disconnect();
  }, [scroller, textTop]);

  const estimate = useCallback(
    (i: number) => {
      const b: TextBlock | undefined = blocks[i];
      if (!b) return LINE_HEIGHT;
      if (b.junk) return FOLDED_JUNK;
      return Math.max(1, Math.ceil((b.end - b.start) / charsPerLine)) * LINE_HEIGHT + PARAGRAPH_GAP;
    },
    [blocks, charsPerLine],
  );

  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scroller.current,
    estimateSize: estimate,
    getItemKey: (i) => blocks[i]?.start ?? i,
    scrollMargin: margin,
    overscan: 6,
  });

  const yOf = useCallback(
    (offset: number): number | null => {
      if (!scroller.current) return null;
      const p = paragraphIndexAt(paragraphs, offset);
      if (p < 0) return margin;
      let lo = 0;
      let hi = blocks.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (blocks[mid]!.from <= p) lo = mid;
        else hi = mid - 1;
      }
      const block = blocks[lo]!;
      const item = virtualizer.measurementsCache[lo];
      if (!item) return null;
      const paragraph = paragraphs[p]!;
      const own = !block.junk && paragraph.end > paragraph.start;
      const fraction = own ? Math.min(1, Math.max(0, (offset - paragraph.start) / (paragraph.end - paragraph.start))) : 0;
      return item.start + fraction * item.size;
    },
    [scroller, paragraphs, blocks, virtualizer, margin],
  );

  const topFor = useCallback(
    (span: Span, block: 'center' | 'start'): number | null => {
      const el = scroller.current;
      const y = yOf(span.start);
      if (!el || y === null) return null;
      const top = block === 'center' ? y - el.clientHeight / 2 + 16 : y - 20;
      const total = Math.max(el.scrollHeight, virtualizer.getTotalSize() + margin);
      return Math.max(0, Math.min(top, total - el.clientHeight));
    },
    [scroller, yOf, virtualizer, margin],
  );

  /** Where an offset is in the page now, measured on its rendered paragraph; null when it is not rendered. */
  const renderedY = useCallback(
    (offset: number): number | null => {
      const el = scroller.current;
      const p = paragraphs[paragraphIndexAt(paragraphs, offset)];
      const node = p && el?.querySelector<HTMLElement>(`p[data-pstart="${p.start}"]`);
      if (!el || !p || !node) return null;
      const top = node.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop;
      const fraction = p.end > p.start ? Math.min(1, Math.max(0, (offset - p.start) / (p.end - p.start))) : 0;
      return top + fraction * node.offsetHeight;
    },
    [scroller, paragraphs],
  );

  const scrollTo = useCallback(
    (span: Span, block: 'center' | 'start') => {
      const el = scroller.current;
      const top = topFor(span, block);
      if (!el || top === null) return;
      el.scrollTop = top;
      // blocks measured after the jump move the target: correct on the next frames from its rendered place
      let frames = 4;
      const correct = () => {
        const y = renderedY(span.start);
        if (y !== null) {
          const want = Math.max(0, Math.min(block === 'center' ? y - el.clientHeight / 2 + 16 : y - 20, el.scrollHeight - el.clientHeight));
          if (Math.abs(want - el.scrollTop) > 2) el.scrollTop = want;
        }
        if (--frames > 0) requestAnimationFrame(correct);
      };
      requestAnimationFrame(correct);
    },
    [scroller, topFor, renderedY],
  );

  // a whole report does not depend on the viewport's size (nor on there being one, as in a test)
  const items = useCallback(() => {
    const virtual = virtualizer.getVirtualItems();
    return whole ? virtualizer.measurementsCache : virtual;
  }, [virtualizer, whole]);

  return { virtualizer, items, yOf, topFor, scrollTo };
}
