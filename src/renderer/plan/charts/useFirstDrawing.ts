import { useState } from 'react';

/**
 * Whether the chart is drawing its first data: only that drawing animates. Later data — an
 * edit's re-plan — is drawn at once: an animated transition kept the new figures from view for
 * recharts' 1.5 s, and redrew the whole chart on every frame of it. Empty data (comparisons
 * still coming) is not a drawing.
 */
export function useFirstDrawing<T>(data: T[]): boolean {
  const [first, setFirst] = useState<T[] | null>(null);
  // Derived state, updated during render (React's documented pattern for it).
  if (first === null && data.length > 0) setFirst(data);
  return first === null || first === data;
}
