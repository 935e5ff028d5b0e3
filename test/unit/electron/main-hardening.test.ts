// Issue 10 items 2, 6, 8, 9 (the shell): single instance, import only what the user chose, the external-link
// allow-list, crash handlers, and a main-process log that records failures.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronMock, recorded } from './electron-mock.ts';
import { countyReport2023 } from '../../fixtures/library/reports.ts';

vi.mock('electron', () => electronMock);

const trustedEvent = () => ({ senderFrame: { url: recorded.windows[0]!.loaded } });
const call = (method: string, payload: unknown) => recorded.ipcHandlers[`api:${method}`]!(trustedEvent(), payload) as Promise<{ ok: boolean; result?: unknown; error?: { code: string; data: Record<string, unknown> } }>;
const logLines = () => readFileSync(join(recorded.userData, 'logs', 'main.log'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('a second instance of the app', () => {
  it('quits at once without opening the library or a window', async () => {
    recorded.singleInstanceLock = false;
    recorded.userData = mkdtempSync(join(tmpdir(), 'nianbao-userdata-'));
    await import('../../../electron/main.ts');
    await new Promise((r) => setTimeout(r, 20));
    expect(electronMock.app.quit).toHaveBeenCalled();
    expect(recorded.windows).toHaveLength(0);
    expect(recorded.ipcChannels).toHaveLength(0);
    vi.resetModules();
  });
});

describe('the first instance', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nianbao-main-'));
    process.env.NIANBAO_LIBRARY = join(dir, 'library.sqlite');
    recorded.singleInstanceLock = true;
    await import('../../../electron/main.ts');
    await recorded.ready;
    await new Promise((r) => setTimeout(r, 50));
  });

  it('holds the single-instance lock and focuses its window when a second one starts', () => {
    expect(recorded.windows).toHaveLength(1);
    expect(recorded.appHandlers['second-instance']).toBeTypeOf('function');
  });

  it('imports by path only what the user chose in the dialog or dropped', async () => {
    const folder = join(dir, 'chosen');
    mkdirSync(folder);
    writeFileSync(join(folder, 'report.txt'), countyReport2023);
    const secret = join(dir, 'secret.txt');
    writeFileSync(secret, countyReport2023.replace('宁都县', '石城县'));

    for (const path of ['/etc/passwd', secret, folder]) {
      const refused = await call('import.paths', { paths: [path], jobId: 'j1' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'path-not-chosen', data: { path } } });
    }
    electronMock.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    expect(await call('dialog.pickImportPaths', { folders: true })).toMatchObject({ ok: true, result: [folder] });
    expect(await call('import.paths', { paths: [join(folder, 'report.txt')], jobId: 'j2' })).toMatchObject({ ok: true, result: { imported: 1 } });
    // a file in the chosen folder that fails: the import goes on, and the log records the failure
    writeFileSync(join(folder, 'empty.txt'), '');
    expect(await call('import.paths', { paths: [folder], jobId: 'j2b' })).toMatchObject({ ok: true, result: { failed: 1, duplicates: 1 } });
    expect(logLines().find((l) => l.event === 'import-failed')).toMatchObject({ file: 'empty.txt', reason: 'empty' });
    expect(await call('import.paths', { paths: [secret], jobId: 'j3' })).toMatchObject({ ok: false, error: { code: 'path-not-chosen' } });

    // a drop: the preload grants the dropped file's path; an untrusted sender grants nothing
    await recorded.ipcHandlers['shell:grant-dropped']!({ senderFrame: { url: 'https://evil.example/' } }, secret);
    expect(await call('import.paths', { paths: [secret], jobId: 'j4' })).toMatchObject({ ok: false });
    await recorded.ipcHandlers['shell:grant-dropped']!(trustedEvent(), secret);
    expect(await call('import.paths', { paths: [secret], jobId: 'j5' })).toMatchObject({ ok: true, result: { imported: 1 } });
  });

  it('opens only allow-listed https links outside the app', () => {
    const open = recorded.windows[0]!.windowOpen!;
    electronMock.shell.openExternal.mockClear();
    for (const url of ['https://evil.example/', 'http://www.gov.cn/', 'https://gov.cn.evil.example/', 'https://user@www.gov.cn/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(open({ url })).toEqual({ action: 'deny' });
    }
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled();
    open({ url: 'https://www.gov.cn/zhengce/' });
    open({ url: 'https://gov.cn/' });
    expect(electronMock.shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('reloads a crashed renderer, and logs crashes of any process', () => {
    const win = recorded.windows[0]!;
    expect(win.handlers['render-process-gone']).toBeTypeOf('function');
    win.handlers['render-process-gone']!({}, { reason: 'crashed', exitCode: 139 });
    expect(recorded.appHandlers['child-process-gone']).toBeTypeOf('function');
    recorded.appHandlers['child-process-gone']!({}, { type: 'GPU', reason: 'oom', exitCode: 1 });
    expect(process.listenerCount('uncaughtException')).toBeGreaterThan(0);
    const events = logLines().map((l) => l.event);
    expect(events).toContain('render-process-gone');
    expect(events).toContain('child-process-gone');
  });

  it('keeps a log in the user data folder with every failed call, shown in the about panel', async () => {
    await call('reports.get', { id: 4242 });
    const failed = logLines().find((l) => l.event === 'call-failed' && l.method === 'reports.get');
    expect(failed).toMatchObject({ level: 'error', code: 'not-found' });
    expect(logLines().find((l) => l.event === 'started')).toBeDefined();
    const about = await call('library.about', {});
    expect(about).toMatchObject({ ok: true, result: { logPath: join(recorded.userData, 'logs', 'main.log'), appVersion: '0.1.0' } });
    expect(existsSync((about.result as { logPath: string }).logPath)).toBe(true);
  });
});
