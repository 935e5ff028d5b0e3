// Keys in the library list: ↑/↓ move between report rows (scrolling the virtual list to rows not yet rendered),
// Enter opens the focused report, Ctrl/⌘+Enter opens it beside the open ones.
import type { KeyboardEvent } from 'react';
import type { Virtualizer } from '@tanstack/react-virtual';

/** Every row of the paged list is a report (group headings sit inside rows): `count` rows in all. */
export function useRowKeys(count: number, virtualizer: Virtualizer<HTMLDivElement, Element>, openAt: (index: number, beside: boolean) => void) {
  const focusRow = (list: HTMLElement, index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    const focus = (tries: number) => {
      const button = list.querySelector<HTMLElement>(`[data-index="${index}"] .library-open`);
      if (button) button.focus({ preventScroll: true });
      else if (tries > 0) requestAnimationFrame(() => focus(tries - 1));
    };
    focus(5);
  };
  return (e: KeyboardEvent<HTMLElement>) => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || !(e.target as HTMLElement).classList.contains('library-open')) return;
    const at = Number(row.dataset.index);
    if (e.key === 'Enter') {
      e.preventDefault();
      openAt(at, e.ctrlKey || e.metaKey);
      return;
    }
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = at + step;
    if (next >= 0 && next < count) focusRow(e.currentTarget, next);
  };
}
