/**
 * The one contract between the renderer and the desktop: every method `window.ashore` offers,
 * with its argument and result types. Main (handlers), preload (bridge) and renderer (callers
 * and the browser-mode implementation) all import it, so a change here is a type error wherever
 * it is not honoured. Values crossing the bridge are plain JSON; money stays a decimal string.
 *
 * This file must not import anything with side effects: the sandboxed preload bundles it.
 */

export interface AppInfo {
  name: string;
  version: string;
  /** 'desktop' in Electron, 'browser' in browser mode (development and end-to-end tests). */
  shell: 'desktop' | 'browser';
  platform: string;
}

export interface AshoreApi {
  /** Name, version and which shell is running the renderer. */
  getAppInfo(): Promise<AppInfo>;
  /** The operating system's preferred languages (BCP 47), most preferred first. */
  getPreferredLanguages(): Promise<string[]>;
}

export type ApiMethod = keyof AshoreApi;
export type ApiInput<M extends ApiMethod> =
  Parameters<AshoreApi[M]> extends [infer A] ? A : undefined;
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<AshoreApi[M]>>;

/** Every method, listed once, so the preload can build the bridge without knowing the types. */
export const apiMethods = [
  'getAppInfo',
  'getPreferredLanguages',
] as const satisfies readonly ApiMethod[];

// A compile-time check that the list above names every method of the interface.
type Missing = Exclude<ApiMethod, (typeof apiMethods)[number]>;
const everyMethodListed: [Missing] extends [never] ? true : Missing = true;
void everyMethodListed;

/** The IPC channel that carries one method. */
export function channelOf(method: ApiMethod): string {
  return `ashore:${method}`;
}

/** The key under which the preload exposes the API on `window`. */
export const bridgeKey = 'ashore';
