import { budgetOverview } from '../../core/budgetOverview';
import { Dec } from '../../core/money';
import type { AgreementInput, EvidenceRow } from '../db/AppDB';
import { evidenceItems } from '../db/AppDB';
import type { PlanBundle } from '../plan/planProtocol';
import type { StatementData, WholePicture } from './buildStatement';

export interface StatementSources {
  bundle: PlanBundle;
  debtId: string;
  overdueSince: string | undefined;
  evidence: readonly EvidenceRow[];
  cause: string;
  paid: string;
  proposal: { agreement: AgreementInput; monthlyPayment?: string } | undefined;
  today: string;
  /** Whether the letter mentions all the person's debts (the person's choice). */
  whole?: boolean;
}

/**
 * The statement's facts from the household's plan: the budget as the plan reads it, the debt's
 * balance parts as entered, the other debts' total, and the evidence in hand (have or sent) in
 * the checklist's order. Null when the debt is not in the plan.
 */
export function statementData(sources: StatementSources): StatementData | null {
  const { bundle, debtId } = sources;
  const { scenario } = bundle;
  const debt = scenario.debts.find((d) => d.id === debtId);
  if (!debt) return null;
  const headline = budgetOverview(scenario.startDate, scenario.budget).affordableMonthly;
  const balanceOf = (d: typeof debt) =>
    new Dec(d.principal)
      .plus(d.interest ?? 0)
      .plus(d.penalty ?? 0)
      .plus(d.fees ?? 0);
  const others = scenario.debts.filter((d) => d.id !== debtId);
  const enclosed = new Set(
    sources.evidence
      .filter((row) => row.status === 'have' || row.status === 'sent')
      .map((row) => row.item),
  );
  return {
    today: sources.today,
    currency: scenario.currency,
    lender: debt.name,
    debt: {
      asOf: scenario.startDate,
      principal: debt.principal,
      interest: debt.interest ?? '0.00',
      penalty: debt.penalty ?? '0.00',
      fees: debt.fees ?? '0.00',
      ...(sources.overdueSince ? { overdueSince: sources.overdueSince } : {}),
    },
    budget: {
      income: headline.income,
      fixedCosts: headline.fixedCosts,
      obligations: headline.obligations,
      reserve: headline.reserve,
      affordable: bundle.result.summary.affordableMonthly,
    },
    otherDebts: {
      count: others.length,
      owed: others.reduce((total, d) => total.plus(balanceOf(d)), new Dec(0)).toFixed(2),
    },
    cause: sources.cause,
    paid: sources.paid,
    ...(sources.proposal ? { proposal: sources.proposal } : {}),
    evidence: evidenceItems.filter((item) => enclosed.has(item)),
    ...(sources.whole ? wholeOf(scenario.debts, balanceOf, bundle) : {}),
  };
}

/**
 * The whole picture from the household's own data: the lenders owed, their total, the monthly
 * capacity, and the term of the 停息挂账 (rate 0, interest waived) currently proposed to or agreed
 * with each, when two or more share one. Nothing when there is only one lender.
 */
function wholeOf<D extends PlanBundle['scenario']['debts'][number]>(
  debts: readonly D[],
  balanceOf: (debt: D) => Dec,
  bundle: PlanBundle,
): { whole?: WholePicture } {
  const owed = debts.filter((d) => balanceOf(d).gt(0));
  if (owed.length < 2) return {};
  const terms = owed.flatMap((d) => {
    const current = d.agreements.filter((a) => a.status !== 'refused').at(-1);
    return current?.kind === 'installment' &&
      new Dec(current.rate).isZero() &&
      current.waiveInterest
      ? [current.months]
      : [];
  });
  const months = terms[0];
  const same = months !== undefined && terms.length >= 2 && terms.every((m) => m === months);
  return {
    whole: {
      count: owed.length,
      owed: owed.reduce((total, d) => total.plus(balanceOf(d)), new Dec(0)).toFixed(2),
      // A deficit is said in the budget section; here nothing is available, not a negative sum.
      affordable: Dec.max(bundle.result.summary.affordableMonthly, 0).toFixed(2),
      sameTerm: same ? { months, asked: terms.length } : null,
    },
  };
}
