import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, parseScenarioJson, plan, type Scenario } from '../../../src/core/index';
import { proposeAll, proposeFor, type TotalPlan } from '../../../src/core/proposals/index';
import { Timeline } from '../../../src/core/engine/timeline';
import { household } from '../arbitraries';
import { planFixtures, readFixture } from '../fixtures';
import { scenario as build } from '../helpers';
import { agreedAll, unpaidFrom, type Request } from './totalPlanCheck';

const dateOf = (s: Scenario) => s.actuals?.asOf ?? s.startDate;

/**
 * How long every generated debt has been overdue, for the total plan and for each lender's own
 * proposals alike: short, so a large amount may be asked to waive its penalty.
 */
const OVERDUE_DAYS = 10;
const overdueDaysOf = (s: Scenario) =>
  Object.fromEntries(s.debts.map((d) => [d.id, OVERDUE_DAYS] as const));

/** A total plan that says it holds must hold when planned independently, and be well formed. */
function checkHolds(input: unknown, s: Scenario, result: TotalPlan): void {
  expect(result.nothingFits).toBeUndefined();
  expect(new Set(result.agreements.map((a) => a.debtId)).size).toBe(result.agreements.length);
  for (const { agreement } of result.agreements) {
    expect(agreement.status).toBe('proposed');
    if (agreement.kind === 'installment') {
      // 停息挂账 at the common term, lost when broken (违约后恢复原息费).
      expect(agreement).toMatchObject({ rate: '0', waivePenalty: true, onBreak: 'reinstate' });
      expect(agreement.months).toBe(result.term);
      expect(agreement.months).toBeLessThanOrEqual(60);
    }
  }
  expect(unpaidFrom(agreedAll(input, result.agreements), result.date)).toEqual([]);
  expect(result.date).toBe(dateOf(s));
}

function checkResult(input: unknown, s: Scenario, result: TotalPlan): void {
  if (result.nothingFits === undefined) {
    checkHolds(input, s, result);
    // Never costlier than keeping the current terms when keeping them holds too.
    if (unpaidFrom(s, result.date).length === 0)
      expect(new Dec(result.effect.costSaved).gte(0)).toBe(true);
    return;
  }
  expect(result.agreements).toEqual([]);
  const why = result.nothingFits;
  if (why.reason !== 'tooLittleMoney') return;
  // Keeping every current term does not hold either (or the search would have returned it).
  expect(unpaidFrom(s, result.date)).not.toEqual([]);
  if (why.missingMonthly !== null) expect(new Dec(why.missingMonthly).gt(0)).toBe(true);
  // The lenders to protect first keep their 停息挂账 together (the others may fall behind).
  const fallback = plan(agreedAll(input, why.fallback.agreements));
  for (const id of why.fallback.settleFirst)
    expect(fallback.summary.brokenAgreements).not.toContain(id);
}

describe('proposeAll on every v2 fixture', { timeout: 120_000 }, () => {
  for (const fixture of planFixtures) {
    it(`${fixture.name}: a set that holds, or what is missing (> 0)`, () => {
      const input: unknown = JSON.parse(readFixture(fixture.scenario));
      const v = parseScenarioJson(readFixture(fixture.scenario));
      if (!v.ok) throw new Error('invalid fixture');
      checkResult(input, v.scenario, proposeAll(v.scenario));
    });
  }
});

