import { describe, expect, it } from 'vitest';
import { plan } from '../../src/core/engine/api';
import { planWarnings } from '../../src/core/planWarnings';
import type { Scenario } from '../../src/core/scenario/types';
import { fixtureScenario } from './fixtures';

const warningsOf = (scenario: Scenario) => planWarnings(scenario, plan(scenario));

describe('planWarnings', () => {
  it('reports a broken installment agreement with its month and shortfall', () => {
    const scenario = fixtureScenario('09-');
    const result = plan(scenario);
    const broken = planWarnings(scenario, result).filter((w) => w.kind === 'agreementBroken');
    expect(broken).toHaveLength(1);
    const [warning] = broken;
    if (warning?.kind !== 'agreementBroken') throw new Error('expected a break');
    expect(warning.debtId).toBe('card');
    const row = result.schedule[warning.month]?.debts.find((d) => d.id === 'card');
    expect(row?.state).toBe('overdue');
    expect(Number(warning.shortfall)).toBeGreaterThan(0);
  });

  it('counts one duesNotMet warning per shortfall month of the summary', () => {
    for (const prefix of ['03-', '08-', '09-', '10-', '11-']) {
      const scenario = fixtureScenario(prefix);
      const result = plan(scenario);
      const missed = planWarnings(scenario, result).filter((w) => w.kind === 'duesNotMet');
      expect(missed.length, prefix).toBe(result.summary.shortfallMonths);
    }
  });

  it('reports budget deficits and debts never paid when the budget cannot pay', () => {
    const warnings = warningsOf(fixtureScenario('10-'));
    expect(
      warnings.filter((w) => w.kind === 'neverPaid').map((w) => 'debtId' in w && w.debtId),
    ).toEqual(['weili', 'card']);
    expect(warnings.some((w) => w.kind === 'budgetDeficit')).toBe(true);
  });

  it('reports the fixture settlement that is not saved for in time (3777.66 of 4000.00)', () => {
    const failed = warningsOf(fixtureScenario('08-')).filter((w) => w.kind === 'settlementFails');
    expect(failed).toEqual([
      {
        kind: 'settlementFails',
        debtId: 'meituan',
        month: 4,
        start: '2027-04-15',
        past: false,
        shortfall: '222.34',
      },
    ]);
  });

  it('says nothing of a settlement that can be paid on its date', () => {
    const scenario = fixtureScenario('08-');
    const [meituan, ...rest] = scenario.debts;
    if (!meituan) throw new Error('no debt');
    const affordable: Scenario = {
      ...scenario,
      debts: [
        {
          ...meituan,
          agreements: [
            { kind: 'settlement', date: '2027-04-20', amount: '3000.00', status: 'agreed' },
          ],
        },
        ...rest,
      ],
    };
    expect(warningsOf(affordable).filter((w) => w.kind === 'settlementFails')).toEqual([]);
  });

  it('reports a settlement that cannot be paid on its date', () => {
    const scenario = fixtureScenario('08-');
    const debt = scenario.debts[0];
    if (!debt) throw new Error('no debt');
    const early: Scenario = {
      ...scenario,
      debts: [
        {
          ...debt,
          agreements: [
            { kind: 'settlement', date: scenario.startDate, amount: '100000.00', status: 'agreed' },
          ],
        },
        ...scenario.debts.slice(1),
      ],
    };
    const failed = warningsOf(early).filter((w) => w.kind === 'settlementFails');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ debtId: debt.id, month: 0 });
  });
});
