import { describe, expect, it } from 'vitest';
import { plan } from '../../../src/core/engine/api';
import { planCost } from '../../../src/core/planCost';
import { applyPlanVariant, missingDebts } from '../../../src/core/plans/applyPlanVariant';
import { planVariantFigures } from '../../../src/core/plans/planVariantFigures';
import { planVariantSchema } from '../../../src/core/scenario/schema';
import type { PlanVariantInput, Scenario } from '../../../src/core/scenario/types';
import { validateScenario } from '../../../src/core/scenario/validate';
import { applyWhatIf } from '../../../src/core/whatIf';
import { fixtureScenario } from '../fixtures';

const variant = (input: PlanVariantInput) => planVariantSchema.parse(input);

const interestStop = {
  kind: 'installment',
  date: '2026-12-01',
  status: 'proposed',
  months: 24,
  method: 'equalPayment',
  rate: '0',
  waivePenalty: true,
} as const;

describe('applyPlanVariant', () => {
  const scenario = fixtureScenario('03-');

  it('the empty 方案 is the household itself', () => {
    expect(applyPlanVariant(scenario, variant({}))).toEqual(scenario);
  });

  it('replaces strategy and limit, adds extras, agreements (assumed agreed) and rate changes', () => {
    const changed = applyPlanVariant(
      scenario,
      variant({
        strategy: 'snowball',
        paymentLimit: '3000.00',
        extras: [{ name: '家人帮忙', amount: '2000.00', frequency: 'once', month: '2027-01' }],
        agreements: [{ debtId: 'card', agreement: interestStop }],
        rateChanges: [
          { debtId: 'weili', change: { date: '2027-03-01', interestRate: { daily: '0.0002' } } },
        ],
      }),
    );
    expect(changed.strategy).toBe('snowball');
    expect(changed.budget.paymentLimit).toBe('3000.00');
    expect(changed.budget.extras).toHaveLength(1);
    const card = changed.debts.find((debt) => debt.id === 'card');
    expect(card?.agreements).toMatchObject([{ kind: 'installment', months: 24, status: 'agreed' }]);
    expect(changed.debts.find((debt) => debt.id === 'weili')?.rateChanges).toHaveLength(1);
    // The household it was applied to is unchanged.
    expect(scenario.strategy).toBe('avalanche');
    expect(scenario.budget.extras).toBeUndefined();
    expect(validateScenario(changed).ok).toBe(true);
  });

  it('an agreement already proposed is assumed agreed, not added twice', () => {
    const proposed = variant({ agreements: [{ debtId: 'card', agreement: interestStop }] });
    const withProposal = applyPlanVariant(scenario, proposed);
    const listed: Scenario = {
      ...withProposal,
      debts: withProposal.debts.map((debt) =>
        debt.id === 'card'
          ? { ...debt, agreements: debt.agreements.map((a) => ({ ...a, status: 'proposed' })) }
          : debt,
      ),
    };
    const again = applyPlanVariant(listed, proposed);
    const card = again.debts.find((debt) => debt.id === 'card');
    expect(card?.agreements.map((a) => a.status)).toEqual(['agreed']);
  });

  it('applying it to a household that adopted it changes nothing more', () => {
    const changes = variant({
      extras: [{ name: 'more', amount: '500.00' }],
      agreements: [{ debtId: 'card', agreement: interestStop }],
      rateChanges: [
        { debtId: 'weili', change: { date: '2027-03-01', interestRate: { daily: '0' } } },
      ],
    });
    const adopted = applyPlanVariant(scenario, changes);
    expect(applyPlanVariant(adopted, changes)).toEqual(adopted);
  });

  it('a delay is the what-if delay', () => {
    expect(applyPlanVariant(scenario, variant({ delayMonths: 2 }))).toEqual(
      applyWhatIf(scenario, { delayMonths: 2 }),
    );
  });

  it('names and leaves out changes to debts the household no longer has', () => {
    const changes = variant({ agreements: [{ debtId: 'gone', agreement: interestStop }] });
    expect(missingDebts(scenario, changes)).toEqual(['gone']);
    expect(applyPlanVariant(scenario, changes)).toEqual(scenario);
  });

  it('does not carry the scenario’s own 方案 into the plan', () => {
    const withPlans = { ...scenario, plans: [{ name: 'A', variant: {} }] };
    expect(applyPlanVariant(withPlans, variant({}))).not.toHaveProperty('plans');
  });
});

describe('planVariantFigures', () => {
  const scenario = fixtureScenario('03-');

  it('are the engine’s figures for the scenario the 方案 yields', () => {
    const changes = variant({ extras: [{ name: 'more', amount: '800.00' }] });
    const figures = planVariantFigures(scenario, changes);
    const { summary, schedule } = plan(applyPlanVariant(scenario, changes));
    expect(figures.debtFreeDate).toBe(summary.debtFreeDate);
    expect(figures.cost).toBe(planCost(summary).toFixed(2));
    expect(figures.shortfallMonths).toBe(summary.shortfallMonths);
    expect(figures.series).toHaveLength(schedule.length);
    expect(figures.series.at(-1)?.cost).toBe(figures.cost);
    expect(figures.series.at(-1)?.balance).toBe('0.00');
  });

  it('a month of delay costs what the plan a month later costs more', () => {
    const figures = planVariantFigures(scenario, variant({}));
    const later = plan(applyWhatIf(scenario, { delayMonths: 1 })).summary;
    expect(figures.delayMonthCost).toBe(planCost(later).minus(figures.cost).toFixed(2));
    expect(Number(figures.delayMonthCost)).toBeGreaterThan(0);
  });

  it('names the installments with their APR and the agreements that break', () => {
    const broken = fixtureScenario('09-');
    const figures = planVariantFigures(broken, variant({}));
    const { summary } = plan(broken);
    expect(figures.atRisk).toEqual(summary.brokenAgreements);
    expect(figures.atRisk.length).toBeGreaterThan(0);
    expect(figures.installments.map((i) => i.apr)).toEqual(summary.installments.map((i) => i.apr));
  });
});
