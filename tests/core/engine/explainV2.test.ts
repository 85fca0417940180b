import { describe, expect, it } from 'vitest';
import { explain, parseScenarioJson, plan, type Scenario } from '../../../src/core/index';
import { planWarnings } from '../../../src/core/planWarnings';
import { readFixture } from '../fixtures';
import { scenario as build } from '../helpers';

function fixture(name: string): Scenario {
  const result = parseScenarioJson(readFixture(`${name}.scenario.json`));
  if (!result.ok) throw new Error('invalid fixture');
  return result.scenario;
}

describe('explanations of the v2 figures', () => {
  it('"why was this late fee only 74.66?" → the court cap', () => {
    const why = explain(fixture('17-court-cap-and-family-help'), 2, 'card');
    expect(why?.cap).toMatchObject({ annualRate: '0.24', principal: '17801.56', room: '327.74' });
    expect(why?.lateFee).toMatchObject({ ruled: '84.03', amount: '74.66', capCut: '9.37' });
    expect(why?.lateFee?.text).toBe(
      '5% × base 1680.57 (shortfall 1809.52 less unpaid fees 128.95: no fee on fees) = 84.0285, ' +
        'at least 10.00 → 84.03; cut to 74.66 by the court cap (room left after interest and penalty: 74.66)',
    );
  });

  it('"why is this month\'s payment 680.00?" → the recorded payment', () => {
    const s = fixture('15-actuals-as-lived');
    const month0 = explain(s, 0, 'huabei');
    expect(month0?.payment).toMatchObject({ total: '680.00', actual: '680.00' });
    expect(month0?.payment.text).toBe('the recorded payment 680.00');
    // 7,000 was recorded against a balance of 6,298.02: the rest is not applied.
    expect(explain(s, 1, 'huabei')?.payment.text).toBe(
      'the recorded payment 7000.00 (6298.02 applied: the rest is more than was owed and is left unapplied)',
    );
    expect(explain(s, 4, 'weilidai')?.payment.text).toBe('planned');
  });

  it('gives an installment its cost and effective annual rate where it starts', () => {
    const start = explain(fixture('16-installment-apr'), 0, 'card-flat')?.events[0];
    expect(start).toMatchObject({ totalCost: '864.00', apr: '13.03', onBreak: 'keep' });
    expect(start?.text).toContain('costs 864.00 in all, an effective annual rate of 13.03 %');
  });

  it('says when waived amounts come back because an agreement broke', () => {
    const why = explain(fixture('14-installment-broken-reinstated'), 0, 'card');
    expect(why?.events[0]).toMatchObject({ onBreak: 'reinstate' });
    expect(why?.events[0]?.text).toContain('if it breaks, the 570.00 waived is owed again');
    expect(why?.outcome).toBe('agreementBroken');
    expect(why?.reinstated).toBe('570.00');
    expect(explain(fixture('14-installment-broken-reinstated'), 1, 'weilidai')?.reinstated).toBe(
      '0.00',
    );
  });

  it('names the rate changes in force from a period', () => {
    const loan = explain(fixture('13-rate-changes-promo'), 2, 'loan');
    expect(loan?.rateChanges.map((c) => c.text)).toEqual([
      'rate change of 2027-03-20 in force from this period: interest rate 0.0395 a year',
      'rate change of 2027-03-20 in force from this period: interest rate 0.0385 a year',
    ]);
    expect(loan?.interest?.rateGiven).toEqual({ unit: 'annual', value: '0.0385' });
  });

  it('the broken-agreement warning says what was reinstated', () => {
    const s = fixture('14-installment-broken-reinstated');
    const broken = planWarnings(s, plan(s)).filter((w) => w.kind === 'agreementBroken');
    expect(broken.map((w) => 'reinstated' in w && `${w.debtId} ${w.reinstated}`)).toEqual([
      'card 570.00',
      'weilidai 0.00',
    ]);
  });
});

describe('warnings on a plan as lived (model §14)', () => {
  it('marks what happened in past months as past', () => {
    const s = fixture('15-actuals-as-lived');
    const warnings = planWarnings(s, plan(s));
    const broken = warnings.find((w) => w.kind === 'agreementBroken');
    expect(broken).toMatchObject({ debtId: 'card', month: 1, past: true });
    const missed = warnings.filter((w) => w.kind === 'duesNotMet');
    expect(missed.filter((w) => w.past).map((w) => w.month)).toEqual([0, 1, 2]);
    expect(missed.find((w) => !w.past)?.month).toBe(3);
  });
});

describe('§9: no late fee on late fees', () => {
  // An overdue debt with 50.00 of unpaid fees and nothing to pay with: the shortfall is all its
  // arrears, but the fee is charged only on what is not a fee.
  const s = build({
    budget: { incomes: [] },
    horizonMonths: 2,
    debts: [
      {
        id: 'a',
        name: 'a',
        principal: '1000.00',
        overdue: true,
        fees: '50.00',
        lateFee: { kind: 'percentOfShortfall', percent: '10', min: '0.00' },
      },
    ],
  });

  it('charges the fee on the shortfall less the unpaid fees', () => {
    const [first, second] = plan(s).schedule;
    expect(first?.debts[0]).toMatchObject({ due: '1050.00', payment: '0.00', fees: '100.00' });
    // Next month the 150.00 of fees stay out of the base: 10 % of 1000.00.
    expect(second?.debts[0]).toMatchObject({ due: '1150.00', fees: '100.00' });
  });

  it('charges no fee when the only thing left unpaid is fees', () => {
    // A current debt whose minimum is its unpaid fees (0 % of principal): missing it leaves only
    // fees unpaid, so a fixed fee, which v1 charged, is not charged.
    const onlyFees = build({
      budget: { incomes: [] },
      horizonMonths: 1,
      debts: [
        {
          id: 'a',
          name: 'a',
          principal: '1000.00',
          fees: '50.00',
          minimumPayment: { kind: 'interestPlusPercent', percent: '0', floor: '0.00' },
          lateFee: { kind: 'fixed', amount: '30.00' },
        },
      ],
    });
    expect(plan(onlyFees).schedule[0]?.debts[0]).toMatchObject({
      due: '50.00',
      payment: '0.00',
      fees: '0.00',
      state: 'overdue',
    });
    expect(explain(onlyFees, 0, 'a')?.lateFee?.text).toBe(
      'base 0.00 (shortfall 50.00 less unpaid fees 50.00: no fee on fees): nothing left to charge a fee on',
    );
  });
});
