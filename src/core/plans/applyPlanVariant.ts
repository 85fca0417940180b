import { sameFields, sameTerms } from '../agreementTerms';
import type { Agreement, Debt, PlanVariant, Scenario } from '../scenario/types';
import { applyWhatIf } from '../whatIf';

/** The debt's agreements with one assumed agreed: the one on its list with these terms, or a new one. */
function assumeAgreed(agreements: readonly Agreement[], agreement: Agreement): Agreement[] {
  const agreed = { ...agreement, status: 'agreed' as const };
  const index = agreements.findIndex((other) => sameTerms(other, agreement));
  if (index < 0) return [...agreements, agreed];
  return agreements.map((other, i) => (i === index ? { ...other, status: 'agreed' } : other));
}

function changeDebt(debt: Debt, variant: PlanVariant): Debt {
  let agreements = debt.agreements;
  for (const { debtId, agreement } of variant.agreements ?? []) {
    if (debtId === debt.id) agreements = assumeAgreed(agreements, agreement);
  }
  const rateChanges = [...(debt.rateChanges ?? [])];
  for (const { debtId, change } of variant.rateChanges ?? []) {
    if (debtId === debt.id && !rateChanges.some((other) => sameFields(other, change)))
      rateChanges.push(change);
  }
  return {
    ...debt,
    agreements,
    ...(rateChanges.length > 0 ? { rateChanges } : {}),
  };
}

/**
 * The scenario a 方案 (issue 14) plans: the household with the 方案's changes, so the engine
 * plans a 方案 exactly as it plans the household. Its strategy and payment limit replace the
 * household's; its extras, agreements (assumed agreed) and rate changes are added, except those
 * the household already has — applying a 方案 that was adopted changes nothing more; a delay
 * is a what-if delay (nothing paid, nothing saved for N months). Changes for a debt the
 * household no longer has are left out (see `missingDebts`). The scenario's own 方案 are not
 * carried over: the result is one plan.
 */
export function applyPlanVariant(scenario: Scenario, variant: PlanVariant): Scenario {
  const { plans: _plans, ...household } = scenario;
  const extras = [...(household.budget.extras ?? [])];
  for (const item of variant.extras ?? []) {
    if (!extras.some((other) => sameFields(other, item))) extras.push(item);
  }
  const budget = {
    ...household.budget,
    ...(variant.paymentLimit !== undefined ? { paymentLimit: variant.paymentLimit } : {}),
    ...(extras.length > 0 ? { extras } : {}),
  };
  const changed: Scenario = {
    ...household,
    ...(variant.strategy ? { strategy: variant.strategy } : {}),
    budget,
    debts: household.debts.map((debt) => changeDebt(debt, variant)),
  };
  return variant.delayMonths ? applyWhatIf(changed, { delayMonths: variant.delayMonths }) : changed;
}

/** The debts a 方案 changes that the household no longer has: those changes are left out. */
export function missingDebts(scenario: Scenario, variant: PlanVariant): string[] {
  const ids = new Set(scenario.debts.map((debt) => debt.id));
  const named = [
    ...(variant.agreements ?? []).map(({ debtId }) => debtId),
    ...(variant.rateChanges ?? []).map(({ debtId }) => debtId),
  ];
  return [...new Set(named.filter((id) => !ids.has(id)))];
}
