/**
 * A legend entry's text in the ink colour, not the series colour recharts gives it: orange or
 * sky blue text on white is about 2.2:1, too faint to read. The swatch beside it keeps the colour.
 */
export function legendLabel(value: string) {
  return <span className="chart-legend-text">{value}</span>;
}
