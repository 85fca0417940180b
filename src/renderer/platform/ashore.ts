import { type AshoreApi, bridgeKey } from '../../shared/contract';
import { browserApi } from './browserApi';

declare global {
  interface Window {
    [bridgeKey]?: AshoreApi;
  }
}

/** The desktop bridge the preload exposed, or the browser implementation of the same contract. */
export const ashore: AshoreApi = window[bridgeKey] ?? browserApi;
