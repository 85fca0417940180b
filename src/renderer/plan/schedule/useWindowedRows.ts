import { type UIEvent, useCallback, useEffect, useRef, useState } from 'react';

/**
 * Windowing for a long table with rows of one fixed height inside a scroll container: only the
 * rows in view (plus a margin) are rendered, and spacer rows keep the scroll height true. 600
 * months × 20 debts would otherwise be tens of thousands of cells.
 */
export function useWindowedRows(count: number, rowHeight: number, overscan = 6) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const observer = new ResizeObserver(() =>
      setView({ top: container.scrollTop, height: container.clientHeight }),
    );
    observer.observe(container);
    return () => observer.disconnect();
  }, []);

  const onScroll = useCallback((event: UIEvent<HTMLDivElement>) => {
    const { scrollTop, clientHeight } = event.currentTarget;
    setView({ top: scrollTop, height: clientHeight });
  }, []);

  const scrollToRow = useCallback(
    (index: number) => {
      containerRef.current?.scrollTo({ top: index * rowHeight });
    },
    [rowHeight],
  );

  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  return {
    containerRef,
    onScroll,
    scrollToRow,
    first,
    last,
    padTop: first * rowHeight,
    padBottom: Math.max(0, count - last) * rowHeight,
  };
}
