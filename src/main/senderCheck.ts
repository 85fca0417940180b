import type { WebContents } from 'electron';
import { type TrustedOrigin, isAppUrl } from './appOrigin';
import type { SenderCheck } from './ipc';

/**
 * A sender is trusted when it is the top-level frame of the app's own window and that frame
 * shows the app's own origin. Subframes, other windows and other origins are not.
 */
export function appSenderCheck(
  trusted: TrustedOrigin,
  getAppContents: () => WebContents | undefined,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    const contents = getAppContents();
    if (!frame || !contents || event.sender !== contents) return false;
    if (frame !== contents.mainFrame) return false;
    return isAppUrl(frame.url, trusted);
  };
}
