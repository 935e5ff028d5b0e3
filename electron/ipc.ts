// Every API method goes through this one wrapper: unknown senders are ignored, payloads validated, then the handler runs.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { methodNames, parseRequest, type ErrorReply, type Handlers } from '../shared/api.ts';
import { toErrorReply } from './errors.ts';

export const channelOf = (method: string) => `api:${method}`;

export function registerIpc(
  handlers: Handlers,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
  onError?: (method: string, reply: ErrorReply) => void,
): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), async (event, payload: unknown) => {
      if (!isTrustedSender(event)) throw new Error('untrusted sender');
      try {
        const handler = handlers[name] as (request: unknown) => unknown;
        return { ok: true, result: await handler(parseRequest(name, payload)) };
      } catch (error) {
        // Errors cross IPC as data so the renderer sees the same shape as over HTTP.
        const { reply } = toErrorReply(error);
        onError?.(name, reply);
        return { ok: false, error: reply };
      }
    });
  }
}

export function sendEvent(target: WebContents | null, event: string, payload: unknown): void {
  if (target && !target.isDestroyed()) target.send(`event:${event}`, payload);
}
