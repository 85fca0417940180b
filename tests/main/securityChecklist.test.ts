import { describe, expect, it, vi } from 'vitest';

// Gaps the other main-process tests leave: the print window's preferences, and the exact set
// of preferences (a new key such as enableBlinkFeatures must be a deliberate, reviewed change).
const BrowserWindow = vi.hoisted(() =>
  vi.fn(function (this: Record<string, unknown>, options: unknown) {
    this['options'] = options;
    this['once'] = vi.fn();
    this['loadURL'] = vi.fn(() => Promise.resolve());
  }),
);
vi.mock('electron', () => ({ BrowserWindow }));

const { createPrintWindow } = await import('../../src/main/window');
const { secureWebPreferences } = await import('../../src/main/security');

describe('security checklist: webPreferences', () => {
  it('are exactly the reviewed set, nothing more', () => {
    expect(secureWebPreferences('/p.cjs')).toStrictEqual({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it('the hidden print window gets the same preferences as the main window', () => {
    const window = createPrintWindow({
      preloadPath: '/app/out/preload/index.cjs',
      url: 'app://ashore/index.html#/print/zh-CN',
    }) as unknown as { options: { show: boolean; webPreferences: unknown } };
    expect(window.options.show).toBe(false);
    expect(window.options.webPreferences).toStrictEqual(
      secureWebPreferences('/app/out/preload/index.cjs'),
    );
  });
});
