import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultWindowState } from '../../src/main/windowState';
import {
  type TrackedWindow,
  loadWindowState,
  rememberWindowState,
  windowStateFileName,
} from '../../src/main/windowStateStore';

vi.mock('electron', () => ({}));

type Listener = () => void;

function fakeWindow(bounds = { x: 10, y: 20, width: 1100, height: 700 }) {
  const listeners = new Map<string, Listener[]>();
  const window = {
    bounds,
    maximized: false,
    on: vi.fn((name: string, listener: Listener) => {
      listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      return window;
    }),
    getNormalBounds: () => window.bounds,
    isMaximized: () => window.maximized,
    emit(name: string) {
      for (const listener of listeners.get(name) ?? []) listener();
    },
  };
  return window;
}

const asTracked = (window: ReturnType<typeof fakeWindow>) => window as unknown as TrackedWindow;

let folder: string;
let file: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ashore-window-'));
  file = join(folder, windowStateFileName);
});
afterEach(async () => {
  vi.useRealTimers();
  await rm(folder, { recursive: true, force: true });
});

describe('loadWindowState', () => {
  it('gives the defaults without a file, and for a corrupt one', async () => {
    expect(await loadWindowState(file)).toEqual(defaultWindowState);
    await writeFile(file, '{"width": 12');
    expect(await loadWindowState(file)).toEqual(defaultWindowState);
  });

  it.skipIf(process.platform === 'win32')(
    'gives the defaults for a FIFO in its place, without waiting for a writer',
    async () => {
      const fifo = join(dirname(file), 'fifo-state.json');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      expect(await loadWindowState(fifo)).toEqual(defaultWindowState);
    },
    5_000,
  );
});

describe('rememberWindowState', () => {
  it('writes once after a burst of moves settles, atomically', async () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    const writers = { write: vi.fn(async () => undefined), writeSync: vi.fn() };
    rememberWindowState(asTracked(window), file, 500, writers);
    for (let step = 0; step < 20; step += 1) {
      window.bounds = { ...window.bounds, x: 10 + step };
      window.emit('move');
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(writers.write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(writers.write).toHaveBeenCalledTimes(1);
    expect(writers.write).toHaveBeenCalledWith(file, expect.stringContaining('"x":29'));
  });

  it('keeps the maximized flag with the normal bounds', async () => {
    const window = fakeWindow();
    rememberWindowState(asTracked(window), file, 0);
    window.maximized = true;
    window.emit('maximize');
    await vi.waitFor(async () =>
      expect(await loadWindowState(file)).toEqual({
        x: 10,
        y: 20,
        width: 1100,
        height: 700,
        maximized: true,
      }),
    );
    // Through a temporary file renamed over the target: nothing else is left in the folder.
    expect(await readdir(folder)).toEqual([windowStateFileName]);
  });

  it('writes synchronously when the window closes, cancelling the pending write', async () => {
    vi.useFakeTimers();
    const window = fakeWindow();
    rememberWindowState(asTracked(window), file, 500);
    window.bounds = { x: 300, y: 200, width: 1000, height: 700 };
    window.emit('resize');
    window.emit('close');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ x: 300, width: 1000 });
    expect(await readdir(folder)).toEqual([windowStateFileName]);
  });

  it('survives an unwritable folder', async () => {
    const window = fakeWindow();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    rememberWindowState(asTracked(window), join(folder, 'missing', 'state.json'), 0);
    window.emit('resize');
    await vi.waitFor(() => expect(warn).toHaveBeenCalledTimes(1));
    expect(() => window.emit('close')).not.toThrow();
    expect(warn).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
