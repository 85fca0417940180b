import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { type MenuOptions, installMenu, menuTemplate } from '../../src/main/menu';
import { menuLabels, menuLanguageFromSystem } from '../../src/main/menuLabels';
import { type MenuCommand, menuCommands } from '../../src/shared/contract';

vi.mock('electron', () => ({}));

function options(overrides: Partial<MenuOptions> = {}): MenuOptions {
  return {
    language: 'zh-CN',
    isPackaged: true,
    platform: 'linux',
    sendCommand: vi.fn(),
    quit: vi.fn(),
    ...overrides,
  };
}

/** Every item of the menu, depth first. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function byId(template: MenuItemConstructorOptions[], id: string) {
  const item = items(template).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no menu item ${id}`);
  return item;
}

function click(item: MenuItemConstructorOptions) {
  (item.click as (() => void) | undefined)?.();
}

describe('menuTemplate', () => {
  it('has File, Edit, View and Help, labelled in the chosen language', () => {
    expect(menuTemplate(options()).map((menu) => menu.label)).toEqual([
      '文件',
      '编辑',
      '视图',
      '帮助',
    ]);
    expect(menuTemplate(options({ language: 'en' })).map((menu) => menu.label)).toEqual([
      'File',
      'Edit',
      'View',
      'Help',
    ]);
  });

  it('labels every visible item in one language: no English in the Chinese menu', () => {
    for (const item of items(menuTemplate(options({ isPackaged: false })))) {
      if (item.type === 'separator') continue;
      expect(item.label, JSON.stringify(item)).toBeTruthy();
      // "PDF" is the one Latin word a Chinese label keeps.
      expect(item.label?.replace('PDF', '')).not.toMatch(/[A-Za-z]{2,}/);
      expect(item.label).toMatch(/\p{Script=Han}/u);
    }
  });

  it.each(menuCommands.map((command) => [command]))(
    'sends %s to the renderer when clicked',
    (command: MenuCommand) => {
      const sendCommand = vi.fn();
      const template = menuTemplate(options({ sendCommand }));
      const item = byId(template, command);
      expect(item.label).toBe(menuLabels['zh-CN'][command]);
      click(item);
      expect(sendCommand).toHaveBeenCalledExactlyOnceWith(command);
    },
  );

  it('puts the data commands in File and About and Methodology in Help', () => {
    const [file, , , help] = menuTemplate(options({ language: 'en' }));
    const labels = (menu: MenuItemConstructorOptions | undefined) =>
      (menu?.submenu as MenuItemConstructorOptions[]).flatMap((item) =>
        item.label ? [item.label] : [],
      );
    expect(labels(file)).toEqual([
      'Import Scenario…',
      'Export Backup…',
      'Restore Backup…',
      'Export PDF Plan…',
      'Export for This Lender…',
      'Quit Ashore',
    ]);
    expect(labels(help)).toEqual(['Methodology', 'About Ashore']);
  });

  it('quits from File → Quit', () => {
    const quit = vi.fn();
    click(byId(menuTemplate(options({ quit })), 'quit'));
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('has no Reload, and developer tools only when not packaged', () => {
    const roles = (packaged: boolean) =>
      items(menuTemplate(options({ isPackaged: packaged }))).map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(false)).toContain('toggleDevTools');
    for (const packaged of [true, false]) {
      expect(roles(packaged)).not.toContain('reload');
      expect(roles(packaged)).not.toContain('forceReload');
    }
    expect(roles(true)).toEqual(
      expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']),
    );
  });

  it('on macOS puts About and Quit in the application menu', () => {
    const template = menuTemplate(options({ platform: 'darwin', language: 'en' }));
    expect(template.map((menu) => menu.label)).toEqual([
      'Ashore',
      'File',
      'Edit',
      'View',
      'Window',
      'Help',
    ]);
    const appItems = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(appItems.map((item) => item.id)).toEqual(expect.arrayContaining(['about', 'quit']));
    expect(items([template[1] as MenuItemConstructorOptions]).map((item) => item.id)).not.toContain(
      'quit',
    );
  });
});

describe('installMenu', () => {
  it('builds the template and makes it the application menu', () => {
    const built = { built: true };
    const menu = { buildFromTemplate: vi.fn(() => built), setApplicationMenu: vi.fn() };
    installMenu(menu as never, options({ language: 'en' }));
    expect(menu.buildFromTemplate).toHaveBeenCalledWith(
      expect.arrayContaining([expect.objectContaining({ label: 'File' })]),
    );
    expect(menu.setApplicationMenu).toHaveBeenCalledWith(built);
  });
});

describe('menuLanguageFromSystem', () => {
  it.each([
    [['zh-Hans-CN', 'en-US'], 'zh-CN'],
    [['en-GB', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-TW'], 'zh-CN'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('%j → %s', (preferred, language) => {
    expect(menuLanguageFromSystem(preferred)).toBe(language);
  });
});
