import { describe, expect, it } from 'vitest';
import { addMonths, dayNumber, formatDate, parseDate, parseMonth } from '../../src/core/calendar';
import { Timeline } from '../../src/core/engine/timeline';

const date = (text: string) => {
  const d = parseDate(text);
  if (d === null) throw new Error(text);
  return d;
};

describe('calendar', () => {
  it('knows real days from impossible ones', () => {
    expect(parseDate('2026-02-30')).toBeNull();
    expect(parseDate('2027-02-29')).toBeNull();
    expect(parseDate('2028-02-29')).not.toBeNull();
    expect(parseDate('2100-02-29')).toBeNull();
    expect(parseDate('2000-02-29')).not.toBeNull();
    expect(parseDate('2026-13-01')).toBeNull();
    expect(parseDate('2026-1-01')).toBeNull();
    expect(parseMonth('2026-00')).toBeNull();
    expect(parseMonth('2026-12')).toBe(2026 * 12 + 11);
  });

  it('adds months from the start date with the day clamped, never drifting', () => {
    const start = date('2027-01-31');
    expect([1, 2, 3, 13].map((n) => formatDate(addMonths(start, n)))).toEqual([
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
      '2028-02-29',
    ]);
    expect(formatDate(addMonths(date('2026-12-15'), 1))).toBe('2027-01-15');
  });

  it('counts days between dates', () => {
    expect(dayNumber(date('1970-01-01'))).toBe(0);
    expect(dayNumber(date('2028-03-01')) - dayNumber(date('2028-02-01'))).toBe(29);
    expect(dayNumber(date('2027-01-01')) - dayNumber(date('2026-01-01'))).toBe(365);
  });

  it('places dates in periods; dates before the start belong to period 0', () => {
    const t = new Timeline('2027-01-31');
    expect(t.period(1)).toMatchObject({ startText: '2027-02-28', endText: '2027-03-31', days: 31 });
    expect(t.period(0).days).toBe(28);
    expect(t.periodOf('2020-05-05')).toBe(0);
    expect(t.periodOf('2027-02-27')).toBe(0);
    expect(t.periodOf('2027-02-28')).toBe(1);
    expect(t.periodOf('2027-03-15')).toBe(1);
    expect(t.periodOf('2027-03-31')).toBe(2);
    expect(t.periodOf('2031-01-30')).toBe(47);
  });
});
