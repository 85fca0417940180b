import { type FocusEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type GridCell, gridMove, shownColumn } from './scheduleGrid';
import type { ScheduleLine } from './scheduleLines';

interface Window {
  /** The first line drawn, and one past the last (the table is windowed). */
  first: number;
  last: number;
  scrollToRow: (line: number) => void;
}

/**
 * The schedule's one tab stop, moved by the keys (WAI-ARIA grid, roving tabindex). A cell is
 * an element with `data-cell` (its column) in a row with `aria-rowindex` (its line + 2).
 */
export function useScheduleGrid(
  lines: readonly ScheduleLine[],
  figureColumns: number,
  { first, last, scrollToRow }: Window,
) {
  const tableRef = useRef<HTMLTableElement>(null);
  const [asked, setAsked] = useState<GridCell>({ line: 0, col: 0 });
  const focusMoved = useRef(false);
  const active = { line: Math.min(asked.line, Math.max(0, lines.length - 1)), col: asked.col };
  // The stop is the asked-for cell while its line is drawn, else the first line drawn: the
  // table always has exactly one.
  const stop = active.line >= first && active.line < last ? active : { line: first, col: 0 };
  const stopLine = lines[stop.line];
  const stopCol = stopLine ? shownColumn(stop, stopLine, figureColumns) : 0;

  // After a key moved the stop: focus it once its line is drawn.
  useEffect(() => {
    if (!focusMoved.current || !stopLine || stop.line !== active.line) return;
    const target = tableRef.current?.querySelector<HTMLElement>(
      `tr[aria-rowindex="${stop.line + 2}"] [data-cell="${stopCol}"]`,
    );
    if (!target) return;
    focusMoved.current = false;
    target.focus();
  });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey || event.shiftKey) return;
    const next = gridMove(event, active, lines, figureColumns);
    if (!next) return;
    event.preventDefault();
    focusMoved.current = true;
    setAsked(next);
    // A line outside the drawn window is drawn first, then focused (the effect above).
    if (next.line < first || next.line >= last) scrollToRow(next.line);
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const cell = event.target.closest<HTMLElement>('[data-cell]');
    const rowIndex = cell?.closest('tr')?.getAttribute('aria-rowindex');
    if (!cell || !rowIndex) return;
    const focused = { line: Number(rowIndex) - 2, col: Number(cell.dataset['cell']) };
    // Focus that lands where the asked-for column shows (a budget line's last button after
    // ArrowDown from a later column) keeps the asked-for column for the next line.
    setAsked((current) => {
      const line = lines[focused.line];
      const kept =
        current.line === focused.line &&
        line !== undefined &&
        shownColumn(current, line, figureColumns) === focused.col;
      return kept ? current : focused;
    });
  };

  /** The column of a line that is the tab stop, or null. */
  const stopColumnOf = (line: number) => (line === stop.line ? stopCol : null);
  return { tableRef, onKeyDown, onFocus, stopColumnOf };
}
