import { describe, expect, it } from 'vitest';
import { PRINT_MONEY_COLUMNS, scheduleParts } from '../../../src/renderer/print/printSchedule';

const ids = (count: number) => Array.from({ length: count }, (_, index) => `d${index + 1}`);

describe('the printed schedule split by debt', () => {
  it('keeps up to six debts and the totals in one table', () => {
    expect(scheduleParts(ids(6))).toEqual([{ debtIds: ids(6), totals: true }]);
  });

  it('splits ten debts into two tables the page holds, the totals closing the last', () => {
    expect(scheduleParts(ids(10))).toEqual([
      { debtIds: ids(7), totals: false },
      { debtIds: ['d8', 'd9', 'd10'], totals: true },
    ]);
  });

  it('for any number of debts: every debt once, in order; no table wider than the page', () => {
    for (let count = 1; count <= 40; count++) {
      const parts = scheduleParts(ids(count));
      expect(parts.flatMap((part) => part.debtIds)).toEqual(ids(count));
      expect(parts.map((part) => part.totals)).toEqual(parts.map((_, i) => i === parts.length - 1));
      for (const part of parts) {
        const columns = part.debtIds.length + (part.totals ? 3 : 0);
        expect(columns).toBeLessThanOrEqual(PRINT_MONEY_COLUMNS);
        expect(columns).toBeGreaterThan(0);
      }
    }
  });
});
