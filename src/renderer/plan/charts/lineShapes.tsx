import { Curve, LineDrawShape, type LineDrawShapeProps } from 'recharts';

/**
 * A line drawn as recharts' own shape draws it when it does not animate, but without the ref
 * recharts hands the shape. recharts measures each line's path through that ref (SVG
 * getTotalLength, which lays the page out first if it must) on every render, for the entrance
 * animation that draws a line from left to right. A line that does not animate needs no
 * measuring: on the overview of a household with 24 months of payments, a load and six payments
 * measured 250 paths, for 30–38 ms.
 */
function UnmeasuredLine({
  pathRef: _measured,
  visibleLength: _visible,
  animationElapsedTime: _elapsed,
  isAnimating: _animating,
  isEntrance: _entrance,
  connectNulls = false,
  ...curve
}: LineDrawShapeProps) {
  return <Curve {...curve} connectNulls={connectNulls} />;
}

/**
 * How a line is drawn, animated or not, as one pair of recharts Line props: whether it animates,
 * and the shape that measures its path only then. Spread onto the Line: `{...lineDrawing(animate)}`.
 */
export function lineDrawing(animate: boolean) {
  return { isAnimationActive: animate, shape: animate ? LineDrawShape : UnmeasuredLine };
}

/** Nothing drawn, for a line recharts needs only as an item (an axis' reach, a tooltip's point). */
export function NoLine() {
  return null;
}
