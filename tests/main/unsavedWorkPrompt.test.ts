import { describe, expect, it, vi } from 'vitest';
import { fakeEvent, fakeWebContents } from './electronMock';

const dialog = vi.hoisted(() => ({ showMessageBoxSync: vi.fn() }));
vi.mock('electron', () => ({ dialog }));

const { askBeforeClosingWithUnsavedWork } = await import('../../src/main/unsavedWorkPrompt');

function windowWithUnsavedWork(language: 'zh-CN' | 'en') {
  const webContents = fakeWebContents();
  const window = { webContents };
  askBeforeClosingWithUnsavedWork(window as never, () => language);
  return webContents;
}

describe('closing the window with unsaved work', () => {
  it('asks natively, in the UI language, and closes when the person chooses Close', () => {
    const webContents = windowWithUnsavedWork('zh-CN');
    dialog.showMessageBoxSync.mockReturnValueOnce(0);
    const event = fakeEvent();
    webContents.emit('will-prevent-unload', event);
    expect(dialog.showMessageBoxSync).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ buttons: ['关闭', '留下'], cancelId: 1 }),
    );
    expect(event.defaultPrevented).toBe(true);
  });

  it('stays open when the person chooses Stay (or presses Escape)', () => {
    const webContents = windowWithUnsavedWork('en');
    dialog.showMessageBoxSync.mockReturnValueOnce(1);
    const event = fakeEvent();
    webContents.emit('will-prevent-unload', event);
    expect(dialog.showMessageBoxSync).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ buttons: ['Close', 'Stay'] }),
    );
    expect(event.defaultPrevented).toBe(false);
  });
});
