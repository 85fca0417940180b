import { describe, expect, it, vi } from 'vitest';
import { type FocusableWindow, claimSingleInstance } from '../../src/main/singleInstance';

vi.mock('electron', () => ({}));

function fakeApp(lockObtained: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    requestSingleInstanceLock: vi.fn(() => lockObtained),
    quit: vi.fn(),
    on: vi.fn((name: string, listener: () => void) => void listeners.set(name, listener)),
    secondLaunch() {
      listeners.get('second-instance')?.();
    },
  };
}

function fakeWindow(minimized: boolean) {
  const calls: string[] = [];
  const window = {
    calls,
    isMinimized: () => minimized,
    restore: vi.fn(() => calls.push('restore')),
    show: vi.fn(() => calls.push('show')),
    focus: vi.fn(() => calls.push('focus')),
  };
  return window;
}

describe('claimSingleInstance', () => {
  it('quits a second process that does not get the lock, and starts nothing', () => {
    const app = fakeApp(false);
    const open = vi.fn();
    const primary = claimSingleInstance(app as never, () => undefined, open);
    expect(primary).toBe(false);
    expect(app.quit).toHaveBeenCalledTimes(1);
    expect(app.on).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('restores, shows and focuses the first window when the app is launched again', () => {
    const app = fakeApp(true);
    const window = fakeWindow(true);
    const open = vi.fn();
    expect(claimSingleInstance(app as never, () => window as FocusableWindow, open)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    app.secondLaunch();
    expect(window.calls).toEqual(['restore', 'show', 'focus']);
    expect(open).not.toHaveBeenCalled();
  });

  it('only focuses a window that is not minimized', () => {
    const app = fakeApp(true);
    const window = fakeWindow(false);
    claimSingleInstance(app as never, () => window as FocusableWindow, vi.fn());
    app.secondLaunch();
    expect(window.calls).toEqual(['show', 'focus']);
  });

  it('opens the window again when there is none (macOS keeps the app without windows)', () => {
    const app = fakeApp(true);
    const open = vi.fn();
    claimSingleInstance(app as never, () => undefined, open);
    app.secondLaunch();
    expect(open).toHaveBeenCalledTimes(1);
  });
});
