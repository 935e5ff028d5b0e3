// The Electron main process: one window, menus, dialogs, security. Everything else lives in the service.
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openLibrary, type Db } from './library/open.ts';
import { resolveLibraryPath } from './library/location.ts';
import { createHandlers } from './service.ts';
import { registerIpc, sendEvent } from './ipc.ts';
import { contentSecurityPolicy, secureWebPreferences } from './security.ts';
import { buildMenu } from './menu.ts';
import { openMainLog } from './log/main-log.ts';
import { isAllowedExternalUrl } from './shell/external-links.ts';
import { ImportGrants } from './shell/import-grants.ts';
import { watchApp, watchProcess, watchWindow } from './shell/crash-handlers.ts';
import { openLibraryOrOfferRestore } from './shell/open-library-dialog.ts';

const rendererIndex = join(__dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let mainWindow: BrowserWindow | null = null;
const log = openMainLog(join(app.getPath('userData'), 'logs'));
watchProcess(log, (error) => {
  if (!app.isReady()) return;
  dialog.showErrorBox(
    '年报工作台出错了 / Nianbao ran into an error',
    `资料库没有受影响,详情已记入日志。\nThe library is not affected; the details are in the log.\n${log.path}\n\n${String(error)}`,
  );
});

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: '年报工作台 Nianbao',
    backgroundColor: '#f6f7f9',
    webPreferences: { ...secureWebPreferences, preload: join(__dirname, 'preload.cjs') },
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
    else log.info('external-link-refused', { url });
    return { action: 'deny' };
  });
  watchWindow(win, log);
  void win.loadURL(rendererUrl);
  return win;
}

// One app per user: a second one would be a second writer on the same library.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.enableSandbox();
  watchApp(app, log);
  app.whenReady().then(start);
}

function start(): void {
  const libraryPath = resolveLibraryPath(process.argv);
  const db: Db | null = openLibraryOrOfferRestore(libraryPath, { open: openLibrary, dialog, log });
  if (!db) {
    app.exit(1);
    return;
  }
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });

  const grants = new ImportGrants();
  const handlers = createHandlers(db, {
    libraryPath,
    log,
    appVersion: app.getVersion(),
    emit: (event, payload) => sendEvent(mainWindow?.webContents ?? null, event, payload),
    allowImportPath: (path) => grants.allows(path),
    pickImportPaths: async (folders) => {
      const result = await dialog.showOpenDialog(mainWindow!, {
        title: '导入报告',
        properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
        filters: folders ? [] : [{ name: '报告', extensions: ['txt', 'html', 'htm', 'docx', 'pdf'] }],
      });
      if (result.canceled) return [];
      grants.grant(result.filePaths);
      return result.filePaths;
    },
  });
  const trusted = (event: Electron.IpcMainInvokeEvent) => event.senderFrame?.url === rendererUrl || event.senderFrame?.url.startsWith(`${rendererUrl}#`) === true;
  registerIpc(handlers, trusted, (method, reply) => log.error('call-failed', { method, ...reply }));
  // The preload reports the path of each File the user dropped (a page cannot forge such a File).
  ipcMain.handle('shell:grant-dropped', (event, path: unknown) => {
    if (trusted(event) && typeof path === 'string' && path !== '') grants.grant([path]);
  });
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createWindow();
  log.info('started', { libraryPath, version: app.getVersion() });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('will-quit', () => db.close());
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
