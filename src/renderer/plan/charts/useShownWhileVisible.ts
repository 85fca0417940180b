import { type RefObject, useEffect, useState } from 'react';

/**
 * The value while the element is on screen (or near it); off screen, the value it last showed.
 * A chart scrolled out of view then does not redraw on every edit — it catches up when it comes
 * back into view. Redrawing charts is the costliest part of an update.
 */
export function useShownWhileVisible<T>(value: T, ref: RefObject<Element | null>): T {
  const [visible, setVisible] = useState(true);
  const [shown, setShown] = useState(value);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => setVisible(entries.some((entry) => entry.isIntersecting)),
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);

  // Derived state, updated during render (React's documented pattern for it).
  if (visible && shown !== value) setShown(value);
  return visible ? value : shown;
}
