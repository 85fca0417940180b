import { describe, expect, it } from 'vitest';
import { lenderPacketOf, plansFirstOf, printHash } from '../../src/shared/printRoute';

describe('the print view routes', () => {
  it('names the whole plan by its language', () => {
    expect(printHash('zh-CN')).toBe('#/print/zh-CN');
    expect(lenderPacketOf('#/print/zh-CN')).toBeNull();
    expect(lenderPacketOf('#/print')).toBeNull();
  });

  it('reads back the 方案 put first in the whole plan’s comparison, and none when absent', () => {
    const hash = printHash('zh-CN', undefined, 'a-b&c');
    expect(plansFirstOf(hash)).toBe('a-b&c');
    expect(lenderPacketOf(hash)).toBeNull();
    expect(plansFirstOf(printHash('en'))).toBeNull();
    expect(plansFirstOf('#/print/en?plans=')).toBeNull();
    expect(
      plansFirstOf(
        printHash('en', { debtId: 'x', privacy: 'full', others: false, payments: false }),
      ),
    ).toBeNull();
  });

  it('reads back every packet it writes, whatever the debt id holds', () => {
    for (const debtId of ['card', '信用卡 2', 'a/b?c=d&e#f', '%']) {
      for (const privacy of ['full', 'totals', 'capacity'] as const) {
        for (const others of [true, false]) {
          for (const payments of [true, false]) {
            const choice = { debtId, privacy, others, payments };
            expect(lenderPacketOf(printHash('en', choice))).toEqual({ ...choice, language: 'en' });
          }
        }
      }
    }
  });

  it('shows the least when a link is damaged: an unknown privacy level is capacity only', () => {
    expect(
      lenderPacketOf('#/print/lender/card?privacy=everything&others=yes&payments=true'),
    ).toEqual({
      debtId: 'card',
      privacy: 'capacity',
      others: false,
      payments: false,
      language: undefined,
    });
    expect(lenderPacketOf('#/print/lender/card')).toMatchObject({ privacy: 'capacity' });
    expect(lenderPacketOf('#/print/lender/%E0%A4%A')).toBeNull();
  });
});
