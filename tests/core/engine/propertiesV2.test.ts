import { describe, expect, it } from 'vitest';
import { Dec, plan, planDetailed, type PlanResult, type Scenario } from '../../../src/core/index';
import { property, RUNS, valid, waivedAt } from '../helpers';
import { household, householdV1 } from '../arbitraries';
import { planFixtures, readFixture } from '../fixtures';

const d = (s: string) => new Dec(s);

const scenarios = household.map(valid);
const capped = household
  .map((input) => ({ ...input, chargeCap: input.chargeCap ?? { annualRate: '0.24' } }))
  .map(valid);
const lived = household.filter((input) => input.actuals !== undefined).map(valid);

/** The recorded payments per debt dated in [start, end). */
function recordedIn(
  s: Scenario,
  start: string,
  end: string,
): Map<string, InstanceType<typeof Dec>> {
  const sums = new Map<string, InstanceType<typeof Dec>>();
  for (const p of s.actuals?.payments ?? []) {
    if (p.date < start || p.date >= end) continue;
    sums.set(p.debtId, (sums.get(p.debtId) ?? d('0')).plus(p.amount));
  }
  return sums;
}

describe('model v2 invariants on generated households', { timeout: 120_000 }, () => {
  it('with chargeCap, interest + penalty + fees of a debt in a period never exceed its room', () => {
    property(
      capped,
      (s) => {
        const rate = d(s.chargeCap?.annualRate ?? '0');
        const { result, explanations } = planDetailed(s);
        result.schedule.forEach((row, k) => {
          const period = explanations.periods[k];
          row.debts.forEach((r, i) => {
            const e = period?.debts[i];
            if (e === undefined) throw new Error('missing explanation');
            // Installments keep their agreed terms: only accruing debts are capped.
            if (e.installment !== null) return;
            const debt = s.debts.find((x) => x.id === r.id);
            const p = d(e.cap?.principal ?? 'NaN');
            const room = (
              debt?.accrual === 'monthly'
                ? p.times(rate).div(12)
                : p
                    .times(rate)
                    .times(period?.days ?? 0)
                    .div(365)
            ).toDecimalPlaces(2, Dec.ROUND_HALF_UP);
            expect(e.cap?.room).toBe(room.toFixed(2));
            expect(d(r.interest).plus(r.penalty).plus(r.fees).lte(room)).toBe(true);
          });
        });
      },
      Math.round(RUNS / 2),
    );
  });

  it('past months pay exactly the recorded payments, capped at what is owed; the rest is unapplied', () => {
    property(
      lived,
      (s) => {
        const asOf = s.actuals?.asOf ?? '';
        const { result, explanations } = planDetailed(s);
        let applied = d('0');
        result.schedule.forEach((row, k) => {
          const recorded = recordedIn(s, row.start, row.end);
          const period = explanations.periods[k];
          let actual = d('0');
          row.debts.forEach((r, i) => {
            const e = period?.debts[i];
            if (e === undefined) throw new Error('missing explanation');
            const waived = waivedAt(e);
            const owed = d(e.start.balance).minus(waived).plus(r.interest).plus(r.penalty);
            const paidAsRecorded = Dec.min(recorded.get(r.id) ?? 0, owed);
            expect(e.payment.actual).toBe(paidAsRecorded.toFixed(2));
            if (row.end <= asOf) expect(r.payment).toBe(paidAsRecorded.toFixed(2));
            else expect(d(r.payment).gte(paidAsRecorded)).toBe(true);
            actual = actual.plus(paidAsRecorded);
          });
          expect(row.actual).toBe(actual.toFixed(2));
          applied = applied.plus(actual);
        });
        const total = (s.actuals?.payments ?? []).reduce((sum, p) => sum.plus(p.amount), d('0'));
        expect(result.summary.actualPaid).toBe(applied.toFixed(2));
        expect(result.summary.unappliedActuals).toBe(total.minus(applied).toFixed(2));
        expect(result.summary.pastMonths).toBe(result.schedule.filter((r) => r.end <= asOf).length);
      },
      Math.round(RUNS / 2),
    );
  });

  it('a household with no v2 inputs plans as with neutral ones, and reports no v2 figures', () => {
    const neutral = (s: Scenario): Scenario => ({
      ...s,
      budget: { ...s.budget, extras: [] },
      actuals: { asOf: s.startDate, payments: [] },
      debts: s.debts.map((debt) => ({
        ...debt,
        rateChanges: [],
        agreements: debt.agreements.map((a) =>
          a.kind === 'installment' ? { ...a, onBreak: 'keep' as const } : a,
        ),
      })),
    });
    property(
      householdV1.map(valid),
      (s) => {
        const result = plan(s);
        expect(plan(neutral(s))).toStrictEqual(result);
        const m = result.summary;
        expect([m.totalReinstated, m.actualPaid, m.unappliedActuals, m.pastMonths]).toStrictEqual([
          '0.00',
          '0.00',
          '0.00',
          0,
        ]);
        for (const row of result.schedule) expect(row.actual).toBe('0.00');
      },
      Math.round(RUNS / 3),
    );
  });

  it('reinstates only what broken agreements waived, and nothing with onBreak "keep"', () => {
    const keep = (s: Scenario): Scenario => ({
      ...s,
      debts: s.debts.map((debt) => ({
        ...debt,
        agreements: debt.agreements.map((a) =>
          a.kind === 'installment' ? { ...a, onBreak: 'keep' as const } : a,
        ),
      })),
    });
    property(scenarios, (s) => {
      const m = plan(s).summary;
      expect(plan(keep(s)).summary.totalReinstated).toBe('0.00');
      expect(d(m.totalReinstated).lte(m.totalWaived)).toBe(true);
      if (!d(m.totalReinstated).isZero()) expect(m.brokenAgreements.length).toBeGreaterThan(0);
    });
  });
});

/** The v1 expected plans, for the fixtures that v2's §9 does not change. */
describe('v1 plans are unchanged where no fee is charged on fees', () => {
  const v2Only = (result: PlanResult) => {
    const {
      totalReinstated: _r,
      actualPaid: _a,
      unappliedActuals: _u,
      pastMonths: _p,
      installments: _i,
      ...summary
    } = result.summary;
    return {
      summary,
      schedule: result.schedule.map(({ actual: _actual, ...row }) => row),
    };
  };
  const v1Dir = '../';
  for (const fixture of planFixtures.filter((f) => /^(01|02|05|07|08|09|11|12)-/.test(f.name))) {
    it(fixture.name, () => {
      const s = valid(JSON.parse(readFixture(fixture.scenario)));
      const v1 = JSON.parse(readFixture(`${v1Dir}${fixture.expected}`)) as unknown;
      expect(v2Only(plan(s))).toStrictEqual(v1);
    });
  }
});
