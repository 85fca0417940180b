type Fields = Readonly<Record<string, unknown>>;

/** A record as one text: its fields sorted, absent ones and the `ignored` one left out. */
function canonical(record: Fields, ignored?: string): string {
  return JSON.stringify(
    Object.entries(record)
      .filter(([key, value]) => key !== ignored && value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The same fields and values, whatever their order: the same budget item, the same rate change. */
export function sameFields(a: Fields, b: Fields): boolean {
  return canonical(a) === canonical(b);
}

/**
 * The same terms, whatever the status: a proposal already on a debt's list is that one, never
 * a second copy of it.
 */
export function sameTerms(a: Fields, b: Fields): boolean {
  return canonical(a, 'status') === canonical(b, 'status');
}
