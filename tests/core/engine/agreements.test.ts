import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/index';
import { scenario } from '../helpers';

const budget = (amount: string) => ({ incomes: [{ name: 'pay', amount }] });
const rows = (result: ReturnType<typeof plan>, id = 'a') =>
  result.schedule.map((row) => row.debts.find((d) => d.id === id));

describe('installment agreements (model §8)', () => {
  it('停息挂账: rate 0, equal payments, the last one pays what remains', () => {
    const result = plan(
      scenario({
        budget: budget('1000.00'),
        debts: [
          {
            id: 'a',
            name: 'card',
            principal: '900.00',
            overdue: true,
            interest: '60.00',
            penalty: '40.00',
            penaltyRate: { daily: '0.0005' },
            agreements: [
              {
                kind: 'installment',
                date: '2027-01-01',
                months: 3,
                method: 'equalPayment',
                rate: '0',
                waivePenalty: true,
              },
            ],
          },
        ],
      }),
    );
    expect(
      rows(result).map((r) => [r?.state, r?.due, r?.payment, r?.interest, r?.penalty, r?.balance]),
    ).toEqual([
      ['agreement', '320.00', '320.00', '0.00', '0.00', '640.00'],
      ['agreement', '320.00', '320.00', '0.00', '0.00', '320.00'],
      ['paid', '320.00', '320.00', '0.00', '0.00', '0.00'],
    ]);
    expect(result.summary.totalWaived).toBe('40.00');
    // No prepayment while the agreement runs: the rest of the money stays unallocated.
    expect(result.schedule[0]?.unallocated).toBe('680.00');
  });

  it('equalPayment at a rate: interest on the remaining principal, the N-th installment clears it', () => {
    const result = plan(
      scenario({
        budget: budget('5000.00'),
        debts: [
          {
            id: 'a',
            name: 'a',
            principal: '1000.00',
            agreements: [
              {
                kind: 'installment',
                date: '2027-01-01',
                months: 3,
                method: 'equalPayment',
                rate: '0.01',
              },
            ],
          },
        ],
      }),
    );
    // A = 1000 × 0.01 / (1 − 1.01^−3) = 340.02
    expect(rows(result).map((r) => [r?.due, r?.interest, r?.balance])).toEqual([
      ['340.02', '10.00', '669.98'],
      ['340.02', '6.70', '336.66'],
      ['340.03', '3.37', '0.00'],
    ]);
  });

  it('flatFee: principal T/N plus a fee on the original amount every month', () => {
    const result = plan(
      scenario({
        budget: budget('5000.00'),
        debts: [
          {
            id: 'a',
            name: 'a',
            principal: '1000.00',
            agreements: [
              {
                kind: 'installment',
                date: '2027-01-01',
                months: 3,
                method: 'flatFee',
                rate: '0.006',
              },
            ],
          },
        ],
      }),
    );
    expect(rows(result).map((r) => [r?.due, r?.interest, r?.balance])).toEqual([
      ['339.33', '6.00', '666.67'],
      ['339.33', '6.00', '333.34'],
      ['339.34', '6.00', '0.00'],
    ]);
    expect(result.summary.totalInterest).toBe('18.00');
  });

  it('a short installment breaks the agreement: overdue from the next month, under the original rates', () => {
    const result = plan(
      scenario({
        horizonMonths: 2,
        budget: budget('100.00'),
        debts: [
          {
            id: 'a',
            name: 'a',
            principal: '1200.00',
            penaltyRate: { daily: '0.001' },
            lateFee: { kind: 'fixed', amount: '25.00' },
            agreements: [
              {
                kind: 'installment',
                date: '2027-01-01',
                months: 4,
                method: 'flatFee',
                rate: '0.01',
              },
            ],
          },
        ],
      }),
    );
    const [first, second] = rows(result);
    // Installment 300 + fee 12 = 312; 100 paid: fee 12 first, then 88 of principal. No late fee on the break.
    expect(first).toMatchObject({
      state: 'overdue',
      due: '312.00',
      payment: '100.00',
      interest: '12.00',
      fees: '0.00',
      balance: '1112.00',
    });
    // Now overdue: arrears of the whole 1112 plus February's penalty 1112 × 0.001 × 28.
    expect(second).toMatchObject({
      state: 'overdue',
      due: '1143.14',
      penalty: '31.14',
      fees: '25.00',
    });
    expect(result.summary.brokenAgreements).toEqual(['a']);
  });

  it('applies an agreement dated before the start in period 0, and ignores proposed and refused ones', () => {
    const base = {
      id: 'a',
      name: 'a',
      principal: '600.00',
      overdue: true,
      penalty: '30.00',
      penaltyRate: { daily: '0.0005' },
    };
    const withAgreements = plan(
      scenario({
        horizonMonths: 1,
        budget: budget('0.00'),
        debts: [
          {
            ...base,
            agreements: [
              { kind: 'waiver', date: '2026-06-01', penalty: '20.00', fees: '5.00' },
              { kind: 'waiver', date: '2027-01-05', status: 'proposed', penalty: 'all' },
              { kind: 'settlement', date: '2027-01-20', status: 'refused', amount: '1.00' },
            ],
          },
        ],
      }),
    );
    expect(withAgreements.summary.totalWaived).toBe('20.00');
    expect(rows(withAgreements)[0]?.balance).toBe('619.30'); // 600 + 10 + 600 × 0.0005 × 31
  });
});

