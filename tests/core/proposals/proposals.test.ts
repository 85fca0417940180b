import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  Dec,
  parseScenarioJson,
  plan,
  validateScenario,
  type Agreement,
  type Scenario,
} from '../../../src/core/index';
import { planWarnings } from '../../../src/core/planWarnings';
import { Timeline } from '../../../src/core/engine/timeline';
import {
  capacityLeft,
  proposeFor,
  WAIVER_SHORT_OVERDUE_DAYS,
  WAIVER_SMALL_AMOUNT,
  type ProposalOption,
  type ProposalResult,
} from '../../../src/core/proposals/index';
import { household } from '../arbitraries';
import { planFixtures, readFixture } from '../fixtures';
import { scenario as build } from '../helpers';

function load(name: string): Scenario {
  const v = parseScenarioJson(readFixture(name));
  if (!v.ok) throw new Error(`${name} does not validate`);
  return v.scenario;
}

const proposalDate = (s: Scenario) => s.actuals?.asOf ?? s.startDate;

/** The scenario with the option's agreement added as agreed, validated like any input. */
function agreed(s: Scenario, debtId: string, agreement: Agreement): Scenario {
  const input = {
    ...s,
    debts: s.debts.map((d) =>
      d.id === debtId
        ? { ...d, agreements: [...d.agreements, { ...agreement, status: 'agreed' }] }
        : d,
    ),
  };
  const v = validateScenario(input);
  if (!v.ok) throw new Error(v.issues.map((i) => i.message).join('\n'));
  return v.scenario;
}

/** The promises an offered option must keep once agreed and planned, from today on. */
function brokenPromises(s: Scenario, debtId: string, option: ProposalOption): string[] {
  const withIt = agreed(s, debtId, option.agreement);
  // A break already lived (model §14) is history, not a promise the option breaks.
  const today = new Timeline(s.startDate).periodOf(proposalDate(s));
  return planWarnings(withIt, plan(withIt))
    .filter(
      (w) =>
        (w.kind === 'agreementBroken' || w.kind === 'settlementFails') &&
        w.debtId === debtId &&
        w.month >= today,
    )
    .map((w) => `${w.kind} in month ${'month' in w ? w.month : '?'}`);
}

/** An installment option's payments against the capacity left, month by month. */
function installmentOverCapacity(s: Scenario, debtId: string, option: ProposalOption): string[] {
  if (option.agreement.kind !== 'installment') return [];
  const left = capacityLeft(s, debtId);
  const result = plan(agreed(s, debtId, option.agreement));
  const problems: string[] = [];
  // Proposals default to today as the plan knows it: asOf when payments are recorded.
  const start = new Timeline(s.startDate).periodOf(proposalDate(s));
  for (let k = start; k < start + option.agreement.months; k++) {
    const row = result.schedule[k]?.debts.find((d) => d.id === debtId);
    const room = left[k]?.left ?? '0.00';
    if (row === undefined) problems.push(`month ${k}: debt missing`);
    else if (new Dec(row.due).gt(room)) problems.push(`month ${k}: ${row.due} > ${room}`);
    else if (new Dec(row.payment).lt(row.due) || (k > start && new Dec(row.payment).gt(row.due)))
      problems.push(`month ${k}: paid ${row.payment} of ${row.due}`);
    // More than the installment is paid only in the month of asOf, when the payments already
    // recorded in it exceed it: model §14 keeps the excess, and it repays principal early.
  }
  if (new Dec(String(option.params.installment)).gt(String(option.params.capacityLeft)))
    problems.push(`installment ${option.params.installment} > ${option.params.capacityLeft}`);
  return problems;
}

/**
 * What the option discloses of its installment is the engine's own line (model §13) for it, in
 * the plan with the option agreed: nothing is worked out a second time.
 */
function disclosureMatchesEngine(s: Scenario, debtId: string, option: ProposalOption): void {
  const { agreement } = option;
  if (agreement.kind !== 'installment') {
    expect(option.installment).toBeUndefined();
    return;
  }
  const lines = plan(agreed(s, debtId, agreement)).summary.installments.filter(
    (line) =>
      line.debtId === debtId && line.date === agreement.date && line.months === agreement.months,
  );
  expect(option.installment).toEqual(lines.at(-1));
  expect(option.installment).toBeDefined();
}

