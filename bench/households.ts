/** Deterministic generated households for the benchmark (a seeded PRNG, so runs compare). */
import type { ScenarioInput } from '../src/core/index';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const money = (x: number) => x.toFixed(2);

type DebtInput = ScenarioInput['debts'][number];

function debt(random: () => number, i: number, allFeatures: boolean): DebtInput {
  const principal = 2000 + Math.floor(random() * 30000);
  const overdue = random() < 0.4;
  const out: DebtInput = {
    id: `d${i}`,
    name: `debt ${i}`,
    principal: money(principal),
    interestRate: { daily: (0.0002 + random() * 0.0003).toFixed(5) },
    penaltyRate: { daily: '0.0005' },
    accrual: allFeatures && i % 5 === 0 ? 'monthly' : 'daily',
    minimumPayment:
      i % 3 === 0
        ? { kind: 'interestPlusPercent', percent: '10', floor: '100.00' }
        : i % 3 === 1
          ? { kind: 'percentOfBalance', percent: '5', floor: '50.00' }
          : { kind: 'fixed', amount: money(principal / 20) },
    lateFee:
      i % 2 === 0
        ? { kind: 'percentOfShortfall', percent: '5', min: '10.00', max: '300.00' }
        : { kind: 'fixed', amount: '30.00' },
  };
  if (overdue) {
    out.overduePrincipal = money(principal * 0.3);
    out.penalty = money(principal * 0.01);
  }
  if (allFeatures) {
    out.compound = i % 2 === 0;
    out.penaltyBase = i % 4 === 1 ? 'principalAndInterest' : 'principal';
    out.interest = money(principal * 0.02);
  }
  return out;
}

/**
 * 8 debts, a budget with a bonus, 2 agreements, daily accrual, planned over five years (it pays
 * off in month 55; minimumOnly and doing nothing run the whole 60).
 */
export function typicalHousehold(seed = 1): ScenarioInput {
  const random = mulberry32(seed);
  const debts = Array.from({ length: 8 }, (_, i) => debt(random, i, false));
  (debts[1] as DebtInput).agreements = [
    {
      kind: 'installment',
      date: '2027-02-10',
      months: 24,
      method: 'flatFee',
      rate: '0.006',
      waivePenalty: true,
    },
  ];
  (debts[4] as DebtInput).agreements = [
    { kind: 'waiver', date: '2027-01-05', penalty: 'all' },
    {
      kind: 'settlement',
      date: '2027-09-01',
      amount: money(Number((debts[4] as DebtInput).principal) * 0.7),
    },
  ];
  return {
    version: 1,
    startDate: '2026-12-15',
    strategy: 'avalanche',
    horizonMonths: 60,
    customOrder: ['d3', 'd0'],
    budget: {
      incomes: [
        { name: 'salary', amount: '10000.00' },
        { name: 'bonus', amount: '8000.00', frequency: 'yearly', month: 2 },
      ],
      fixedCosts: [
        { name: 'rent', amount: '3500.00' },
        { name: 'living', amount: '2500.00' },
      ],
      obligations: [{ name: 'car', amount: '1500.00', endMonth: '2028-06' }],
      reserve: { percentOfIncome: '5' },
    },
    debts,
  };
}

/** The ISO date `months` months and `days` days after 2026-12-15 (typical's startDate). */
function typicalDate(months: number, days: number): string {
  return new Date(Date.UTC(2026, 11 + months, 15 + days)).toISOString().slice(0, 10);
}

/**
 * The typical household as lived (model v2): 14 months of recorded payments (three or four a
 * month, some short, some more than planned), 3 rate changes and the 24 % court cap.
 */
export function livedHousehold(seed = 1): ScenarioInput {
  const household = typicalHousehold(seed);
  const random = mulberry32(seed + 100);
  const debts = household.debts;
  (debts[0] as DebtInput).rateChanges = [{ date: '2027-06-01', interestRate: { annual: '0.12' } }];
  (debts[2] as DebtInput).rateChanges = [
    { date: '2027-03-20', penaltyRate: { daily: '0.0003' } },
    { date: '2027-11-02', interestRate: { daily: '0.0004' }, penaltyRate: { daily: '0.0004' } },
  ];
  const payments = [];
  for (let month = 0; month < 14; month++) {
    for (let n = 0; n < 3 + (month % 2); n++) {
      payments.push({
        date: typicalDate(month, 3 + n * 7),
        debtId: `d${Math.floor(random() * debts.length)}`,
        amount: money(200 + Math.floor(random() * 2500)),
      });
    }
  }
  return {
    ...household,
    chargeCap: { annualRate: '0.24' },
    actuals: { asOf: typicalDate(14, 0), payments },
  };
}

/**
 * 50 debts (or `count`) with every feature and a budget too small to finish: all 600 periods
 * run.
 */
export function heavyHousehold(seed = 2, count = 50): ScenarioInput {
  const random = mulberry32(seed);
  const debts = Array.from({ length: count }, (_, i) => debt(random, i, true));
  debts.forEach((d, i) => {
    if (i % 10 === 1)
      d.agreements = [
        {
          kind: 'installment',
          date: '2027-03-01',
          months: 36,
          method: 'equalPayment',
          rate: '0.005',
          waiveFees: true,
        },
      ];
    if (i % 10 === 2)
      d.agreements = [
        {
          kind: 'installment',
          date: '2027-01-20',
          months: 60,
          method: 'flatFee',
          rate: '0',
          waivePenalty: true,
        },
      ];
    if (i % 10 === 3)
      d.agreements = [{ kind: 'waiver', date: '2027-05-01', penalty: 'all', fees: '100.00' }];
    if (i % 10 === 4)
      d.agreements = [
        { kind: 'settlement', date: '2028-01-01', amount: money(Number(d.principal) * 0.5) },
      ];
  });
  return {
    version: 1,
    startDate: '2027-01-31',
    strategy: 'snowball',
    horizonMonths: 600,
    budget: {
      incomes: [
        { name: 'salary', amount: '14000.00' },
        { name: 'bonus', amount: '10000.00', frequency: 'yearly', month: 1 },
        { name: 'windfall', amount: '30000.00', frequency: 'once', month: '2029-03' },
      ],
      fixedCosts: [
        { name: 'rent', amount: '4000.00' },
        { name: 'living', amount: '3000.00' },
      ],
      obligations: [{ name: 'insurance', amount: '3000.00', frequency: 'yearly', month: 6 }],
      reserve: { amount: '500.00' },
    },
    debts,
  };
}
