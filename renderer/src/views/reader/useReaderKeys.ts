// The reader's keys, while it is on screen and no sheet is over it: find, switching panes, stepping through
// figures (N/P, J/K, ↓/↑), outline and panel, Esc.
import { useEffect, useRef, type RefObject } from 'react';
import { useApi } from '../../api/context.tsx';
import type { PaneHandle } from './ReaderPane.tsx';

export interface ReaderKeyActions {
  openFind: () => void;
  /** Esc: close find, cards and menus. */
  escape: () => void;
  focusPane: (id: number | undefined) => void;
  toggleKeys: () => void;
}

export const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function useReaderKeys(root: RefObject<HTMLElement | null>, panes: readonly number[], active: number | null, handles: RefObject<Map<number, PaneHandle>>, actions: ReaderKeyActions) {
  const api = useApi();
  const latest = useRef({ panes, active, actions });
  useEffect(() => {
    latest.current = { panes, active, actions };
  });

  useEffect(() => {
    const visible = () => root.current !== null && root.current.offsetParent !== null && !document.querySelector('.sheet-backdrop, .palette-backdrop');
    const onKey = (e: KeyboardEvent) => {
      if (!visible() || e.defaultPrevented) return;
      const { panes, active, actions } = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.altKey && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        actions.openFind();
        return;
      }
      if (e.key === 'Escape') {
        actions.escape();
        return;
      }
      if (mod || isEditable(e.target) || panes.length === 0) return;
      // arrows belong to whatever list or button has the focus outside the text
      const inText = !(e.target instanceof HTMLElement) || e.target === document.body || e.target.closest('.pane-scroll') !== null;
      const at = active === null ? 0 : panes.indexOf(active);
      const handle = active === null ? undefined : handles.current.get(active);
      if (e.altKey && /^Digit[1-4]$/.test(e.code)) actions.focusPane(panes[Number(e.code.slice(5)) - 1]);
      else if (e.altKey) return;
      else if (e.key === ']') actions.focusPane(panes[(at + 1) % panes.length]);
      else if (e.key === '[') actions.focusPane(panes[(at - 1 + panes.length) % panes.length]);
      else if (e.key === 'n' || e.key === 'j' || (e.key === 'ArrowDown' && inText)) handle?.stepFigure(1);
      else if (e.key === 'p' || e.key === 'k' || e.key === 'N' || (e.key === 'ArrowUp' && inText)) handle?.stepFigure(-1);
      else if (e.key === 'o') handle?.toggleOutline();
      else if (e.key === 't') handle?.togglePanel();
      else if (e.key === '?') actions.toggleKeys();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    const off = api.on('menu.command', (command) => command === 'find' && visible() && latest.current.actions.openFind());
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [api, root, handles]);
}
