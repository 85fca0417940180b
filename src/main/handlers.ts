import type { App } from 'electron';
import type { Handlers } from './ipc';

/** The desktop side of the contract. Each handler receives an argument already validated. */
export function createHandlers(
  app: Pick<App, 'getName' | 'getVersion' | 'getPreferredSystemLanguages'>,
): Handlers {
  return {
    getAppInfo: () => ({
      name: app.getName(),
      version: app.getVersion(),
      shell: 'desktop',
      platform: process.platform,
    }),
    getPreferredLanguages: () => app.getPreferredSystemLanguages(),
  };
}
