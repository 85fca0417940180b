import { describe, expect, it } from 'vitest';
import { axisMoneyFormatter } from '../../../src/renderer/plan/charts/chartFormat';

describe('money ticks on a chart axis', () => {
  it.each([
    ['en', ['¥0', '¥8,000', '¥16,000', '¥1,200,000']],
    ['zh-CN', ['¥0', '¥8,000', '¥16,000', '¥1,200,000']],
  ])('read alike along the axis in %s', (language, expected) => {
    const tick = axisMoneyFormatter('CNY', language);
    expect([0, 8000, 16000, 1200000].map(tick)).toEqual(expected);
  });
});
