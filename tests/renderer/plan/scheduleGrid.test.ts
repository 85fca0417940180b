import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { type GridCell, gridMove } from '../../../src/renderer/plan/schedule/scheduleGrid';
import { TOTAL_COLUMNS, scheduleLines } from '../../../src/renderer/plan/schedule/scheduleLines';
import { issue12Household } from '../issue12Household';

const { schedule } = plan(issue12Household());
const figures = TOTAL_COLUMNS.length;
const press = (key: string, ctrlKey = false) => ({ key, ctrlKey, metaKey: false });

describe('the schedule as a keyboard grid', () => {
  // Month 1 opened: line 1 is month 1, line 2 its budget, lines 3… its debts.
  const lines = scheduleLines(schedule, new Set([1]), null);
  const move = (key: string, from: GridCell, ctrl = false) =>
    gridMove(press(key, ctrl), from, lines, figures);

  it('moves one cell with the arrows and stops at the edges', () => {
    expect(move('ArrowRight', { line: 0, col: 0 })).toEqual({ line: 0, col: 1 });
    expect(move('ArrowRight', { line: 0, col: figures })).toEqual({ line: 0, col: figures });
    expect(move('ArrowLeft', { line: 0, col: 0 })).toEqual({ line: 0, col: 0 });
    expect(move('ArrowUp', { line: 0, col: 2 })).toEqual({ line: 0, col: 2 });
    expect(move('ArrowDown', { line: lines.length - 1, col: 2 })).toEqual({
      line: lines.length - 1,
      col: 2,
    });
  });

  it('keeps the column through the shorter budget line, and leaves it from where it shows', () => {
    // Down from column 5 onto the budget (three buttons), and on: column 5 again.
    const onBudget = move('ArrowDown', { line: 1, col: 5 });
    expect(onBudget).toEqual({ line: 2, col: 5 });
    expect(lines[2]?.kind).toBe('budget');
    expect(move('ArrowDown', { line: 2, col: 5 })).toEqual({ line: 3, col: 5 });
    // Left from the budget's last button (shown for column 5) is its second button.
    expect(move('ArrowLeft', { line: 2, col: 5 })).toEqual({ line: 2, col: 2 });
  });

  it('goes to the ends of a line with Home/End, and of the table with Ctrl', () => {
    expect(move('Home', { line: 4, col: 3 })).toEqual({ line: 4, col: 0 });
    expect(move('End', { line: 2, col: 0 })).toEqual({ line: 2, col: 3 });
    expect(move('Home', { line: 4, col: 3 }, true)).toEqual({ line: 0, col: 0 });
    expect(move('End', { line: 4, col: 3 }, true)).toEqual({
      line: lines.length - 1,
      col: figures,
    });
  });

  it('moves a year with Page Up/Down, to the same month, and stops at the plan’s ends', () => {
    expect(schedule.length).toBeGreaterThan(14);
    const down = move('PageDown', { line: 0, col: 1 });
    expect(down && lines[down.line]?.row.month).toBe(12);
    expect(down && lines[down.line]?.kind).toBe('month');
    expect(down && move('PageUp', down)).toEqual({ line: 0, col: 1 });
    // From the opened month's budget, a year on is that month's line (it is not opened).
    const fromBudget = move('PageDown', { line: 2, col: 1 });
    expect(fromBudget && lines[fromBudget.line]).toMatchObject({ kind: 'month' });
    expect(fromBudget && lines[fromBudget.line]?.row.month).toBe(13);
    const last = lines.length - 1;
    const end = move('PageDown', { line: last - 3, col: 1 });
    expect(end?.line).toBe(last);
  });

  it('leaves every other key to the browser', () => {
    expect(move('Enter', { line: 0, col: 1 })).toBeNull();
    expect(move(' ', { line: 0, col: 1 })).toBeNull();
    expect(move('Tab', { line: 0, col: 1 })).toBeNull();
  });
});