describe(
  'proposeAll on a household of four lenders and ¥1,300 a month',
  { timeout: 60_000 },
  () => {
    // Issue 16's household (tests/fixtures/README.md).
    const file = resolve(import.meta.dirname, '../../fixtures/four-lenders.scenario.json');
    const input = JSON.parse(readFileSync(file, 'utf8')) as { budget: object };
    const s = build(input);

    it('asks every lender for 停息挂账 over the same term, in proportion to what it is owed', () => {
      const result = proposeAll(s);
      checkHolds(input, s, result);
      expect(result.agreements.map((a) => a.debtId).sort()).toEqual([
        'card',
        'huabei',
        'jiebei',
        'weili',
      ]);
      // Penalty waived, 54,000 over 48 months is 1,125 a month, within 1,300; 36 would be 1,500.
      expect(result.term).toBe(48);
      const monthly = new Map(result.lenders.map((l) => [l.debtId, l.monthly]));
      expect(monthly.get('jiebei')).toBe('416.67');
      expect(monthly.get('huabei')).toBe('83.33');
      // 停息挂账 from the first day: nothing more is charged, and its effective annual rate is 0.
      for (const lender of result.lenders)
        expect(lender).toMatchObject({ request: 'interestStop', totalCost: '0.00', apr: '0.00' });
    });

    it('says how much is missing when the money does not reach, and what closes it', () => {
      const poorer = build({
        ...input,
        budget: { ...input.budget, incomes: [{ name: 'pay', amount: '4700.00' }] },
      });
      const result = proposeAll(poorer);
      expect(result.nothingFits).toMatchObject({ reason: 'tooLittleMoney', months: 60 });
      const why = result.nothingFits;
      if (why?.reason !== 'tooLittleMoney') throw new Error('expected tooLittleMoney');
      // 700 a month against 900 of 停息挂账 over 60 months: 200 a month is missing.
      expect(why.missingMonthly).not.toBeNull();
      const missing = new Dec(why.missingMonthly ?? '0');
      expect(missing.toFixed(2)).toBe('200.00');
      expect(why.cutCostsMonthly).toBe(why.missingMonthly);
      // With that extra, the set holds; with a yuan less, it does not.
      const extra = (amount: string) =>
        proposeAll(
          build({ ...input, budget: { ...poorer.budget, extras: [{ name: 'x', amount }] } }),
        );
      expect(extra(missing.toFixed(2)).nothingFits).toBeUndefined();
      expect(extra(missing.minus(1).toFixed(2)).nothingFits).toBeDefined();
      expect(why.fallback.settleFirst[0]).toBe('huabei');
    });

    it('re-plans the others around a lender that refused, which keeps its terms', () => {
      const result = proposeAll(s, { refused: ['card'] });
      expect(result.nothingFits).toBeUndefined();
      expect(result.agreements.map((a) => a.debtId).sort()).toEqual(['huabei', 'jiebei', 'weili']);
      expect(result.lenders.find((l) => l.debtId === 'card')?.request).toBe('keep');
      const agreed = agreedAll(input, result.agreements);
      expect(unpaidFrom(agreed, result.date, ['card'])).toEqual([]);
      // The card falls behind: its whole arrears are due and only what is left is paid.
      expect(unpaidFrom(agreed, result.date)).not.toEqual([]);
      // 36,000 over 36 months is 1,000 a month, within 1,300; 24 would be 1,500.
      expect(result.term).toBe(36);
    });
  },
);

describe('proposeAll: a settlement in the month of recorded payments', () => {
  // Found by the brute-force property below (fast-check seed 465815249). d1 paid 124.32 the day
  // before the proposal; the month's ¥41.45 is used up by it. d0 was offered a settlement at the
  // end of that month, counted from money the payment had already taken: it failed, and the total
  // plan said nothing fits, while a settlement two months on (and 停息挂账 for d1) holds.
  const input = {
    version: 1,
    startDate: '2026-01-01',
    strategy: 'avalanche',
    horizonMonths: 3,
    budget: { extras: [{ name: 'm', amount: '41.45' }] },
    customOrder: [],
    debts: [
      { id: 'd0', name: 'debt d0', principal: '0.01', fees: '0.01', overdue: true },
      {
        id: 'd1',
        name: 'debt d1',
        principal: '0.01',
        penalty: '375.68',
        fees: '124.31',
        overdue: true,
      },
    ],
    actuals: {
      asOf: '2026-01-02',
      payments: [{ date: '2026-01-01', debtId: 'd1', amount: '124.32' }],
    },
  };

  it('offers it only from the money the payments left', () => {
    const s = build(input);
    const result = proposeAll(s);
    checkHolds(input, s, result);
    expect(result.agreements.find((a) => a.debtId === 'd0')?.agreement).toMatchObject({
      kind: 'settlement',
      date: '2026-03-31',
    });
  });
});

