import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, plan, validateScenario, type Scenario } from '../../../src/core/index';

/** The annuity payment P·r / (1 − (1+r)^−n), rounded up to the cent so it is never short. */
function annuity(principal: string, monthlyRate: InstanceType<typeof Dec>, months: number) {
  const p = new Dec(principal);
  const exact = monthlyRate.isZero()
    ? p.div(months)
    : p.times(monthlyRate).div(new Dec(1).minus(monthlyRate.plus(1).pow(-months)));
  return exact.toDecimalPlaces(2, Dec.ROUND_UP);
}

function loan(
  principal: string,
  annual: string,
  payment: string,
  startDate = '2026-01-31',
): Scenario {
  const result = validateScenario({
    version: 1,
    startDate,
    horizonMonths: 1200,
    budget: { incomes: [{ name: 'pay', amount: payment }] },
    debts: [{ id: 'loan', name: 'loan', principal, interestRate: { annual }, accrual: 'monthly' }],
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario;
}

describe(
  'closed form: a fixed-rate monthly loan paid at its annuity payment',
  { timeout: 60_000 },
  () => {
    it('10 000 at 6 % a year over 60 months is paid off in exactly 60 months', () => {
      const payment = annuity('10000.00', new Dec('0.06').div(12), 60);
      expect(payment.toFixed(2)).toBe('193.33');
      const result = plan(loan('10000.00', '0.06', payment.toFixed(2)));
      expect(result.summary.months).toBe(60);
      expect(result.schedule.slice(0, -1).every((row) => row.paid === '193.33')).toBe(true);
    });

    const cases: [string, string, number][] = [
      ['50000.00', '0.12', 36],
      ['200000.00', '0.049', 120],
      ['3000.00', '0', 12],
      ['8888.88', '0.18', 24],
      ['15000.00', '0.24', 48],
      ['100000.00', '0.0435', 120],
    ];
    for (const [principal, annual, months] of cases) {
      it(`${principal} at ${annual} a year over ${months} months is paid off in exactly ${months} months`, () => {
        const payment = annuity(principal, new Dec(annual).div(12), months);
        const result = plan(loan(principal, annual, payment.toFixed(2), '2027-03-31'));
        expect(result.summary.months).toBe(months);
        expect(result.summary.totalInterest).toBe(result.summary.debts[0]?.interest);
      });
    }

    // Interest is posted to the cent every month, so on a large loan the half-cent roundings can
    // outgrow the fraction of a cent by which the payment was rounded up: the loan then ends one
    // month later with a payment of a few cents, never more than that rounding can add up to.
    it('in general: in its term, or one month later with only interest-rounding cents left', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1000_00, max: 1_000_000_00 }),
          fc.integer({ min: 0, max: 3600 }), // annual rate in basis points: 0–36 %
          fc.integer({ min: 1, max: 120 }),
          (cents, bps, months) => {
            const principal = new Dec(cents).div(100).toFixed(2);
            const annual = new Dec(bps).div(10_000);
            const monthly = annual.div(12);
            const payment = annuity(principal, monthly, months);
            const result = plan(loan(principal, annual.toString(), payment.toFixed(2)));
            const paid = result.schedule.map((row) => new Dec(row.paid));
            const last = paid[paid.length - 1] ?? new Dec(0);
            expect(result.summary.debtFree).toBe(true);
            paid.slice(0, -1).forEach((p) => expect(p.eq(payment)).toBe(true));
            if (result.summary.months === months) {
              expect(last.lte(payment)).toBe(true);
            } else {
              expect(result.summary.months).toBe(months + 1);
              const bound = new Dec('0.005').times(months).times(monthly.plus(1).pow(months));
              expect(last.lte(bound)).toBe(true);
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  },
);

/** summary.installments[0] of one installment agreement on a debt of `total`, starting now. */
function installmentOf(total: string, months: number, method: string, rate: string) {
  const result = validateScenario({
    version: 1,
    startDate: '2027-06-01',
    horizonMonths: 1,
    debts: [
      {
        id: 'card',
        name: 'card',
        principal: total,
        agreements: [{ kind: 'installment', date: '2027-06-01', months, method, rate }],
      },
    ],
  });
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  const line = plan(result.scenario).summary.installments[0];
  if (line === undefined) throw new Error('no installment line');
  return line;
}

describe('closed form: the effective annual rate of an installment (model §13)', () => {
  it('12,000 in 12 flat-fee installments at 0.6 % a month: 1072.00, cost 864.00, 13.03 %', () => {
    expect(installmentOf('12000.00', 12, 'flatFee', '0.006')).toStrictEqual({
      debtId: 'card',
      date: '2027-06-01',
      amount: '12000.00',
      months: 12,
      payment: '1072.00',
      totalCost: '864.00',
      apr: '13.03',
    });
  });

  it('the IRR of an equal-payment installment at monthly rate r is 12r', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000_000, max: 100_000_000 }),
        fc.integer({ min: 2, max: 120 }),
        fc.integer({ min: 1, max: 300 }),
        (cents, months, tenThousandths) => {
          const r = new Dec(tenThousandths).div(10_000);
          const total = new Dec(cents).div(100).toFixed(2);
          const line = installmentOf(total, months, 'equalPayment', r.toString());
          expect(new Dec(line.apr).minus(r.times(1200)).abs().lte('0.01')).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a 0-rate installment costs nothing: APR 0.00', () => {
    for (const method of ['equalPayment', 'flatFee'])
      expect(installmentOf('3000.00', 7, method, '0')).toMatchObject({
        payment: '428.57',
        totalCost: '0.00',
        apr: '0.00',
      });
  });

  it('the APR never goes down as the rate goes up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10_000, max: 10_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom('equalPayment', 'flatFee'),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        (cents, months, method, a, b) => {
          const total = new Dec(cents).div(100).toFixed(2);
          const [low, high] = a <= b ? [a, b] : [b, a];
          const apr = (n: number) =>
            new Dec(installmentOf(total, months, method, new Dec(n).div(10_000).toString()).apr);
          expect(apr(low).lte(apr(high))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
