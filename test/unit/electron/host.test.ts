import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppHost } from '../../../electron/app-host.ts';
import type { RunningHost } from '../../../electron/host.ts';

function call(host: RunningHost, path: string, headers: Record<string, string>, body = '{}'): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(data || 'null') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser host', () => {
  let host: RunningHost;
  beforeAll(async () => {
    host = await startAppHost({ libraryPath: join(mkdtempSync(join(tmpdir(), 'nianbao-host-')), 'library.sqlite') });
  });
  afterAll(() => host.close());

  it('listens on 127.0.0.1 and carries its token in the URL fragment only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.appUrl).toBe(`${host.url}/#token=${host.token}`);
  });

  it('answers API calls that carry the token', async () => {
    const res = await call(host, '/api/library.info', { authorization: `Bearer ${host.token}` });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: true, result: { reportCount: 0, nativeDialogs: false } });
  });

  it('refuses calls without the token, from another origin, or for another host name', async () => {
    expect((await call(host, '/api/library.info', {})).status).toBe(401);
    expect((await call(host, '/api/library.info', { authorization: 'Bearer nope' })).status).toBe(401);
    expect((await call(host, '/api/library.info', { authorization: `Bearer ${host.token}`, origin: 'http://evil.example' })).status).toBe(403);
    expect((await call(host, '/api/library.info', { authorization: `Bearer ${host.token}`, host: `evil.example:${host.port}` })).status).toBe(421);
  });

  it('validates payloads against the contract and names the field', async () => {
    const res = await call(host, '/api/reports.get', { authorization: `Bearer ${host.token}` }, '{"id":"x"}');
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(JSON.stringify(res.json)).toContain('reports.get: id');
  });
});
