// The one stand-in for the Electron module, which cannot run here: it records what main.ts asks of it.
import { vi } from 'vitest';

export const recorded = {
  windows: [] as Array<{ options: Record<string, unknown>; handlers: Record<string, (...args: unknown[]) => void>; windowOpen?: (d: { url: string }) => unknown; loaded?: string }>,
  permissionRequest: undefined as undefined | ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void),
  permissionCheck: undefined as undefined | (() => boolean),
  ipcChannels: [] as string[],
  ipcHandlers: {} as Record<string, (event: unknown, payload: unknown) => unknown>,
  singleInstanceLock: true,
  userData: '',
  sandboxEnabled: false,
  appHandlers: {} as Record<string, (...args: unknown[]) => void>,
  ready: Promise.resolve(),
};

class BrowserWindow {
  static getAllWindows = () => [];
  webContents: Record<string, unknown>;
  constructor(options: Record<string, unknown>) {
    const entry: (typeof recorded.windows)[number] = { options, handlers: {} };
    recorded.windows.push(entry);
    this.webContents = {
      on: (event: string, handler: (...args: unknown[]) => void) => (entry.handlers[event] = handler),
      setWindowOpenHandler: (handler: (d: { url: string }) => unknown) => (entry.windowOpen = handler),
      send: vi.fn(),
      reload: vi.fn(),
      isDestroyed: () => false,
    };
    Object.assign(this, { loadURL: async (url: string) => (entry.loaded = url), isDestroyed: () => false, isMinimized: () => false, focus: vi.fn() });
  }
}

export const electronMock = {
  app: {
    enableSandbox: () => (recorded.sandboxEnabled = true),
    whenReady: () => recorded.ready,
    on: (event: string, handler: (...args: unknown[]) => void) => (recorded.appHandlers[event] = handler),
    quit: vi.fn(),
    exit: vi.fn(),
    requestSingleInstanceLock: () => recorded.singleInstanceLock,
    getPath: () => recorded.userData,
    getVersion: () => '0.1.0',
  },
  BrowserWindow,
  dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn(), showMessageBoxSync: vi.fn() },
  Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn(() => ({})) },
  shell: { openExternal: vi.fn() },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => {
      recorded.ipcChannels.push(channel);
      recorded.ipcHandlers[channel] = handler;
    },
  },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof recorded.permissionRequest) => (recorded.permissionRequest = h),
      setPermissionCheckHandler: (h: typeof recorded.permissionCheck) => (recorded.permissionCheck = h),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  },
};
