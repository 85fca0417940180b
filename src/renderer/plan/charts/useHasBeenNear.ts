import { type RefObject, useLayoutEffect, useState } from 'react';

/** How far below the screen a chart is drawn ahead of being scrolled to: about a screen. */
const NEAR_PX = 600;

/**
 * Whether the element has yet been on screen or near it. A chart below the fold is drawn only
 * then, so the overview's first load draws the one chart in view rather than all four. A chart
 * already in view is found before the first paint and drawn in the same frame as the page; one
 * only near it is drawn a frame later, when the observer reports it, so the screen the person
 * sees first does not wait for a drawing below it (the 10-debt household's first chart, 600 px
 * below the fold, held the overview's first paint by its whole drawing).
 */
export function useHasBeenNear(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');

  useLayoutEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    if (element.getBoundingClientRect().top < window.innerHeight) {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: `${NEAR_PX}px 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, ref]);

  return near;
}
