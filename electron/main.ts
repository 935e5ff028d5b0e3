// The Electron main process: one window, menus, dialogs, security. Everything else lives in the service.
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openLibrary } from './library/open.ts';
import { resolveLibraryPath } from './library/location.ts';
import { createHandlers } from './service.ts';
import { registerIpc, sendEvent } from './ipc.ts';
import { contentSecurityPolicy, secureWebPreferences } from './security.ts';
import { buildMenu } from './menu.ts';

const rendererIndex = join(__dirname, '../renderer/index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
let mainWindow: BrowserWindow | null = null;

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
    if (url.startsWith('https://')) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(rendererUrl);
  return win;
}

app.enableSandbox();
app.whenReady().then(() => {
  let db;
  const libraryPath = resolveLibraryPath(process.argv);
  try {
    db = openLibrary(libraryPath);
  } catch (error) {
    dialog.showErrorBox('年报工作台无法打开资料库', (error as Error).message);
    app.exit(1);
    return;
  }
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] } });
  });

  const handlers = createHandlers(db, {
    libraryPath,
    emit: (event, payload) => sendEvent(mainWindow?.webContents ?? null, event, payload),
    pickImportPaths: async (folders) => {
      const result = await dialog.showOpenDialog(mainWindow!, {
        title: '导入报告',
        properties: folders ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
        filters: folders ? [] : [{ name: '报告', extensions: ['txt', 'html', 'htm', 'docx', 'pdf'] }],
      });
      return result.canceled ? [] : result.filePaths;
    },
  });
  registerIpc(handlers, (event) => event.senderFrame?.url === rendererUrl || event.senderFrame?.url.startsWith(`${rendererUrl}#`) === true);
  Menu.setApplicationMenu(buildMenu(() => mainWindow));
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
  app.on('will-quit', () => db.close());
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
