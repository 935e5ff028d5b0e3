// What the main process does when something dies: log it, bring a crashed window back, keep the library safe.
import type { App, BrowserWindow, Details, RenderProcessGoneDetails } from 'electron';
import type { MainLog } from '../log/main-log.ts';

/** An uncaught error is logged and told (`notify`); the library needs no rescue: every write is a transaction. */
export function watchProcess(log: MainLog, notify?: (error: unknown) => void): void {
  process.on('uncaughtException', (error) => {
    log.error('uncaught-exception', { error });
    notify?.(error);
  });
  process.on('unhandledRejection', (reason) => log.error('unhandled-rejection', { error: reason }));
}

export function watchApp(app: App, log: MainLog): void {
  app.on('child-process-gone', (_event, details: Details) => log.error('child-process-gone', { ...details }));
}

export function watchWindow(win: BrowserWindow, log: MainLog): void {
  win.webContents.on('render-process-gone', (_event, details: RenderProcessGoneDetails) => {
    log.error('render-process-gone', { ...details });
    // a crashed or killed renderer is reloaded: the library lives in main and lost nothing
    if (details.reason !== 'clean-exit' && !win.isDestroyed()) win.webContents.reload();
  });
  win.webContents.on('unresponsive', () => log.error('renderer-unresponsive'));
}
