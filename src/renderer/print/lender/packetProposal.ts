import type { Agreement, Scenario } from '../../../core/scenario/types';

/**
 * The proposal a packet puts to a lender: its latest agreement still proposed, as a new
 * statement proposes by default (defaultStatementAgreement). Null when nothing is proposed: the
 * packet then shows the agreed terms, which the plan already runs.
 */
export function packetProposalIndex(agreements: readonly Agreement[]): number | null {
  for (let index = agreements.length - 1; index >= 0; index--) {
    if (agreements[index]?.status === 'proposed') return index;
  }
  return null;
}

/**
 * The scenario with this lender's proposal agreed, where it stands among the debt's agreements
 * (model §8: "to preview a proposal, plan with its status set to agreed"); null when the debt
 * has no proposal. Unlike the proposals' withAgreed, which adds a new option last, this keeps the
 * recorded order: events of one period apply in input order.
 */
export function withProposalAgreed(scenario: Scenario, debtId: string): Scenario | null {
  const debt = scenario.debts.find((d) => d.id === debtId);
  const index = debt ? packetProposalIndex(debt.agreements) : null;
  if (!debt || index === null) return null;
  const agreements = debt.agreements.map((agreement, at) =>
    at === index ? { ...agreement, status: 'agreed' as const } : agreement,
  );
  return {
    ...scenario,
    debts: scenario.debts.map((d) => (d === debt ? { ...debt, agreements } : d)),
  };
}
