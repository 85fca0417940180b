import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, UiLanguage } from '../shared/contract';
import { menuLabels } from './menuLabels';

export interface MenuOptions {
  language: UiLanguage;
  /** Packaged builds get no developer tools item. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  /** Asks the renderer to carry out a command (the actions live there, next to the data). */
  sendCommand: (command: MenuCommand) => void;
  quit: () => void;
}

/**
 * The application menu, every label in one language. There is deliberately no Reload: reloading
 * while the page writes to its database could cut a write short. Items that act on the user's
 * data only send a command; the renderer shows the same confirmations as its own buttons.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = menuLabels[options.language];
  const mac = options.platform === 'darwin';
  const command = (name: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    id: name,
    label: labels[name],
    ...(accelerator ? { accelerator } : {}),
    click: () => options.sendCommand(name),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Ashore',
    submenu: [
      command('about'),
      { type: 'separator' },
      { role: 'services', label: labels.services },
      { type: 'separator' },
      { role: 'hide', label: labels.hide },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      { type: 'separator' },
      { id: 'quit', label: labels.quit, accelerator: 'Command+Q', click: options.quit },
    ],
  };

  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: labels.file,
    submenu: [
      command('importScenario', 'CmdOrCtrl+O'),
      { type: 'separator' },
      command('exportBackup', 'CmdOrCtrl+S'),
      command('restoreBackup'),
      { type: 'separator' },
      command('exportPdf', 'CmdOrCtrl+P'),
      command('exportLenderPacket'),
      // macOS quits from the application menu.
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            { id: 'quit', label: labels.quit, accelerator: 'Ctrl+Q', click: options.quit },
          ]),
    ],
  };

  // Roles keep the system's behaviour (and text fields' undo); the labels are ours.
  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      { type: 'separator' },
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      { role: 'selectAll', label: labels.selectAll },
    ],
  };

  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: labels.view,
    submenu: [
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { role: 'resetZoom', label: labels.resetZoom },
      { type: 'separator' },
      { role: 'togglefullscreen', label: labels.toggleFullScreen },
      ...(options.isPackaged
        ? []
        : [
            { type: 'separator' } as const,
            { id: 'toggleDevTools', role: 'toggleDevTools', label: labels.toggleDevTools } as const,
          ]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    label: labels.window,
    submenu: [
      { role: 'minimize', label: labels.minimize },
      { role: 'close', label: labels.close },
    ],
  };

  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: labels.help,
    role: 'help',
    submenu: [command('methodology'), ...(mac ? [] : [command('about')])],
  };

  return [...(mac ? [appMenu] : []), file, edit, view, ...(mac ? [windowMenu] : []), help];
}

/** Builds the menu in `language` and makes it the application menu (again, on a change). */
export function installMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  options: MenuOptions,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(menuTemplate(options)));
}
