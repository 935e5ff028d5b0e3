// A draggable divider between two panes: drag with the pointer, or focus it and use ←/→ (10 px a press).
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  label: string;
  /** Called with the pointer's horizontal movement since the drag began. */
  onDrag: (dx: number) => void;
  onDragStart?: () => void;
  onReset?: () => void;
  testId?: string;
}

export function Splitter({ label, onDrag, onDragStart, onReset, testId }: Props) {
  const origin = useRef<number | null>(null);
  const down = (e: PointerEvent<HTMLDivElement>) => {
    origin.current = e.clientX;
    e.currentTarget.setPointerCapture(e.pointerId);
    onDragStart?.();
    e.preventDefault();
  };
  const move = (e: PointerEvent<HTMLDivElement>) => {
    if (origin.current !== null) onDrag(e.clientX - origin.current);
  };
  const up = (e: PointerEvent<HTMLDivElement>) => {
    origin.current = null;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const key = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    onDragStart?.();
    onDrag(e.key === 'ArrowLeft' ? -10 : 10);
  };
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      tabIndex={0}
      onPointerDown={down}
      onPointerMove={move}
      onPointerUp={up}
      onPointerCancel={up}
      onKeyDown={key}
      onDoubleClick={onReset}
      data-testid={testId}
    />
  );
}
