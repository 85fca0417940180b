import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../../src/renderer/app/whenIdle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('whenIdle', () => {
  it("waits for the page's idle moment, at most the time given, and can be called off", () => {
    const pending = new Map<number, () => void>();
    const request = vi.fn((run: () => void) => {
      pending.set(pending.size + 1, run);
      return pending.size;
    });
    vi.stubGlobal('requestIdleCallback', request);
    vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle));
    const run = vi.fn();
    const cancel = whenIdle(run, 500);
    expect(request).toHaveBeenCalledWith(run, { timeout: 500 });
    expect(run).not.toHaveBeenCalled();
    cancel();
    expect(pending.size).toBe(0);
  });

  it('runs in the next task where the browser has no idle callbacks', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const run = vi.fn();
    whenIdle(run, 500);
    expect(run).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledOnce();
    const cancelled = vi.fn();
    whenIdle(cancelled, 500)();
    vi.runAllTimers();
    expect(cancelled).not.toHaveBeenCalled();
  });
});
