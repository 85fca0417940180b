import { describe, expect, it } from 'vitest';
import { LIST_LIMITS, validateScenario, type Issue } from '../../../src/core/index';

const income = { name: 'pay', amount: '9000.00' };
const extra = { name: 'family', amount: '5000.00', frequency: 'once', month: '2027-03' };
const payment = { date: '2027-02-10', debtId: 'card', amount: '680.00' };

/** A scenario using every v2 input, valid as written; its one debt is `card`. */
const lived = () => {
  const card: Record<string, unknown> = {
    id: 'card',
    name: 'card',
    principal: '18000.00',
    interestRate: { daily: '0.0005' },
    rateChanges: [{ date: '2027-06-01', penaltyRate: { annual: '0.18' } }],
    agreements: [
      {
        kind: 'installment',
        date: '2027-02-05',
        months: 12,
        method: 'flatFee',
        rate: '0.006',
        onBreak: 'reinstate',
      },
    ],
  };
  return {
    version: 1,
    startDate: '2027-01-31',
    budget: { incomes: [income], extras: [extra] as Record<string, unknown>[] },
    chargeCap: { annualRate: '0.24' },
    debts: [card],
    actuals: { asOf: '2027-05-12', payments: [payment] as Record<string, unknown>[] },
  };
};

const cardOf = (s: ReturnType<typeof lived>) => s.debts[0] as Record<string, unknown>;

function issuesOf(input: unknown): Issue[] {
  const result = validateScenario(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.issues;
}

function at(input: unknown, pathText: string): Issue | undefined {
  return issuesOf(input).find((i) => i.pathText === pathText);
}

describe('v2 inputs (model §11)', () => {
  it('accepts a scenario with extras, a cap, rate changes, onBreak and actuals', () => {
    const result = validateScenario(lived());
    expect(result.ok).toBe(true);
  });

  it('rejects a rate change that names no rate', () => {
    const s = lived();
    cardOf(s).rateChanges = [{ date: '2027-06-01' }];
    expect(at(s, 'debts[0].rateChanges[0]')?.message).toBe(
      'debts[0].rateChanges[0]: must name "interestRate", "penaltyRate" or both',
    );
  });

  it('rejects onBreak on a waiver or a settlement as an unknown field', () => {
    const s = lived();
    cardOf(s).agreements = [
      { kind: 'settlement', date: '2027-03-01', amount: '100.00', onBreak: 'keep' },
    ];
    expect(at(s, 'debts[0].agreements[0].onBreak')?.code).toBe('unknown_field');
  });

  it('rejects a cap of zero and a cap above 10 a year', () => {
    const zero = { ...lived(), chargeCap: { annualRate: '0' } };
    expect(at(zero, 'chargeCap.annualRate')?.code).toBe('chargeCap.zero');
    const high = { ...lived(), chargeCap: { annualRate: '10.5' } };
    expect(at(high, 'chargeCap.annualRate')?.code).toBe('rate.too_high');
    const edge = { ...lived(), chargeCap: { annualRate: '10' } };
    expect(validateScenario(edge).ok).toBe(true);
  });

  it('rejects asOf before startDate and payments outside [startDate, asOf)', () => {
    const s = lived();
    s.actuals = {
      asOf: '2027-05-12',
      payments: [
        { date: '2027-01-30', debtId: 'card', amount: '1.00' },
        { date: '2027-01-31', debtId: 'card', amount: '1.00' },
        { date: '2027-05-11', debtId: 'card', amount: '1.00' },
        { date: '2027-05-12', debtId: 'card', amount: '1.00' },
      ],
    };
    const paths = issuesOf(s).map((i) => i.pathText);
    expect(paths).toEqual(['actuals.payments[0].date', 'actuals.payments[3].date']);
    const early = { ...lived(), actuals: { asOf: '2027-01-30', payments: [] } };
    expect(at(early, 'actuals.asOf')?.message).toBe(
      'actuals.asOf: must not be before the plan\'s startDate (2027-01-31), got "2027-01-30"',
    );
  });

  it('rejects a payment of zero, on an unknown debt, or with an unknown field', () => {
    const s = lived();
    s.actuals.payments = [
      { date: '2027-02-10', debtId: 'loan', amount: '0.00' },
      { date: '2027-02-10', debtId: 'card', amount: '5.00', note: 'x' } as never,
    ];
    const issues = issuesOf(s).map((i) => `${i.pathText} ${i.code}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        'actuals.payments[0].debtId actuals.unknown_debt',
        'actuals.payments[0].amount money.not_positive',
        'actuals.payments[1].note unknown_field',
      ]),
    );
  });

  it('checks an extra item like any budget item', () => {
    const s = lived();
    s.budget.extras = [{ name: 'family', amount: '5000.00', frequency: 'once' } as never];
    expect(at(s, 'budget.extras[0].month')?.code).toBe('item.month_required');
  });
});

describe('list sizes (issue 11 §4)', () => {
  const tooLong = (edit: (s: ReturnType<typeof lived>) => void) => {
    const s = lived();
    edit(s);
    return issuesOf(s).filter((i) => i.code === 'list.too_long');
  };
  const many = <T>(n: number, make: () => T): T[] => Array.from({ length: n }, make);

  it('rejects more debts than the limit, with a sentence', () => {
    const issues = tooLong((s) => {
      const debt = cardOf(s);
      s.debts = Array.from({ length: LIST_LIMITS.debts + 1 }, (_, i) => ({ ...debt, id: `d${i}` }));
    });
    expect(issues.map((i) => i.message)).toEqual([
      `debts: must list at most ${LIST_LIMITS.debts} entries, got ${LIST_LIMITS.debts + 1} (more than any household needs)`,
    ]);
  });

  it('rejects more budget items, agreements, rate changes or payments than the limits', () => {
    const paths = (edit: (s: ReturnType<typeof lived>) => void) =>
      tooLong(edit).map((i) => i.pathText);
    expect(
      paths((s) => (s.budget.extras = many(LIST_LIMITS.budgetItems + 1, () => extra))),
    ).toEqual(['budget.extras']);
    expect(
      paths((s) => (s.budget.incomes = many(LIST_LIMITS.budgetItems + 1, () => income))),
    ).toEqual(['budget.incomes']);
    expect(
      paths((s) => {
        cardOf(s).agreements = many(LIST_LIMITS.agreements + 1, () => ({
          kind: 'waiver',
          date: '2027-02-05',
          fees: 'all',
        }));
      }),
    ).toEqual(['debts[0].agreements']);
    expect(
      paths((s) => {
        cardOf(s).rateChanges = many(LIST_LIMITS.rateChanges + 1, () => ({
          date: '2027-06-01',
          penaltyRate: { annual: '0.18' },
        }));
      }),
    ).toEqual(['debts[0].rateChanges']);
    expect(
      paths((s) => (s.actuals.payments = many(LIST_LIMITS.payments + 1, () => payment))),
    ).toEqual(['actuals.payments']);
  });

  it('accepts lists exactly at the limits', () => {
    const s = lived();
    cardOf(s).agreements = Array.from({ length: LIST_LIMITS.agreements }, () => ({
      kind: 'waiver',
      date: '2027-02-05',
      fees: 'all',
    }));
    s.actuals.payments = Array.from({ length: LIST_LIMITS.payments }, () => payment);
    expect(validateScenario(s).ok).toBe(true);
  });
});
