import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth } from '../../../src/renderer/format/dates';
import { formatMoney } from '../../../src/renderer/format/money';

describe('formatters kept per language and kind', () => {
  it('a date, a month and an amount in one language never take another’s formatter', () => {
    // Alternating, so each call finds the other language's formatters already made.
    for (let round = 0; round < 2; round++) {
      expect(formatDate('2027-03-05', 'zh-CN')).toBe('2027年3月5日');
      expect(formatDate('2027-03-05', 'en')).toBe('Mar 5, 2027');
      expect(formatMonth('2027-03', 'zh-CN')).toBe('2027年3月');
      expect(formatMonth('2027-03', 'en')).toBe('March 2027');
      expect(formatMoney('1234.50', 'CNY', 'zh-CN')).toBe('¥1,234.50');
      expect(formatMoney('1234.50', 'USD', 'en')).toBe('$1,234.50');
    }
  });

  it('a date that is not one is shown as given', () => {
    expect(formatDate('someday', 'en')).toBe('someday');
  });
});
