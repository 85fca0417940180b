import { describe, expect, it } from 'vitest';
import { overdueDays, overdueDaysOf } from '../../../src/renderer/negotiation/overdueDays';

describe('days overdue', () => {
  it('counts the days from the 逾期开始日期, across a month end', () => {
    expect(overdueDays('2026-11-22', '2026-12-02')).toBe(10);
    expect(overdueDays('2026-12-02', '2026-12-02')).toBe(0);
  });

  it('gives the total plan the debts whose date is known and already past, and no others', () => {
    const debts = [
      { id: 'huabei', overdueSince: '2026-11-22' },
      { id: 'card' },
      { id: 'jiebei', overdueSince: '2026-12-05' },
      { id: 'weili', overdueSince: 'not a date' },
    ];
    expect(overdueDaysOf(debts, '2026-12-02')).toEqual({ huabei: 10 });
  });
});
