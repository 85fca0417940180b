import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  MENU_COMMAND_MAX_WAIT_MS,
  createMenuCommandQueue,
  watchMenuListener,
} from '../../src/main/menuCommandQueue';
import { menuCommandChannel } from '../../src/shared/contract';
import { fakeWebContents } from './electronMock';

vi.mock('electron', () => ({}));

function page() {
  let destroyed = false;
  return {
    send: vi.fn(),
    isDestroyed: () => destroyed,
    destroy: () => (destroyed = true),
  };
}

const sent = (target: ReturnType<typeof page>) =>
  target.send.mock.calls.map(([channel, command]) => {
    expect(channel).toBe(menuCommandChannel);
    return command as string;
  });

describe('menu commands chosen before the page listens', () => {
  it('are kept and delivered in order once the page is ready', () => {
    const queue = createMenuCommandQueue();
    queue.send('importScenario');
    queue.send('exportPdf');
    const target = page();
    queue.rendererReady(target);
    expect(sent(target)).toEqual(['importScenario', 'exportPdf']);
    queue.send('about');
    expect(sent(target)).toEqual(['importScenario', 'exportPdf', 'about']);
  });

  it('wait again while the page reloads, and go to the new page', () => {
    const queue = createMenuCommandQueue();
    const contents = fakeWebContents();
    watchMenuListener(contents as unknown as WebContents, queue);
    const first = page();
    queue.rendererReady(first);
    // A hash route change is the same page: delivery goes on.
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: true });
    queue.send('about');
    expect(sent(first)).toEqual(['about']);
    // A reload replaces the page; its listeners are gone until the new preload says ready.
    contents.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false });
    queue.send('exportBackup');
    expect(sent(first)).toEqual(['about']);
    const second = page();
    queue.rendererReady(second);
    expect(sent(second)).toEqual(['exportBackup']);
  });

  it('wait while the renderer has crashed or the window is gone', () => {
    for (const gone of ['render-process-gone', 'destroyed']) {
      const queue = createMenuCommandQueue();
      const contents = fakeWebContents();
      watchMenuListener(contents as unknown as WebContents, queue);
      const target = page();
      queue.rendererReady(target);
      contents.emit(gone);
      queue.send('restoreBackup');
      expect(target.send).not.toHaveBeenCalled();
    }
    const queue = createMenuCommandQueue();
    const closed = page();
    queue.rendererReady(closed);
    closed.destroy();
    queue.send('methodology');
    expect(closed.send).not.toHaveBeenCalled();
    const next = page();
    queue.rendererReady(next);
    expect(sent(next)).toEqual(['methodology']);
  });

  it('drop a command that waited too long to act by surprise', () => {
    let clock = 0;
    const queue = createMenuCommandQueue(() => clock);
    queue.send('exportPdf');
    clock += MENU_COMMAND_MAX_WAIT_MS + 1;
    queue.send('about');
    const target = page();
    queue.rendererReady(target);
    expect(sent(target)).toEqual(['about']);
  });
});
