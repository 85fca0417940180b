/** fast-check generators of valid households, covering every feature of the model. */
import fc from 'fast-check';

const cents = (min: number, max: number) =>
  fc.integer({ min, max }).map((c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`);

const pad = (n: number) => String(n).padStart(2, '0');
const month = fc.record({
  y: fc.integer({ min: 2026, max: 2028 }),
  m: fc.integer({ min: 1, max: 12 }),
});
const monthText = month.map(({ y, m }) => `${y}-${pad(m)}`);
const dateText = fc
  .record({
    y: fc.integer({ min: 2026, max: 2028 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ y, m, d }) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${pad(m)}-${pad(Math.min(d, last))}`;
  });

const decimal = (maxMicros: number) =>
  fc
    .integer({ min: 0, max: maxMicros })
    .map((u) => (u / 1_000_000).toFixed(6).replace(/\.?0+$/, '') || '0');

const rate = fc.oneof(
  decimal(1000).map((daily) => ({ daily })), // up to 0.1 %/day
  decimal(30_000).map((monthly) => ({ monthly })), // up to 3 %/month
  decimal(360_000).map((annual) => ({ annual })), // up to 36 %/year
);

const item = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      { name: fc.constant('m'), amount: cents(0, 1_500_000) },
      { requiredKeys: ['name', 'amount'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        name: fc.constant('m'),
        amount: cents(0, 1_500_000),
        startMonth: monthText,
        endMonth: monthText,
      })
      .map((i) =>
        i.startMonth <= i.endMonth ? i : { ...i, startMonth: i.endMonth, endMonth: i.startMonth },
      )
      .map((i) => ({ ...i, frequency: 'monthly' })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      name: fc.constant('y'),
      amount: cents(0, 3_000_000),
      frequency: fc.constant('yearly'),
      month: fc.integer({ min: 1, max: 12 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      name: fc.constant('o'),
      amount: cents(0, 5_000_000),
      frequency: fc.constant('once'),
      month: monthText,
    }),
  },
);

const budget = fc.record(
  {
    incomes: fc.array(item, { maxLength: 3 }),
    fixedCosts: fc.array(item, { maxLength: 2 }),
    obligations: fc.array(item, { maxLength: 1 }),
    reserve: fc.oneof(
      fc.record({ percentOfIncome: fc.integer({ min: 0, max: 30 }).map(String) }),
      fc.record({ amount: cents(0, 50_000) }),
    ),
    paymentLimit: cents(0, 800_000),
    extras: fc.array(item, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const minimumPayment = fc.oneof(
  fc.constant({ kind: 'none' }),
  fc.record({ kind: fc.constant('fixed'), amount: cents(0, 300_000) }),
  fc.record({
    kind: fc.constant('percentOfBalance'),
    percent: fc.integer({ min: 0, max: 100 }).map(String),
    floor: cents(0, 20_000),
  }),
  fc.record({
    kind: fc.constant('interestPlusPercent'),
    percent: fc.integer({ min: 0, max: 20 }).map(String),
    floor: cents(0, 20_000),
  }),
);

const lateFee = fc.oneof(
  fc.constant({ kind: 'none' }),
  fc.record({ kind: fc.constant('fixed'), amount: cents(0, 10_000) }),
  fc.record(
    {
      kind: fc.constant('percentOfShortfall'),
      percent: fc.integer({ min: 0, max: 10 }).map(String),
      min: cents(0, 2_000),
      max: cents(2_000, 50_000),
    },
    { requiredKeys: ['kind', 'percent', 'min'] },
  ),
);

const status = fc.constantFrom('agreed', 'agreed', 'agreed', 'proposed', 'refused');
const moneyOrAll = fc.oneof(fc.constant('all'), cents(0, 100_000));

const agreement = fc.oneof(
  fc.record(
    {
      kind: fc.constant('waiver'),
      date: dateText,
      status,
      penalty: moneyOrAll,
      interest: moneyOrAll,
      fees: moneyOrAll,
    },
    { requiredKeys: ['kind', 'date'] },
  ),
  fc.record(
    {
      kind: fc.constant('installment'),
      date: dateText,
      status,
      months: fc.integer({ min: 1, max: 36 }),
      method: fc.constantFrom('equalPayment', 'flatFee'),
      rate: fc.oneof(fc.constant('0'), decimal(15_000)),
      waivePenalty: fc.boolean(),
      waiveInterest: fc.boolean(),
      waiveFees: fc.boolean(),
      onBreak: fc.constantFrom('keep', 'reinstate'),
    },
    { requiredKeys: ['kind', 'date', 'months', 'method', 'rate'] },
  ),
  fc.record({
    kind: fc.constant('settlement'),
    date: dateText,
    status,
    amount: cents(1, 2_000_000),
  }),
);

const rateChange = fc
  .record({ date: dateText, interestRate: rate, penaltyRate: rate }, { requiredKeys: ['date'] })
  .filter((c) => c.interestRate !== undefined || c.penaltyRate !== undefined);

const debt = (id: string) =>
  fc
    .record(
      {
        principal: cents(1, 5_000_000),
        overdueShare: fc.oneof(
          fc.constant(-1),
          fc.constant(0),
          fc.double({ min: 0, max: 1, noNaN: true }),
        ),
        interest: cents(0, 100_000),
        penalty: cents(0, 50_000),
        fees: cents(0, 20_000),
        interestRate: rate,
        penaltyRate: rate,
        accrual: fc.constantFrom('daily', 'monthly'),
        penaltyBase: fc.constantFrom('principal', 'principalAndInterest'),
        compound: fc.boolean(),
        minimumPayment,
        lateFee,
        agreements: fc.array(agreement, { maxLength: 2 }),
        rateChanges: fc.array(rateChange, { maxLength: 2 }),
      },
      { requiredKeys: ['principal', 'overdueShare'] },
    )
    .map(({ overdueShare, ...d }) => {
      const out: Record<string, unknown> = { id, name: `debt ${id}`, ...d };
      if (overdueShare === -1) out.overdue = true;
      else if (overdueShare > 0) {
        const p = Math.round(Number(d.principal) * 100);
        const o = Math.floor(p * overdueShare);
        out.overduePrincipal = `${Math.floor(o / 100)}.${String(o % 100).padStart(2, '0')}`;
      }
      return out;
    });

const debts = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => debt(`d${i}`))));

