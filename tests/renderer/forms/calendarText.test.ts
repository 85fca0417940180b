import { describe, expect, it } from 'vitest';
import { readCalendarText } from '../../../src/renderer/forms/calendarText';

describe('a month or date typed as a person writes it', () => {
  it.each([
    ['2027-03', '2027-03'],
    ['2027-3', '2027-03'],
    ['2027/3', '2027-03'],
    ['2027.03', '2027-03'],
    ['2027年3月', '2027-03'],
    [' 2027 年 12 月 ', '2027-12'],
    ['202703', '2027-03'],
    ['２０２７－０３', '2027-03'],
    ['２０２７年３月', '2027-03'],
  ])('month %s reads as %s', (typed, model) => {
    expect(readCalendarText(typed, 'month')).toBe(model);
  });

  it.each([
    ['2026-10-09', '2026-10-09'],
    ['2026/10/9', '2026-10-09'],
    ['2026年10月9日', '2026-10-09'],
    ['20261009', '2026-10-09'],
  ])('date %s reads as %s', (typed, model) => {
    expect(readCalendarText(typed, 'date')).toBe(model);
  });

  it.each([
    ['2027-13', 'month'],
    ['2027', 'month'],
    ['27-03', 'month'],
    ['2027-003', 'month'],
    ['2026-02-30', 'date'],
    ['2026-10', 'date'],
    ['abc', 'date'],
    ['', 'month'],
  ] as const)('%s is not a real %s: null, kept as typed', (typed, kind) => {
    expect(readCalendarText(typed, kind)).toBeNull();
  });
});
