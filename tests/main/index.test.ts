import { describe, expect, it, vi } from 'vitest';

// The whole electron module, faked: the entry point runs its top-level code on import.
const electron = vi.hoisted(() => {
  const order: string[] = [];
  return {
    order,
    app: {
      isPackaged: true,
      getPath: vi.fn((name: string) => `/home/user/.config-${name}`),
      setPath: vi.fn((name: string, path: string) => order.push(`setPath:${name}:${path}`)),
      whenReady: vi.fn(() => {
        order.push('whenReady');
        return new Promise(() => undefined); // never ready: only pre-ready behaviour is tested
      }),
      on: vi.fn(),
      quit: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => {
        order.push('requestSingleInstanceLock');
        return true;
      }),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(() => order.push('registerSchemesAsPrivileged')),
    },
    BrowserWindow: vi.fn(),
    ipcMain: { handle: vi.fn() },
    session: {},
  };
});

vi.mock('electron', () => electron);

describe('the main entry point, before ready', () => {
  it('pins userData and registers the app:// scheme before waiting for ready', async () => {
    await import('../../src/main/index');
    expect(electron.app.setPath).toHaveBeenCalledWith(
      'userData',
      expect.stringMatching(/\.config-appData[\\/]Ashore$/),
    );
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const ready = electron.order.indexOf('whenReady');
    expect(ready).toBeGreaterThan(
      electron.order.findIndex((c) => c.startsWith('setPath:userData')),
    );
    expect(ready).toBeGreaterThan(electron.order.indexOf('registerSchemesAsPrivileged'));
    expect(electron.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
  });

  it('takes the single-instance lock after pinning userData (the lock lives there)', () => {
    const lock = electron.order.indexOf('requestSingleInstanceLock');
    expect(lock).toBeGreaterThan(electron.order.findIndex((c) => c.startsWith('setPath:userData')));
    expect(lock).toBeLessThan(electron.order.indexOf('whenReady'));
    expect(electron.app.on).toHaveBeenCalledWith('second-instance', expect.any(Function));
    expect(electron.app.quit).not.toHaveBeenCalled();
  });

  it('quits at once, opening nothing, when another instance holds the lock', async () => {
    vi.resetModules();
    electron.order.length = 0;
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('../../src/main/index');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    expect(electron.order).not.toContain('whenReady');
  });
});
