import { describe, expect, it, vi } from 'vitest';

const BrowserWindow = vi.hoisted(() =>
  vi.fn(function (this: Record<string, unknown>, options: unknown) {
    this['options'] = options;
    this['once'] = vi.fn();
    this['loadURL'] = vi.fn(() => Promise.resolve());
  }),
);
vi.mock('electron', () => ({ BrowserWindow }));

const { createMainWindow } = await import('../../src/main/window');

describe('createMainWindow', () => {
  it('creates the window with the secure preferences and loads the app entry', () => {
    const window = createMainWindow({
      preloadPath: '/app/out/preload/index.cjs',
      url: 'app://ashore/index.html',
    }) as unknown as {
      options: { show: boolean; webPreferences: Record<string, unknown> };
      loadURL: ReturnType<typeof vi.fn>;
    };
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(window.loadURL).toHaveBeenCalledWith('app://ashore/index.html');
  });
});