function checkAll(s: Scenario, debtId: string, result: ProposalResult): void {
  expect(result.debtId).toBe(debtId);
  for (const option of result.options) {
    disclosureMatchesEngine(s, debtId, option);
    expect(option.agreement.status).toBe('proposed');
    // Settlements are dated at the end of the month they are paid in; the rest start now.
    if (option.kind !== 'settlement') expect(option.agreement.date).toBe(proposalDate(s));
    if (option.kind === 'installment')
      expect(option.agreement).toMatchObject({ onBreak: 'reinstate' });
    if (!option.fits) continue;
    expect(brokenPromises(s, debtId, option), `${debtId} ${option.reason}`).toEqual([]);
    expect(installmentOverCapacity(s, debtId, option), `${debtId} ${option.reason}`).toEqual([]);
  }
  if (!result.options.some((o) => o.fits)) expect(result.nothingFits).toBeDefined();
  else expect(result.nothingFits).toBeUndefined();
}

describe('proposeFor on every fixture', { timeout: 60_000 }, () => {
  for (const fixture of planFixtures) {
    it(`${fixture.name}: every option that fits keeps its promise within the capacity left`, () => {
      const s = load(fixture.scenario);
      for (const debt of s.debts) {
        for (const overdueDays of [undefined, 10, 90]) {
          const context = overdueDays === undefined ? {} : { overdueDays };
          checkAll(s, debt.id, proposeFor(s, debt.id, context));
        }
      }
    });
  }

  it('offers installments and settlements where the budget allows (fixture 02)', () => {
    const s = load('02-huabei-overdue-daily-penalty.scenario.json');
    const result = proposeFor(s, 'huabei');
    const kinds = result.options.filter((o) => o.fits).map((o) => `${o.kind}:${o.reason}`);
    expect(kinds).toContain('installment:interestStopFits');
    expect(kinds).toContain('settlement:settlementSaveable');
    const stop = result.options.find((o) => o.reason === 'interestStopFits');
    expect(stop?.agreement).toMatchObject({ rate: '0', waivePenalty: true, waiveInterest: true });
    // The shortest term that fits comes first, a longer alternative after it.
    const terms = result.options
      .filter((o) => o.reason === 'interestStopFits')
      .map((o) => Number(o.params.months));
    expect(terms).toEqual([...terms].sort((a, b) => a - b));
    expect(stop?.effect.penaltyAvoided).not.toBe('0.00');
  });

  it('says why nothing fits in a deficit household (fixture 10)', () => {
    const s = load('10-deficit-do-nothing.scenario.json');
    for (const debt of s.debts) {
      const result = proposeFor(s, debt.id, { overdueDays: 10 });
      expect(result.options.filter((o) => o.fits)).toEqual([]);
      expect(result.nothingFits).toEqual({
        reason: 'budgetDeficit',
        params: expect.objectContaining({ deficit: '600.00', month: 0 }),
      });
    }
  });
});

