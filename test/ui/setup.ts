// What jsdom lacks and the renderer uses: ResizeObserver (layout is not computed here, so it never fires).
import '../../renderer/src/i18n/index.ts';

class InertResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= InertResizeObserver as unknown as typeof ResizeObserver;
