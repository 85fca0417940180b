import { describe, expect, it } from 'vitest';
import {
  Dec,
  compareStrategies,
  plan,
  planDetailed,
  validateScenario,
  type PlanResult,
  type Scenario,
} from '../../../src/core/index';
import { property, RUNS, valid, waivedAt } from '../helpers';
import { household } from '../arbitraries';

const d = (s: string) => new Dec(s);

const scenarios = household.map(valid);

function startBalance(s: Scenario): InstanceType<typeof Dec> {
  return s.debts.reduce(
    (sum, debt) =>
      sum
        .plus(debt.principal)
        .plus(debt.interest ?? 0)
        .plus(debt.penalty ?? 0)
        .plus(debt.fees ?? 0),
    d('0'),
  );
}

/** Each debt's balance in the last row that lists it (a debt leaves the rows once paid). */
function endBalance(result: PlanResult): InstanceType<typeof Dec> {
  const last = new Map<string, string>();
  for (const row of result.schedule) for (const debt of row.debts) last.set(debt.id, debt.balance);
  return [...last.values()].reduce((sum, b) => sum.plus(b), d('0'));
}

describe('engine invariants on generated households', { timeout: 60_000 }, () => {
  it('conserves money to the cent: start + interest + penalty + fees + reinstated − waived − forgiven − paid = end', () => {
    property(scenarios, (s) => {
      const result = plan(s);
      const m = result.summary;
      const expected = startBalance(s)
        .plus(m.totalInterest)
        .plus(m.totalPenalty)
        .plus(m.totalFees)
        .plus(m.totalReinstated)
        .minus(m.totalWaived)
        .minus(m.totalForgiven)
        .minus(m.totalPaid);
      expect(endBalance(result).toFixed(2)).toBe(expected.toFixed(2));
    });
  });

  it('balances each period and debt, from the explanation of every figure', () => {
    property(
      scenarios,
      (s) => {
        const { result, explanations } = planDetailed(s);
        result.schedule.forEach((row, k) => {
          const period = explanations.periods[k];
          expect(period?.debts.map((e) => e.id)).toStrictEqual(row.debts.map((r) => r.id));
          row.debts.forEach((r, i) => {
            const e = period?.debts[i];
            if (e === undefined) throw new Error('missing explanation');
            const waived = waivedAt(e);
            const end = d(e.start.balance)
              .minus(waived)
              .plus(r.interest)
              .plus(r.penalty)
              .plus(r.fees)
              .plus(e.reinstated)
              .minus(r.payment)
              .minus(e.forgiven);
            expect(end.toFixed(2)).toBe(r.balance);
            expect(e.end.balance).toBe(r.balance);
            expect(e.due.amount).toBe(r.due);
            // Payment never exceeds what the debt owed after accrual.
            const owed = d(e.start.balance).minus(waived).plus(r.interest).plus(r.penalty);
            expect(d(r.payment).lte(owed)).toBe(true);
            // The explained parts add up to the posted figures, less what the court cap cut.
            const accrued = d(e.interest?.posted ?? '0')
              .minus(e.cap?.interestCut ?? '0')
              .plus(e.installment?.interest ?? '0');
            expect(accrued.toFixed(2)).toBe(r.interest);
            expect(
              d(e.penalty?.posted ?? '0')
                .minus(e.cap?.penaltyCut ?? '0')
                .toFixed(2),
            ).toBe(r.penalty);
            expect(e.lateFee?.amount ?? '0.00').toBe(r.fees);
            const p = e.payment;
            expect(
              d(p.toFees).plus(p.toPenalty).plus(p.toInterest).plus(p.toPrincipal).toFixed(2),
            ).toBe(r.payment);
            expect(d(p.actual).plus(p.towardsDue).plus(p.surplus).toFixed(2)).toBe(r.payment);
          });
        });
      },
      Math.round(RUNS / 2),
    );
  });

  it('never plans more than the money available, never leaves negative amounts, carries what is left', () => {
    property(scenarios, (s) => {
      const result = plan(s);
      const asOf = s.actuals?.asOf ?? '';
      let carried = d('0');
      for (const row of result.schedule) {
        const available = d(row.capacity).plus(carried);
        const paid = row.debts.reduce((sum, r) => sum.plus(r.payment), d('0'));
        expect(paid.toFixed(2)).toBe(row.paid);
        // Past the recorded payments, the plan pays from capacity + carried less what they took.
        const planned = d(row.paid).minus(row.actual);
        if (row.end <= asOf) {
          expect(planned.toFixed(2)).toBe('0.00');
          expect(row.unallocated).toBe('0.00');
        } else {
          const money = Dec.max(available.minus(row.actual), 0);
          expect(planned.plus(row.unallocated).toFixed(2)).toBe(money.toFixed(2));
        }
        expect(d(row.unallocated).isNegative()).toBe(false);
        expect(d(row.deficit).isNegative()).toBe(false);
        // In a deficit only money set aside from outside (extras) is left to pay with.
        const extras = (s.budget.extras ?? []).reduce((sum, x) => sum.plus(x.amount), d('0'));
        if (!d(row.deficit).isZero()) expect(d(row.capacity).lte(extras)).toBe(true);
        for (const r of row.debts) {
          for (const field of [
            'due',
            'payment',
            'interest',
            'penalty',
            'fees',
            'balance',
          ] as const) {
            expect(d(r[field]).isNegative(), `${field} ${r[field]}`).toBe(false);
          }
          expect(r.state === 'paid').toBe(r.balance === '0.00');
        }
        carried = d(row.unallocated);
      }
    });
  });

  it('ends with every debt paid or still owed, and the summary says which', () => {
    property(scenarios, (s) => {
      const result = plan(s);
      const { summary, schedule } = result;
      expect(schedule.length).toBeLessThanOrEqual(s.horizonMonths);
      const lastRowOf = new Map<string, { month: number; balance: string }>();
      for (const row of schedule)
        for (const r of row.debts) lastRowOf.set(r.id, { month: row.month, balance: r.balance });
      for (const debt of summary.debts) {
        const last = lastRowOf.get(debt.id);
        if (debt.payoffMonth === null) {
          expect(last?.balance).not.toBe('0.00');
          expect(last?.month).toBe(schedule.length - 1);
        } else {
          expect(last).toStrictEqual({ month: debt.payoffMonth, balance: '0.00' });
          expect(debt.payoffDate).toBe(schedule[debt.payoffMonth]?.end);
        }
      }
      const allPaid = summary.debts.every((x) => x.payoffMonth !== null);
      expect(summary.debtFree).toBe(allPaid);
      if (allPaid) {
        expect(summary.months).toBe(schedule.length);
        expect(summary.debtFreeDate).toBe(schedule[schedule.length - 1]?.end);
      } else {
        expect(summary.months).toBeNull();
        expect(schedule.length).toBe(s.horizonMonths);
      }
      const shortMonths = schedule.filter((row) =>
        row.debts.some((r) => d(r.payment).lt(r.due)),
      ).length;
      expect(summary.shortfallMonths).toBe(shortMonths);
      const sum = (f: 'paid' | 'interest' | 'penalty' | 'fees') =>
        summary.debts.reduce((t, x) => t.plus(x[f]), d('0')).toFixed(2);
      expect(sum('paid')).toBe(summary.totalPaid);
      expect(sum('interest')).toBe(summary.totalInterest);
      expect(sum('penalty')).toBe(summary.totalPenalty);
      expect(sum('fees')).toBe(summary.totalFees);
    });
  });

  it('pays surplus only once every due of the period is paid in full', () => {
    property(scenarios, (s) => {
      // Recorded payments (model §14) are what was paid, planned or not.
      for (const row of plan(s).schedule.filter((r) => r.actual === '0.00')) {
        const someShort = row.debts.some((r) => d(r.payment).lt(r.due));
        const someOver = row.debts.some((r) => d(r.payment).gt(r.due));
        expect(someShort && someOver).toBe(false);
      }
    });
  });

  it('minimumOnly never pays beyond a due', () => {
    property(scenarios, (s) => {
      const rows = plan({ ...s, strategy: 'minimumOnly' }).schedule;
      for (const row of rows.filter((r) => r.actual === '0.00')) {
        for (const r of row.debts) expect(d(r.payment).lte(r.due)).toBe(true);
      }
    });
  });

  it('doing nothing pays nothing, and the comparison shows it', () => {
    property(
      scenarios,
      (s) => {
        const comparison = compareStrategies(s);
        expect(comparison[0]?.key).toBe('chosen');
        expect(comparison[0]?.summary).toStrictEqual(plan(s).summary);
        // Doing nothing pays only what was already recorded as paid: history is history.
        const nothing = comparison.find((c) => c.key === 'doNothing');
        expect(nothing?.summary.totalPaid).toBe(nothing?.summary.actualPaid);
        for (const c of comparison)
          expect(c.summary.pastMonths).toBe(comparison[0]?.summary.pastMonths);
        expect(new Set(comparison.map((c) => c.key)).size).toBe(comparison.length);
        expect(
          comparison.some((c) => c.key === 'minimumOnly' || c.strategy === 'minimumOnly'),
        ).toBe(true);
        // The headline capacity does not depend on the strategy.
        for (const c of comparison)
          expect(c.summary.affordableMonthly).toBe(comparison[0]?.summary.affordableMonthly);
      },
      Math.round(RUNS / 3),
    );
  });

  it('validation round-trips: a validated scenario validates to itself and plans the same', () => {
    property(household, (input) => {
      const first = validateScenario(input);
      expect(first.ok).toBe(true);
      if (!first.ok) return;
      const second = validateScenario(JSON.parse(JSON.stringify(first.scenario)));
      expect(second).toStrictEqual(first);
    });
  });

  it('only agreed agreements change the plan', () => {
    property(
      scenarios,
      (s) => {
        const withoutOthers: Scenario = {
          ...s,
          debts: s.debts.map((debt) => ({
            ...debt,
            agreements: debt.agreements.filter((a) => a.status === 'agreed'),
          })),
        };
        expect(plan(withoutOthers)).toStrictEqual(plan(s));
      },
      Math.round(RUNS / 3),
    );
  });
});
