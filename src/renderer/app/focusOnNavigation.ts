import { type MouseEvent, useCallback, useEffect, useRef } from 'react';
import type { Route } from './routes';

/** The page's main region, focused by the skip link and, without a heading, after navigating. */
const mainId = 'main';

/**
 * Moves focus to the main content without touching the URL: the router reads the fragment, so
 * a plain `href="#main"` would leave the current page for the overview.
 */
export function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById(mainId)?.focus();
}

/**
 * After a change of section (not on the first paint, where the browser's own start point is
 * right), focus moves to the new page's heading so a keyboard or screen-reader user hears where
 * they are and Tab continues inside the page rather than back in the navigation. Pages load
 * lazily, so the shell only decides; `PageArrival`, rendered with the page inside its Suspense
 * boundary, moves focus once the page (and its heading) is really there.
 */
export function useArrivalFocus(route: Route): (arrived: Route) => void {
  const start = useRef({ route, left: false });
  return useCallback((arrived: Route) => {
    const first = start.current;
    // The first page, even when StrictMode runs its effects twice, keeps the browser's focus.
    if (!first.left && arrived === first.route) return;
    first.left = true;
    focusHeading();
  }, []);
}

/** Mounted with each page (the shell remounts it per route): reports that the page is shown. */
export function PageArrival({
  route,
  onArrive,
}: {
  route: Route;
  onArrive: (arrived: Route) => void;
}): null {
  useEffect(() => onArrive(route), [route, onArrive]);
  return null;
}

function focusHeading(): void {
  const main = document.getElementById(mainId);
  const heading = main?.querySelector<HTMLElement>('h1');
  if (heading) {
    // A heading is not focusable by default; -1 lets a script focus it without adding a Tab stop.
    heading.tabIndex = -1;
    heading.focus();
  } else {
    main?.focus();
  }
}
