import { useSyncExternalStore } from 'react';

/** The sections of the app. Later features add theirs here and in the navigation. */
export const routes = [
  'home',
  'budget',
  'debts',
  'strategies',
  'negotiation',
  'payments',
  'schedule',
  'data',
  'settings',
] as const;
/** Sections reached from elsewhere (Help menu, Settings), not listed in the navigation. */
export const secondaryRoutes = ['methodology', 'plans'] as const;
export type Route = (typeof routes)[number] | (typeof secondaryRoutes)[number];
const knownRoutes: readonly string[] = [...routes, ...secondaryRoutes];

function routeFromHash(hash: string): Route {
  // A section may carry more after a slash (#/negotiation/<debtId>): the first part names it.
  const name = hash.replace(/^#\/?/, '').split('/')[0] ?? '';
  return knownRoutes.includes(name) ? (name as Route) : 'home';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The current section, from the URL fragment: in-page navigation survives a reload and never
 * counts as leaving the page (which the desktop shell forbids).
 */
export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => routeFromHash(window.location.hash));
}

export function hrefOf(route: Route): string {
  return `#/${route}`;
}
