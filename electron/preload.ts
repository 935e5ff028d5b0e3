// The renderer's only door to the main process: one named function per API method, nothing raw.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { eventNames, methodNames, type ErrorReply, type EventName } from '../shared/api.ts';

type Reply = { ok: true; result: unknown } | { ok: false; error: ErrorReply };

const bridge: Record<string, unknown> = {};
for (const name of methodNames) {
  bridge[name] = (request: unknown) => ipcRenderer.invoke(`api:${name}`, request) as Promise<Reply>;
}
bridge.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!eventNames.includes(event)) throw new Error(`unknown event ${event}`);
  const wrapped = (_: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(`event:${event}`, wrapped);
  return () => ipcRenderer.removeListener(`event:${event}`, wrapped);
};
// Dropped files: their paths, so main can read them (File.path is gone from Electron). Main imports by path only
// what the user chose, so the path of a real dropped File is granted to it here.
bridge.pathForFile = (file: File) => {
  const path = webUtils.getPathForFile(file);
  if (path) void ipcRenderer.invoke('shell:grant-dropped', path);
  return path;
};

contextBridge.exposeInMainWorld('nianbao', bridge);
