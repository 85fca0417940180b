import { Dec } from '../../core/money';
import type { ProposalResult } from '../../core/proposals/types';
import type { AgreementRow } from '../db/AppDB';
import type { PlanBundle } from '../plan/planProtocol';
import { sameAgreement } from './sameAgreement';

/** The agreement a new statement proposes: the latest proposed, else the latest agreed. */
export function defaultStatementAgreement(rows: readonly AgreementRow[]): string {
  const latest = (status: 'proposed' | 'agreed') =>
    [...rows].reverse().find((row) => (row.agreement.status ?? 'agreed') === status);
  return (latest('proposed') ?? latest('agreed'))?.id ?? '';
}

/**
 * The monthly installment to quote for an installment agreement: the proposal's own figure
 * when it came from one, else, once agreed, the first installment due in the household's plan.
 */
export function installmentPayment(
  row: AgreementRow,
  proposals: ProposalResult | null,
  bundle: PlanBundle | null,
): string | undefined {
  if (row.agreement.kind !== 'installment') return undefined;
  const option = proposals?.options.find((o) => sameAgreement(o.agreement, row.agreement));
  const fromProposal = option?.params.installment;
  if (typeof fromProposal === 'string') return fromProposal;
  if ((row.agreement.status ?? 'agreed') !== 'agreed' || !bundle) return undefined;
  for (const month of bundle.result.schedule) {
    const debt = month.debts.find((d) => d.id === row.debtId);
    if (debt?.state === 'agreement' && new Dec(debt.due).gt(0)) return debt.due;
  }
  return undefined;
}