describe('waiver cues (DOMAIN step 3)', () => {
  const small = (principal: string, extra: Record<string, unknown> = {}) =>
    build({
      budget: { incomes: [{ name: 'pay', amount: '3000.00' }] },
      debts: [
        {
          id: 'h',
          name: 'huabei',
          principal,
          overdue: true,
          penalty: '20.00',
          penaltyRate: { daily: '0.0005' },
          ...extra,
        },
      ],
    });
  const waivers = (r: ProposalResult) => r.options.filter((o) => o.kind === 'waiver');

  it('uses the named thresholds', () => {
    expect(WAIVER_SMALL_AMOUNT).toBe('500.00');
    expect(WAIVER_SHORT_OVERDUE_DAYS).toBe(30);
  });

  it('small and short overdue → a full waiver of penalty, interest and fees', () => {
    const [w] = waivers(proposeFor(small('300.00'), 'h', { overdueDays: 30 }));
    expect(w?.reason).toBe('shortOverdueSmallAmount');
    expect(w?.agreement).toEqual({
      kind: 'waiver',
      date: '2027-01-01',
      status: 'proposed',
      penalty: 'all',
      interest: 'all',
      fees: 'all',
    });
    expect(w?.fits).toBe(true);
    expect(w?.params.waived).toBe('20.00');
  });

  it('small and long overdue → a full waiver', () => {
    const [w] = waivers(proposeFor(small('300.00'), 'h', { overdueDays: 31 }));
    expect(w?.reason).toBe('longOverdueSmallAmount');
    expect(w?.agreement).toMatchObject({ penalty: 'all', interest: 'all', fees: 'all' });
  });

  it('small, days unknown → the amount cue alone, and says so', () => {
    const [w] = waivers(proposeFor(small('300.00'), 'h'));
    expect(w?.reason).toBe('smallAmount');
    expect(w?.params.overdueDaysKnown).toBe(0);
  });

  it('500 or more is not small: short overdue → pay part first, within this month', () => {
    // 480 principal + 20 penalty = 500.00: exactly the threshold, so large.
    const s = small('480.00');
    const [w] = waivers(proposeFor(s, 'h', { overdueDays: 5 }));
    expect(w?.reason).toBe('payPartFirst');
    expect(w?.agreement).toEqual({
      kind: 'waiver',
      date: '2027-01-01',
      status: 'proposed',
      penalty: 'all',
    });
    const room = capacityLeft(s, 'h')[0]?.left ?? '0.00';
    expect(new Dec(String(w?.params.payNow)).lte(room)).toBe(true);
    expect(new Dec(String(w?.params.payNow)).gt(0)).toBe(true);
  });

  it('large and long overdue, or large with days unknown → no waiver cue', () => {
    expect(waivers(proposeFor(small('5000.00'), 'h', { overdueDays: 60 }))).toEqual([]);
    expect(waivers(proposeFor(small('5000.00'), 'h'))).toEqual([]);
  });

  it('a current debt gets no waiver cue unless days overdue are given', () => {
    const s = build({ debts: [{ id: 'c', name: 'card', principal: '300.00' }] });
    expect(waivers(proposeFor(s, 'c'))).toEqual([]);
    expect(waivers(proposeFor(s, 'c', { overdueDays: 0 }))).toEqual([]);
  });
});

describe('proposeFor contract', { timeout: 60_000 }, () => {
  const s = load('03-mixed-avalanche.scenario.json');

  it('is deterministic', () => {
    expect(proposeFor(s, 'card', { overdueDays: 10 })).toStrictEqual(
      proposeFor(s, 'card', { overdueDays: 10 }),
    );
  });

  it('throws on an unknown debt id', () => {
    expect(() => proposeFor(s, 'nope')).toThrow(/unknown debt id/);
  });

  it('dates agreements on the given date', () => {
    const result = proposeFor(s, 'card', { date: '2027-03-05' });
    for (const o of result.options) {
      if (o.kind !== 'settlement') expect(o.agreement.date).toBe('2027-03-05');
    }
  });

  it('says nothing is owed for a debt paid before the date', () => {
    const one = load('01-single-loan-monthly.scenario.json');
    const result = proposeFor(one, 'loan', { date: '2099-01-01' });
    expect(result.options).toEqual([]);
    expect(result.nothingFits?.reason).toBe('dateOutsidePlan');
  });

  it('is fast enough for a UI on an 8-debt household', () => {
    const debts = Array.from({ length: 8 }, (_, i) => ({
      id: `d${i}`,
      name: `debt ${i}`,
      principal: `${(i + 1) * 2500}.00`,
      ...(i % 2 === 0
        ? { overdue: true, penaltyRate: { daily: '0.0005' }, penalty: '120.00' }
        : {
            interestRate: { annual: '0.18' },
            minimumPayment: { kind: 'percentOfBalance', percent: '3', floor: '50.00' },
          }),
    }));
    const big = build({
      budget: {
        incomes: [{ name: 'pay', amount: '16000.00' }],
        fixedCosts: [{ name: 'rent', amount: '6000.00' }],
        reserve: { percentOfIncome: '5' },
      },
      debts,
    });
    proposeFor(big, 'd0'); // warm up
    const times: number[] = [];
    for (const d of big.debts) {
      const t = performance.now();
      checkAll(big, d.id, proposeFor(big, d.id, { overdueDays: 10 }));
      times.push(performance.now() - t);
    }
    const start = performance.now();
    for (const d of big.debts) proposeFor(big, d.id, { overdueDays: 10 });
    const perDebt = (performance.now() - start) / big.debts.length;
    console.log(`proposeFor, 8-debt household: ${perDebt.toFixed(0)} ms per debt`);
    expect(perDebt).toBeLessThan(1000);
  });
});

