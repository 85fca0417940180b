import type { ScheduleLine } from './scheduleLines';

/**
 * The schedule as one keyboard grid (WAI-ARIA grid pattern, roving tabindex): one cell is the
 * tab stop and the arrow keys move it. Column 0 is the line's name (a month, the budget, a
 * debt); then its figures. `col` is the column the person asked for: moving up or down through
 * a shorter line (an opened month's budget) keeps it, and each line shows it clamped.
 */
export interface GridCell {
  line: number;
  col: number;
}

/** How many figure columns a line has after its name: a budget line has three buttons. */
export function lastColumn(line: ScheduleLine, figureColumns: number): number {
  return line.kind === 'budget' ? 3 : figureColumns;
}

/** The column a line shows for the asked-for column. */
export function shownColumn(cell: GridCell, line: ScheduleLine, figureColumns: number): number {
  return Math.min(cell.col, lastColumn(line, figureColumns));
}

interface MoveKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Where a key moves the tab stop, or null for a key the grid leaves alone. */
export function gridMove(
  { key, ctrlKey, metaKey }: MoveKey,
  from: GridCell,
  lines: readonly ScheduleLine[],
  figureColumns: number,
): GridCell | null {
  const count = lines.length;
  const line = lines[from.line];
  if (!line || count === 0) return null;
  const here = shownColumn(from, line, figureColumns);
  const toLine = (index: number, col = from.col): GridCell => ({
    line: Math.max(0, Math.min(count - 1, index)),
    col,
  });
  const lastCol = (index: number) => {
    const target = lines[index];
    return target ? lastColumn(target, figureColumns) : 0;
  };
  const whole = ctrlKey || metaKey;
  switch (key) {
    case 'ArrowLeft':
      return { line: from.line, col: Math.max(0, here - 1) };
    case 'ArrowRight':
      return { line: from.line, col: Math.min(lastCol(from.line), here + 1) };
    case 'ArrowUp':
      return toLine(from.line - 1);
    case 'ArrowDown':
      return toLine(from.line + 1);
    case 'Home':
      return whole ? { line: 0, col: 0 } : { line: from.line, col: 0 };
    case 'End':
      return whole
        ? { line: count - 1, col: lastCol(count - 1) }
        : { line: from.line, col: lastCol(from.line) };
    case 'PageUp':
    case 'PageDown':
      return toLine(sameMonthAYearAway(lines, from.line, key === 'PageDown' ? 1 : -1));
    default:
      return null;
  }
}

/**
 * A year on or back: the line of the same month twelve months away, of the same kind (the same
 * debt when that month is opened too), else that month's first line; past either end of the
 * plan (or a month the picked debt is not in), the nearest line that way.
 */
function sameMonthAYearAway(lines: readonly ScheduleLine[], from: number, step: 1 | -1): number {
  const line = lines[from];
  if (!line) return from;
  const target = line.row.month + 12 * step;
  const ofTarget = lines.flatMap((candidate, index) =>
    candidate.row.month === target ? [index] : [],
  );
  const same = ofTarget.find((index) => {
    const candidate = lines[index];
    if (candidate?.kind !== line.kind) return false;
    return candidate.kind !== 'debt' || line.kind !== 'debt' || candidate.debt.id === line.debt.id;
  });
  if (same !== undefined) return same;
  if (ofTarget[0] !== undefined) return ofTarget[0];
  if (step > 0) {
    const later = lines.findIndex((candidate) => candidate.row.month > target);
    return later === -1 ? lines.length - 1 : later;
  }
  let earlier = 0;
  for (const [index, candidate] of lines.entries())
    if (candidate.row.month < target) earlier = index;
  return earlier;
}
