// Selecting a number in the text offers to add it as a figure: the selection as offsets into the report's text.
import { useEffect, useState, type RefObject } from 'react';
import type { Span } from './segments.ts';

export function useTextSelection(scroller: RefObject<HTMLDivElement | null>) {
  const [selection, setSelection] = useState<{ span: Span; rect: DOMRect } | null>(null);
  useEffect(() => {
    const onChange = () => {
      if (window.getSelection()?.isCollapsed) setSelection(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);
  const onMouseUp = () => {
    window.setTimeout(() => setSelection(readSelection(scroller.current)), 0);
  };
  return { selection, clearSelection: () => setSelection(null), onMouseUp };
}

/** The user's selection as offsets into the report text, when it lies in one paragraph and holds a number. */
export function readSelection(container: HTMLElement | null): { span: Span; rect: DOMRect } | null {
  const selection = window.getSelection();
  if (!container || !selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const paragraphOf = (node: Node) => (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('p[data-pstart]') ?? null;
  const p = paragraphOf(range.startContainer);
  if (!p || p !== paragraphOf(range.endContainer) || !container.contains(p) || p.closest('.junk')) return null;
  const offsetIn = (node: Node, offset: number) => {
    const r = document.createRange();
    r.selectNodeContents(p);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  const base = Number(p.dataset.pstart);
  const raw = range.toString();
  let start = base + offsetIn(range.startContainer, range.startOffset);
  let end = start + raw.length;
  start += raw.length - raw.trimStart().length;
  end -= raw.length - raw.trimEnd().length;
  const chosen = raw.trim();
  if (!chosen || chosen.length > 40 || !/[0-9０-９零〇一二三四五六七八九十百千万亿两]/.test(chosen)) return null;
  return { span: { start, end }, rect: range.getBoundingClientRect() };
}
