/**
 * Whether parsed JSON nests deeper than `limit` arrays/objects. Iterative on purpose: hashing
 * and validating walk the document recursively, and a hostile file nested 100,000 deep would
 * overflow the stack there (a RangeError instead of a clear refusal).
 */
export function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}

/** Far deeper than any backup (about 5 levels) or scenario, far shallower than the stack. */
export const MAX_JSON_DEPTH = 64;
