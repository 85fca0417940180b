import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Dec, add, formatMoney, posted } from '../../src/core/money';

describe('money', () => {
  it('posts half-up to the cent, in decimal', () => {
    expect(posted(new Dec('1.005')).toFixed(2)).toBe('1.01');
    expect(posted(new Dec('2.675')).toFixed(2)).toBe('2.68'); // 2.67 in binary floating point
    expect(posted(new Dec('0.004999')).toFixed(2)).toBe('0.00');
    expect(posted(new Dec('12.675')).toFixed(2)).toBe('12.68');
  });

  it('computes with 40 significant digits without changing decimal.js for anyone else', () => {
    expect(new Dec('0.18').div(365).toString()).toBe(
      '0.0004931506849315068493150684931506849315068',
    );
    expect(Decimal.precision).toBe(20);
  });

  it('formats every magnitude as a plain "1234.50" string', () => {
    expect(formatMoney(new Dec(0))).toBe('0.00');
    expect(formatMoney(new Dec('5'))).toBe('5.00');
    expect(formatMoney(new Dec('5.1'))).toBe('5.10');
    expect(formatMoney(new Dec('0.07'))).toBe('0.07');
    expect(formatMoney(new Dec('1e25'))).toBe('10000000000000000000000000.00');
    expect(formatMoney(new Dec('3.14159'))).toBe('3.14');
    expect(formatMoney(new Dec('-0.5'))).toBe('-0.50');
  });

  it('adds without allocating for zero', () => {
    const a = new Dec('1.50');
    expect(add(a, new Dec(0))).toBe(a);
    expect(add(new Dec(0), a)).toBe(a);
    expect(add(a, a).toString()).toBe('3');
  });
});
