/** The colour a deficit is drawn in: Okabe–Ito's vermilion. */
export const DEFICIT = '#D55E00';

/**
 * The hatching a deficit is drawn with (the money-split chart's bar, its legend mark): stripes,
 * so it is never only a colour. `size` is the width of one stripe and its gap.
 */
export function DeficitHatch({ id, size }: { id: string; size: number }) {
  return (
    <defs>
      <pattern
        id={id}
        width={size}
        height={size}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={size} height={size} fill="#fdecea" />
        <rect width={size / 2} height={size} fill={DEFICIT} />
      </pattern>
    </defs>
  );
}
