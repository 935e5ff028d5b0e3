// Every API method goes through this one wrapper: unknown senders are ignored, payloads validated, then the handler runs.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { ApiError, methodNames, parseRequest, type Handlers } from '../shared/api.ts';

export const channelOf = (method: string) => `api:${method}`;

export function registerIpc(handlers: Handlers, isTrustedSender: (event: IpcMainInvokeEvent) => boolean): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), async (event, payload: unknown) => {
      if (!isTrustedSender(event)) throw new Error('untrusted sender');
      try {
        const handler = handlers[name] as (request: unknown) => unknown;
        return { ok: true, result: await handler(parseRequest(name, payload)) };
      } catch (error) {
        // Errors cross IPC as data so the renderer sees the same shape as over HTTP.
        const code = error instanceof ApiError ? error.code : 'error';
        return { ok: false, error: { code, message: (error as Error).message } };
      }
    });
  }
}

export function sendEvent(target: WebContents | null, event: string, payload: unknown): void {
  if (target && !target.isDestroyed()) target.send(`event:${event}`, payload);
}
