// The renderer's one Api client: Electron's preload bridge when present, else the Node host over HTTP.
import { eventNames, methodNames, type Api, type ErrorReply, type EventName, type EventOf, type MethodName } from '../../../shared/api.ts';
import type { ProblemData } from '../../../shared/errors.ts';
import { describeError } from '../i18n/describe.ts';

type Reply = { ok: true; result: unknown } | { ok: false; error: ErrorReply };

/** A failed call: its code and data, and as `message` the words for them in the user's language. */
export class ApiCallError extends Error {
  readonly code: string;
  readonly data: ProblemData;
  /** What the main process said, for a copyable detail. */
  readonly detail: string;
  constructor(error: ErrorReply) {
    super(describeError(error.code, error.data ?? {}, error.message));
    this.code = error.code;
    this.data = error.data ?? {};
    this.detail = error.message;
  }
}

interface Bridge {
  [method: string]: unknown;
  on(event: EventName, listener: (payload: unknown) => void): () => void;
  pathForFile(file: File): string;
}

declare global {
  interface Window {
    nianbao?: Bridge;
  }
}

function unwrap(reply: Reply): unknown {
  if (reply.ok) return reply.result;
  throw new ApiCallError(reply.error);
}

function electronApi(bridge: Bridge): Api {
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = async (request: unknown) => unwrap(await (bridge[name] as (r: unknown) => Promise<Reply>)(request ?? {}));
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => bridge.on(event, listener);
  return api as Api;
}

function httpApi(): Api {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem('nianbao.token', fromHash);
    history.replaceState(null, '', location.pathname + location.search);
  }
  const token = fromHash ?? sessionStorage.getItem('nianbao.token') ?? '';
  const api: Record<string, unknown> = {};
  for (const name of methodNames) {
    api[name] = async (request: unknown) => {
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(request ?? {}),
      });
      return unwrap((await response.json()) as Reply);
    };
  }
  let source: EventSource | null = null;
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`unknown event ${event}`);
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    const handler = (e: MessageEvent<string>) => listener(JSON.parse(e.data));
    source.addEventListener(event, handler);
    return () => source?.removeEventListener(event, handler);
  };
  return api as Api;
}

export const api: Api = window.nianbao ? electronApi(window.nianbao) : httpApi();

/** Where the shell can tell a dropped file's path (Electron), so main reads it; null in a browser. */
export const pathForFile = (file: File): string | null => window.nianbao?.pathForFile(file) ?? null;

export type { MethodName, EventOf };
