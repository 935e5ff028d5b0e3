// The application menu: the renderer's shortcuts, sent as menu commands so they also work from the menu bar.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/api.ts';

export function buildMenu(window: () => BrowserWindow | null): Menu {
  const send = (command: MenuCommand) => () => window()?.webContents.send('event:menu.command', command);
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '文件',
      submenu: [
        { label: '导入报告…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        { type: 'separator' },
        { role: 'quit', label: '退出' },
      ],
    },
    { label: '编辑', submenu: [{ role: 'copy', label: '复制' }, { role: 'selectAll', label: '全选' }, { label: '查找', accelerator: 'CmdOrCtrl+F', click: send('find') }] },
    { label: '视图', submenu: [{ role: 'resetZoom', label: '实际大小' }, { role: 'zoomIn', label: '放大' }, { role: 'zoomOut', label: '缩小' }, { role: 'togglefullscreen', label: '全屏' }] },
  ];
  return Menu.buildFromTemplate(template);
}
