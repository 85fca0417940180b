import { useState } from 'react';

/**
 * What `make` gives, made again only when `key` — the value's content, as text — changes: the
 * same object otherwise, so what depends on it (a context's readers, a memoised child) is not
 * re-rendered for an equal value. Chart elements kept so are not re-rendered by their chart, and
 * recharts redraws only what its store says changed: an edit's new data reaches every series
 * through the store anyway, so rendering them first with the old data as well was wasted.
 */
export function useKeptWhileSame<T>(key: string, make: () => T): T {
  const [kept, setKept] = useState(() => ({ key, value: make() }));
  if (kept.key === key) return kept.value;
  // Derived state, updated during render (React's documented pattern for it).
  const value = make();
  setKept({ key, value });
  return value;
}
