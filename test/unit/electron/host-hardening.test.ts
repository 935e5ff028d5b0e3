// Issue 10 items 5 and 8 (host side): strict "Bearer " parsing, malformed %-escapes, base64 only, typed error codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAppHost } from '../../../electron/app-host.ts';
import type { RunningHost } from '../../../electron/host.ts';
import { docxBomb } from '../../fixtures/hostile/zip.ts';

function call(host: RunningHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers: { 'content-type': 'application/json', ...options.headers } }, (res) => {
      let data = '';
      res.on('data', (c) => (data += c));
      res.on('end', () => {
        let json: unknown = data;
        try {
          json = JSON.parse(data || 'null');
        } catch {
          // static files answer text
        }
        resolve({ status: res.statusCode ?? 0, json });
      });
    });
    req.on('error', reject);
    req.end(options.method === 'GET' ? undefined : (options.body ?? '{}'));
  });
}

describe('the browser host, probed as an attacker would', () => {
  let host: RunningHost;
  const auth = () => ({ authorization: `Bearer ${host.token}` });
  beforeAll(async () => {
    host = await startAppHost({ libraryPath: join(mkdtempSync(join(tmpdir(), 'nianbao-host-')), 'library.sqlite') });
  });
  afterAll(() => host.close());

  it('accepts the token only after exactly "Bearer "', async () => {
    expect((await call(host, '/api/library.info', { headers: auth() })).status).toBe(200);
    for (const authorization of [host.token, `bearer ${host.token}`, `Bearer  ${host.token}`, `Basic ${host.token}`, `Bearer ${host.token} x`, `xBearer ${host.token}`]) {
      expect((await call(host, '/api/library.info', { headers: { authorization } })).status, authorization).toBe(401);
    }
  });

  it('answers 400, not 500, to a malformed %-escape', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%ZZ.js']) {
      const res = await call(host, path, { method: 'GET' });
      expect(res.status, path).toBe(400);
      expect(res.json).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
  });

  it('refuses import.file data that is not base64, and imports nothing', async () => {
    for (const data of ['not base64!', '某某县2023年报告', 'QUJD=x', '@@@@']) {
      const res = await call(host, '/api/import.file', { headers: auth(), body: JSON.stringify({ name: 'a.txt', data }) });
      expect(res.status, data).toBe(400);
      expect(res.json).toMatchObject({ ok: false, error: { code: 'bad-request', data: { method: 'import.file', field: 'data' } } });
    }
    const info = await call(host, '/api/library.info', { headers: auth() });
    expect(info.json).toMatchObject({ result: { reportCount: 0 } });
  });

  it('refuses a zip bomb sent as import.file with a typed reason and its limit, and stays up', async () => {
    const bomb = await docxBomb(400 * 1024 * 1024);
    const res = await call(host, '/api/import.file', { headers: auth(), body: JSON.stringify({ name: 'bomb.docx', data: bomb.toString('base64') }) });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ ok: true, result: { status: 'failed', reason: 'too-large', detail: { measure: 'unpacked', limitMb: 24 } } });
    expect((await call(host, '/api/library.info', { headers: auth() })).status).toBe(200);
  });

  it('answers errors as a typed code plus data', async () => {
    const res = await call(host, '/api/reports.get', { headers: auth(), body: '{"id":99}' });
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ ok: false, error: { code: 'not-found', data: { id: 99 } } });
  });
});