/** The day `days` after an ISO date. */
function dayAfter(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Recorded payments (model §14): asOf up to two years after the start, payments dated in
 * [startDate, asOf) on a debt picked by index, with amounts that sometimes exceed what is owed
 * (and then go to unappliedActuals).
 */
const actuals = fc.record({
  asOfDays: fc.integer({ min: 0, max: 730 }),
  payments: fc.array(
    fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      debt: fc.integer({ min: 0, max: 4 }),
      amount: cents(1, 3_000_000),
    }),
    { maxLength: 12 },
  ),
});

export const household = fc
  .record(
    {
      startDate: dateText,
      strategy: fc.constantFrom('avalanche', 'snowball', 'custom', 'minimumOnly'),
      horizonMonths: fc.integer({ min: 1, max: 72 }),
      budget,
      debts,
      order: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 5 }),
      chargeCap: fc
        .constantFrom('0.24', '0.36', '0.15', '0.05')
        .map((annualRate) => ({ annualRate })),
      actuals,
    },
    { requiredKeys: ['startDate', 'strategy', 'horizonMonths', 'budget', 'debts', 'order'] },
  )
  .map(({ order, debts: list, actuals: lived, ...rest }) => {
    const scenario: Record<string, unknown> = {
      version: 1,
      ...rest,
      customOrder: [...new Set(order.filter((i) => i < list.length).map((i) => `d${i}`))],
      debts: list,
    };
    if (lived !== undefined) {
      const asOf = dayAfter(rest.startDate, lived.asOfDays);
      scenario.actuals = {
        asOf,
        payments:
          lived.asOfDays === 0
            ? []
            : lived.payments.map((p) => ({
                date: dayAfter(rest.startDate, Math.floor(p.at * lived.asOfDays)),
                debtId: `d${p.debt % list.length}`,
                amount: p.amount,
              })),
      };
    }
    return scenario;
  });

/** Households of model v1: none of the v2 inputs. */
export const householdV1 = household.map((input) => {
  const { chargeCap: _cap, actuals: _lived, ...rest } = input;
  const budgetV1 = { ...(rest.budget as Record<string, unknown>) };
  delete budgetV1.extras;
  return {
    ...rest,
    budget: budgetV1,
    debts: (rest.debts as Record<string, unknown>[]).map((debt) => {
      const { rateChanges: _changes, ...v1 } = debt;
      return {
        ...v1,
        agreements: ((v1.agreements ?? []) as Record<string, unknown>[]).map((a) => {
          const { onBreak: _onBreak, ...agreement } = a;
          return agreement;
        }),
      };
    }),
  };
});