describe('settlements (model §8)', () => {
  const debt = (amount: string) => ({
    id: 'a',
    name: 'a',
    principal: '2000.00',
    overdue: true,
    penaltyRate: { daily: '0.0005' },
    agreements: [{ kind: 'settlement', date: '2027-03-10', amount }],
  });

  it('saves for a later settlement, then forgives the rest when it is paid in full', () => {
    const result = plan(scenario({ budget: budget('600.00'), debts: [debt('1500.00')] }));
    expect(rows(result).map((r) => [r?.due, r?.payment, r?.state])).toEqual([
      ['0.00', '0.00', 'overdue'],
      ['0.00', '0.00', 'overdue'],
      ['1500.00', '1500.00', 'paid'],
    ]);
    expect(result.schedule.map((r) => r.unallocated)).toEqual(['600.00', '1200.00', '300.00']);
    expect(result.summary.totalForgiven).toBe('590.00'); // 2000 + 90 days × 1.00 penalty − 1500
    expect(result.summary.shortfallMonths).toBe(0);
  });

  it('a settlement paid short is an ordinary payment; the debt stays overdue', () => {
    const result = plan(
      scenario({ horizonMonths: 4, budget: budget('400.00'), debts: [debt('1500.00')] }),
    );
    const third = rows(result)[2];
    expect(third).toMatchObject({ due: '1500.00', payment: '1200.00', state: 'overdue' });
    expect(result.summary.totalForgiven).toBe('0.00');
    // April: arrears of the 890 left, plus 890 × 0.0005 × 30 penalty.
    expect(rows(result)[3]).toMatchObject({ due: '903.35', state: 'overdue' });
    expect(result.summary.shortfallMonths).toBe(2);
  });
});

describe('shortfalls and late fees (model §9)', () => {
  it('a current debt paid short falls behind by the shortfall, with a clamped percentage fee', () => {
    const result = plan(
      scenario({
        horizonMonths: 2,
        budget: budget('50.00'),
        debts: [
          {
            id: 'a',
            name: 'a',
            principal: '1000.00',
            minimumPayment: { kind: 'fixed', amount: '300.00' },
            lateFee: {
              kind: 'percentOfShortfall',
              percent: '5',
              min: '20.00',
              max: '200.00',
            },
            penaltyRate: { daily: '0.001' },
          },
        ],
      }),
    );
    const [first, second] = rows(result);
    // Shortfall 250 → 5 % = 12.50, at least 20.
    expect(first).toMatchObject({
      state: 'overdue',
      due: '300.00',
      payment: '50.00',
      fees: '20.00',
      balance: '970.00',
    });
    // O = 250: penalty 250 × 0.001 × 28 = 7.00; arrears 250 + 7 + 20 = 277.
    expect(second).toMatchObject({ due: '277.00', penalty: '7.00' });
  });
});
