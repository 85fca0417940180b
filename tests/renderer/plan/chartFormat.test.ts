import { describe, expect, it } from 'vitest';
import { axisMoneyFormatter, moneyAxisWidth } from '../../../src/renderer/plan/charts/chartFormat';

describe('money ticks on a chart axis', () => {
  it.each([
    ['en', ['¥0', '¥8,000', '¥16,000', '¥1,200,000']],
    ['zh-CN', ['¥0', '¥8,000', '¥16,000', '¥1,200,000']],
  ])('read alike along the axis in %s', (language, expected) => {
    const tick = axisMoneyFormatter('CNY', language);
    expect([0, 8000, 16000, 1200000].map(tick)).toEqual(expected);
  });
});

describe('the money axis width', () => {
  it('stays as it was for the amounts of most households', () => {
    expect(moneyAxisWidth(0, 'CNY', 'zh-CN')).toBe(80);
    expect(moneyAxisWidth(38_500, 'CNY', 'zh-CN')).toBe(80);
    expect(moneyAxisWidth(950_000, 'CNY', 'zh-CN')).toBe(80);
  });

  it('grows with the longest label, so hundreds of millions are not cut at the edge', () => {
    // Ticks up to ¥1,000,000,000: 14 characters.
    expect(moneyAxisWidth(850_000_000, 'CNY', 'zh-CN')).toBe(14 * 7 + 10);
    expect(moneyAxisWidth(850_000_000, 'CNY', 'zh-CN')).toBeGreaterThan(
      moneyAxisWidth(85_000_000, 'CNY', 'zh-CN'),
    );
  });
});
