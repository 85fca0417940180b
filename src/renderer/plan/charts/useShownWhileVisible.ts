import { type RefObject, startTransition, useEffect, useState } from 'react';

/** How far outside the screen a chart still counts as near: it is kept up to date there too. */
const NEAR_MARGIN = '200px';

/** Whether the element intersects the screen grown by `margin`, as an IntersectionObserver says. */
function useIntersecting(ref: RefObject<Element | null>, margin: string): boolean {
  const [intersecting, setIntersecting] = useState(true);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setIntersecting(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin]);
  return intersecting;
}

/**
 * The value while the element is on screen; near the screen, the value a moment later; farther
 * off, the value it last showed. A chart scrolled out of view then does not redraw on every
 * edit — it catches up when it comes back into view — and a chart just below the fold redraws
 * after the one being looked at has painted, not in the same render: redrawing charts is the
 * costliest part of an update, and the chart in view is the one the person waits for.
 */
export function useShownWhileVisible<T>(value: T, ref: RefObject<Element | null>): T {
  const inView = useIntersecting(ref, '0px');
  const near = useIntersecting(ref, NEAR_MARGIN);
  const [shown, setShown] = useState(value);

  // Derived state, updated during render (React's documented pattern for it).
  if (inView && shown !== value) setShown(value);

  useEffect(() => {
    if (inView || !near || shown === value) return;
    // A task of its own, after this render's paint; a transition, so typing can interrupt it.
    const timer = setTimeout(() => startTransition(() => setShown(value)));
    return () => clearTimeout(timer);
  }, [inView, near, shown, value]);

  return inView ? value : shown;
}