// Each run plans a household a few dozen times: allow time (PROPOSAL_RUNS=2000 for a long hunt).
describe('a proposal in a month already paid more than its installment (model §14)', () => {
  it('keeps the excess as an early repayment, not a broken promise', () => {
    // Found by the generated households below: 0.03 recorded this month, an installment of 0.02.
    const v = validateScenario({
      version: 1,
      startDate: '2026-01-01',
      strategy: 'avalanche',
      horizonMonths: 4,
      budget: { extras: [{ name: 'm', amount: '0.02' }] },
      customOrder: [],
      debts: [
        { id: 'd0', name: 'debt d0', principal: '0.06', interestRate: { monthly: '0' } },
        { id: 'd1', name: 'debt d1', principal: '0.01', overdue: true },
        { id: 'd2', name: 'debt d2', principal: '0.01' },
      ],
      actuals: {
        asOf: '2026-02-02',
        payments: [{ date: '2026-02-01', debtId: 'd0', amount: '0.03' }],
      },
    });
    if (!v.ok) throw new Error('the household is valid');
    const result = proposeFor(v.scenario, 'd0');
    expect(result.options.some((o) => o.kind === 'installment' && o.fits)).toBe(true);
    checkAll(v.scenario, 'd0', result);
  });
});

describe('proposeFor on generated households', { timeout: 600_000 }, () => {
  it('never offers an option that breaks once agreed', () => {
    fc.assert(
      fc.property(household, fc.nat(4), fc.option(fc.nat(120)), (input, pick, days) => {
        const v = validateScenario(input);
        if (!v.ok) return;
        const s = v.scenario;
        const debt = s.debts[pick % s.debts.length];
        if (debt === undefined) return;
        const result = proposeFor(s, debt.id, days === null ? {} : { overdueDays: days });
        checkAll(s, debt.id, result);
      }),
      { numRuns: Number(process.env.PROPOSAL_RUNS ?? 60) },
    );
  });
});

describe('proposals on a plan as lived (model §14)', () => {
  // A 0-rate plan of 1,000 a month, paid in January and broken in February (100 paid).
  const lived = build({
    startDate: '2027-01-01',
    budget: { incomes: [{ name: 'pay', amount: '3000.00' }] },
    debts: [
      {
        id: 'card',
        name: 'card',
        principal: '6000.00',
        penaltyRate: { daily: '0.0005' },
        agreements: [
          { kind: 'installment', date: '2027-01-01', months: 6, method: 'equalPayment', rate: '0' },
        ],
      },
    ],
    actuals: {
      asOf: '2027-03-15',
      payments: [
        { date: '2027-01-20', debtId: 'card', amount: '1000.00' },
        { date: '2027-02-20', debtId: 'card', amount: '100.00' },
      ],
    },
  });

  it('a break already lived does not stop a new plan from fitting, dated asOf', () => {
    expect(plan(lived).summary.brokenAgreements).toEqual(['card']);
    const result = proposeFor(lived, 'card');
    const fitting = result.options.filter((o) => o.fits && o.kind === 'installment');
    expect(fitting.length).toBeGreaterThan(0);
    for (const option of fitting) {
      expect(option.agreement).toMatchObject({ date: '2027-03-15', onBreak: 'reinstate' });
      const withIt = agreed(lived, 'card', option.agreement);
      const breaks = planWarnings(withIt, plan(withIt)).filter(
        (w) => w.kind === 'agreementBroken' && w.month >= 2,
      );
      expect(breaks).toEqual([]);
    }
  });

  it('offers nothing for a past month: only what was recorded was paid then', () => {
    const result = proposeFor(lived, 'card', { date: '2027-02-10' });
    expect(result.options.filter((o) => o.fits && o.kind === 'installment')).toEqual([]);
  });
});
