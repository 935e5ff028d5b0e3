import { beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { methodNames } from '../../../shared/api.ts';
import { contentSecurityPolicy } from '../../../electron/security.ts';
import { electronMock, recorded } from './electron-mock.ts';

vi.mock('electron', () => electronMock);

describe('the Electron window', () => {
  beforeAll(async () => {
    process.env.NIANBAO_LIBRARY = join(mkdtempSync(join(tmpdir(), 'nianbao-main-')), 'library.sqlite');
    recorded.userData = mkdtempSync(join(tmpdir(), 'nianbao-userdata-'));
    await import('../../../electron/main.ts');
    await recorded.ready;
    await new Promise((r) => setTimeout(r, 50));
  });

  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    expect(recorded.sandboxEnabled).toBe(true);
    expect(recorded.windows).toHaveLength(1);
    const prefs = recorded.windows[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false });
    expect(String(prefs.preload)).toMatch(/preload\.cjs$/);
  });

  it('denies navigation, new windows and permission requests', () => {
    const win = recorded.windows[0]!;
    const event = { preventDefault: vi.fn() };
    win.handlers['will-navigate']!(event, 'https://example.org');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(win.windowOpen!({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    let granted: boolean | undefined;
    recorded.permissionRequest!({}, 'geolocation', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(recorded.permissionCheck!()).toBe(false);
  });

  it('has a strict content security policy', () => {
    expect(contentSecurityPolicy).toContain("default-src 'self'");
    expect(contentSecurityPolicy).toContain("script-src 'self'");
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
    expect(contentSecurityPolicy).toContain("object-src 'none'");
  });

  it('registers one IPC channel per API method and the drop grant, nothing else', () => {
    expect(recorded.ipcChannels.sort()).toEqual([...methodNames.map((m) => `api:${m}`), 'shell:grant-dropped'].sort());
  });
});
