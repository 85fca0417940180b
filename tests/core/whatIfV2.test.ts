import { describe, expect, it } from 'vitest';
import { compareStrategies } from '../../src/core/engine/compare';
import { plan } from '../../src/core/engine/api';
import { Dec } from '../../src/core/money';
import { validateScenario } from '../../src/core/scenario/validate';
import { applyWhatIf, monthlyPaymentNeeded } from '../../src/core/whatIf';
import { fixtureScenario } from './fixtures';

describe('what-ifs with money set aside (model §3 extras)', () => {
  // Fixture 17 caps payments at 1,300 a month and has extras of its own.
  const scenario = fixtureScenario('17-');

  it('"I can pay ¥500 more a month" adds to the capacity beyond the payment limit', () => {
    const base = plan(scenario);
    const more = applyWhatIf(scenario, { extraMonthly: '500.00' });
    expect(validateScenario(more).ok).toBe(true);
    const result = plan(more);
    result.schedule.forEach((row, k) => {
      const before = base.schedule[k]?.capacity ?? '0.00';
      expect(new Dec(row.capacity).minus(before).toFixed(2)).toBe('500.00');
    });
    expect(result.summary.months ?? Infinity).toBeLessThan(base.summary.months ?? Infinity);
    // The headline counts a monthly extra.
    expect(
      new Dec(result.summary.affordableMonthly).minus(base.summary.affordableMonthly).toFixed(2),
    ).toBe('500.00');
  });

  it('"a one-off ¥3,000" is there in its month only, and a limit does not cut it', () => {
    const capped = applyWhatIf(scenario, {
      monthly: '0.00',
      extraOnce: { month: '2027-05', amount: '3000.00' },
    });
    const rows = plan(capped).schedule;
    const may = rows.find((row) => row.start.startsWith('2027-05'));
    const other = rows.find((row) => row.start.startsWith('2027-06'));
    // The fixture's own extras in May 2027: the weekend job's 400.00.
    expect(may?.capacity).toBe('3400.00');
    expect(other?.capacity).toBe('400.00');
  });

  it('a monthly amount stays a cap on the budget, separate from extras', () => {
    const capped = plan(applyWhatIf(scenario, { monthly: '800.00' }));
    const jan2028 = capped.schedule.find((row) => row.start.startsWith('2028-01'));
    // No extras left by then: the cap alone.
    expect(jan2028?.capacity).toBe('800.00');
  });
});

describe('helpers keep the recorded payments (model §14)', () => {
  const lived = fixtureScenario('15-');

  it('every compared strategy keeps the past; doing nothing pays only what was recorded', () => {
    const comparison = compareStrategies(lived);
    const chosen = plan(lived).summary;
    for (const c of comparison) {
      expect(c.summary.pastMonths).toBe(chosen.pastMonths);
      expect(c.summary.actualPaid).toBe(chosen.actualPaid);
    }
    const nothing = comparison.find((c) => c.key === 'doNothing');
    expect(nothing?.summary.totalPaid).toBe(chosen.actualPaid);
  });

  it('doing nothing sets extras aside too', () => {
    const nothing = compareStrategies(fixtureScenario('17-')).find((c) => c.key === 'doNothing');
    expect(nothing?.summary.totalPaid).toBe('0.00');
    expect(nothing?.summary.affordableMonthly).toBe(
      plan(fixtureScenario('17-')).summary.affordableMonthly,
    );
  });

  it('monthlyPaymentNeeded plans the steady payment from asOf on, after the recorded months', () => {
    const needed = monthlyPaymentNeeded(lived);
    expect(needed).not.toBeNull();
    const withPayment = (amount: Dec) =>
      plan({
        ...lived,
        budget: {
          incomes: [{ name: 'p', amount: amount.toFixed(2), frequency: 'monthly' }],
          fixedCosts: [],
          obligations: [],
        },
      }).summary;
    const summary = withPayment(new Dec(needed ?? 0));
    expect(summary.debtFree).toBe(true);
    expect(summary.actualPaid).toBe(plan(lived).summary.actualPaid);
    expect(withPayment(new Dec(needed ?? 0).minus(1)).debtFree).toBe(false);
  });
});

describe('a delay with recorded payments (model §14)', () => {
  // Fixture 15 has payments recorded up to its asOf, some periods in.
  const scenario = fixtureScenario('15-');

  it('waits from the period containing asOf, never in a past period, and costs money', () => {
    const base = plan(scenario);
    const delayed = applyWhatIf(scenario, { delayMonths: 1 });
    expect(validateScenario(delayed).ok).toBe(true);
    const rows = plan(delayed).schedule;
    const open = base.summary.pastMonths;
    expect(open).toBeGreaterThan(0);
    // The past is as recorded; the first open period pays nothing (all income waits).
    rows.slice(0, open).forEach((row, k) => expect(row.paid).toBe(base.schedule[k]?.paid));
    expect(rows[open]?.capacity).toBe('0.00');
    expect(new Dec(base.schedule[open]?.capacity ?? '0').gt(0)).toBe(true);
  });
});
