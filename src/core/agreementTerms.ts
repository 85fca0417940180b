/** An agreement's terms as one text: its fields sorted, its status and absent fields left out. */
function canonical(agreement: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(
    Object.entries(agreement)
      .filter(([key, value]) => key !== 'status' && value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/**
 * The same terms, whatever the status: a proposal already on a debt's list is that one, never
 * a second copy of it.
 */
export function sameTerms(
  a: Readonly<Record<string, unknown>>,
  b: Readonly<Record<string, unknown>>,
): boolean {
  return canonical(a) === canonical(b);
}
