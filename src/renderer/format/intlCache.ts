const made = new Map<string, unknown>();

/**
 * One Intl formatter per language and options, reused for every value: building one is far
 * slower than formatting with it, and the dues list, schedule and charts format hundreds of
 * dates at a time.
 */
export function intlFormatter<T>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}
