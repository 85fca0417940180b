import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { productionOrigin } from '../../src/main/appOrigin';
import { appSenderCheck } from '../../src/main/senderCheck';

vi.mock('electron', () => ({}));

const mainFrame = { url: 'app://ashore/index.html' };
const appContents = { mainFrame } as unknown as WebContents;
const check = appSenderCheck(productionOrigin, () => appContents);

function event(sender: unknown, senderFrame: unknown): IpcMainInvokeEvent {
  return { sender, senderFrame } as IpcMainInvokeEvent;
}

describe('appSenderCheck', () => {
  it('trusts the top frame of the app window on app://ashore', () => {
    expect(check(event(appContents, mainFrame))).toBe(true);
  });

  it('refuses subframes, other windows, other origins and vanished frames', () => {
    expect(check(event(appContents, { url: 'app://ashore/index.html' }))).toBe(false);
    expect(check(event({ mainFrame }, mainFrame))).toBe(false);
    const foreign = { url: 'https://example.com/' };
    expect(check(event({ mainFrame: foreign }, foreign))).toBe(false);
    expect(check(event(appContents, null))).toBe(false);
  });

  it('refuses the app frame once it shows another origin', () => {
    const drifted = { url: 'https://example.com/' };
    const contents = { mainFrame: drifted } as unknown as WebContents;
    expect(appSenderCheck(productionOrigin, () => contents)(event(contents, drifted))).toBe(false);
  });

  it('refuses everything while the window does not exist', () => {
    expect(appSenderCheck(productionOrigin, () => undefined)(event(appContents, mainFrame))).toBe(
      false,
    );
  });
});