describe('proposeAll and the waiver a short overdue may ask for', () => {
  // A card of 1,000 carrying 600 of penalty, its minimum 10 % of the balance, ¥120 a month set
  // aside, and two months left in the plan (too few for any 停息挂账 term). The minimum, 160, is
  // out of reach; with the penalty waived it is 100. DOMAIN step 3: after a short overdue, a
  // large amount may ask for its penalty to be waived; after a long one, or not knowing, only a
  // small amount may ask.
  const input = {
    version: 1,
    startDate: '2026-01-01',
    strategy: 'avalanche',
    horizonMonths: 2,
    budget: { extras: [{ name: 'set aside', amount: '120.00' }] },
    customOrder: [],
    debts: [
      {
        id: 'card',
        name: '信用卡',
        principal: '1000.00',
        penalty: '600.00',
        minimumPayment: { kind: 'percentOfBalance', percent: '10', floor: '0' },
      },
    ],
  };
  const s = build(input);

  it('asks a lender 10 days overdue to waive the penalty, as its own proposals do', () => {
    const result = proposeAll(s, { overdueDays: { card: 10 } });
    checkHolds(input, s, result);
    expect(result.agreements).toEqual([
      {
        debtId: 'card',
        agreement: { kind: 'waiver', date: '2026-01-01', status: 'proposed', penalty: 'all' },
      },
    ]);
    const own = proposeFor(s, 'card', { date: '2026-01-01', overdueDays: 10 }).options;
    expect(own.find((o) => o.kind === 'waiver')?.agreement).toEqual(
      result.agreements[0]?.agreement,
    );
  });

  it('does not ask it after a long overdue, or when how long is not known', () => {
    for (const context of [{ overdueDays: { card: 90 } }, {}])
      expect(proposeAll(s, context).nothingFits?.reason).toBe('tooLittleMoney');
  });
});

/**
 * A debt with an agreed promise running or ahead at the date: the total plan keeps it as agreed
 * and asks that lender nothing new (METHODOLOGY).
 */
function promised(s: Scenario, id: string, date: string): boolean {
  const timeline = new Timeline(s.startDate);
  const now = timeline.periodOf(date);
  return (s.debts.find((d) => d.id === id)?.agreements ?? []).some((a) => {
    if (a.status !== 'agreed') return false;
    const start = timeline.periodOf(a.date);
    if (a.kind === 'installment') return start + a.months > now;
    return a.kind === 'settlement' ? start >= now : a.date >= date;
  });
}

/** Every combination of single-lender options (and keeping), or the first that holds. */
function bruteForce(input: unknown, s: Scenario): Request[] | null {
  const date = dateOf(s);
  const choices = s.debts
    .filter((d) => !promised(s, d.id, date))
    .map((d) => [
      null,
      ...proposeFor(s, d.id, { date, overdueDays: OVERDUE_DAYS })
        .options.filter((o) => o.fits)
        // The total plan never asks a lender to forgive principal: whole-balance settlements only.
        .filter((o) => o.kind !== 'settlement' || o.params.discount === '0.00')
        .map((o) => ({ debtId: d.id, agreement: o.agreement })),
    ]);
  let combos: Request[][] = [[]];
  for (const options of choices)
    combos = combos.flatMap((c) => options.map((o) => (o === null ? c : [...c, o])));
  return combos.find((c) => unpaidFrom(agreedAll(input, c), date).length === 0) ?? null;
}

describe('proposeAll on generated households', { timeout: 600_000 }, () => {
  const runs = Number(process.env.PROPOSAL_RUNS ?? 25);

  it('every set returned holds once agreed, and costs no more than keeping what holds', () => {
    fc.assert(
      fc.property(household, (input) => {
        const v = parseScenarioJson(JSON.stringify(input));
        if (!v.ok) return;
        checkResult(
          input,
          v.scenario,
          proposeAll(v.scenario, { overdueDays: overdueDaysOf(v.scenario) }),
        );
      }),
      { numRuns: runs },
    );
  });

  it('on up to 3 lenders, no combination of single-lender options holds when nothing fits', () => {
    const small = household.filter((h) => (h.debts as unknown[]).length <= 3);
    fc.assert(
      fc.property(small, (input) => {
        const v = parseScenarioJson(JSON.stringify(input));
        if (!v.ok) return;
        const result = proposeAll(v.scenario, { overdueDays: overdueDaysOf(v.scenario) });
        if (result.nothingFits?.reason !== 'tooLittleMoney') return;
        expect(bruteForce(input, v.scenario)).toBeNull();
      }),
      { numRuns: runs },
    );
  });
});
