// The same API over HTTP on 127.0.0.1, for the renderer in a browser and for end-to-end tests.
// A per-run token keeps other local pages out; the Host header check keeps DNS rebinding out.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { isMethodName, parseRequest, type ErrorReply, type EventName, type EventOf, type Handlers } from '../shared/api.ts';
import { contentSecurityPolicy } from './security.ts';
import { toErrorReply } from './errors.ts';

export interface HostOptions {
  /** Built renderer (dist/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  makeHandlers: (emit: <E extends EventName>(event: E, payload: EventOf<E>) => void) => Handlers;
  /** Told of every failed call (the log). */
  onError?: (method: string, reply: ErrorReply) => void;
}

export interface RunningHost {
  url: string;
  /** The URL to open: carries the token in its fragment, which browsers never send to a server. */
  appUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const MAX_BODY_BYTES = 40 * 1024 * 1024;

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const listeners = new Set<ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: EventOf<E>) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const res of listeners) res.write(frame);
  };
  const handlers = options.makeHandlers(emit);
  let port = 0;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const { status, reply } = toErrorReply(error);
      options.onError?.(req.url ?? '', reply);
      if (!res.headersSent) sendJson(res, status, { ok: false, error: reply });
      else res.end();
    });
  });

  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!allowedHosts().includes(req.headers.host ?? '')) return sendJson(res, 421, { ok: false, error: { code: 'host', data: {}, message: 'wrong host' } });
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendJson(res, 400, { ok: false, error: { code: 'bad-request', data: { field: 'path' }, message: 'malformed %-escape in the path' } });
    }
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) return sendJson(res, 401, unauthorized);
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    if (url.pathname.startsWith('/api/')) return handleApi(req, res, url.pathname.slice('/api/'.length));
    return serveStatic(res, pathname);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    const bearer = /^Bearer ([A-Za-z0-9_-]+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
    if (!tokenMatches(bearer, token)) return sendJson(res, 401, unauthorized);
    const origin = req.headers.origin;
    if (origin && !allowedHosts().some((h) => origin === `http://${h}`)) return sendJson(res, 403, { ok: false, error: { code: 'origin', data: {}, message: 'wrong origin' } });
    if (req.method !== 'POST') return sendJson(res, 405, { ok: false, error: { code: 'method', data: {}, message: 'POST only' } });
    if (!isMethodName(name)) return sendJson(res, 404, { ok: false, error: { code: 'no-method', data: { method: name }, message: `no API method ${name}` } });
    let payload: unknown;
    try {
      payload = JSON.parse((await readBody(req)) || '{}');
    } catch (error) {
      return sendJson(res, 400, { ok: false, error: { code: 'bad-request', data: { field: 'body' }, message: (error as Error).message } });
    }
    try {
      const request = parseRequest(name, payload);
      const handler = handlers[name] as (r: unknown) => unknown;
      const result = await handler(request);
      sendJson(res, 200, { ok: true, result });
    } catch (error) {
      const { status, reply } = toErrorReply(error);
      options.onError?.(name, reply);
      sendJson(res, status, { ok: false, error: reply });
    }
  }

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(pathname === '/' ? '/index.html' : pathname).replace(/^([/\\])+/, '');
    const file = join(options.staticDir, relative);
    if (!file.startsWith(options.staticDir + sep)) return sendJson(res, 404, { ok: false });
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    appUrl: `${url}/#token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of listeners) res.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const unauthorized = { ok: false, error: { code: 'unauthorized', data: {}, message: 'missing or wrong token' } };

function tokenMatches(given: string | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
