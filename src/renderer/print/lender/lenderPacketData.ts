import type { PlanSummary } from '../../../core/engine/output';
import { costOfParts } from '../../../core/planCost';
import type { PlanWarning } from '../../../core/planWarnings';
import { installmentLineOf } from '../../../core/proposals/verify';
import type { Agreement } from '../../../core/scenario/types';
import type { PaymentRow } from '../../db/AppDB';
import type { AllNegotiationRecords } from '../../db/negotiationRecords';
import type { StatementData } from '../../negotiation/buildStatement';
import { statementData } from '../../negotiation/statementData';
import { overdueDays } from '../../negotiation/overdueDays';
import { installmentPayment } from '../../negotiation/statementProposal';
import type { PlanBundle } from '../../plan/planProtocol';
import { packetProposalIndex } from './packetProposal';

/**
 * An installment agreement as a lender must disclose it (model v2 §13): the engine's own
 * figures. Read only when the plan has them; nothing here is computed by the app.
 */
export interface InstallmentDisclosure {
  debtId: string;
  date: string;
  amount: string;
  months: number;
  payment: string;
  totalCost: string;
  apr: string;
}

/** The plan's installment disclosures: none from an engine that predates model v2. */
export function installmentDisclosures(summary: PlanSummary): readonly InstallmentDisclosure[] {
  const v2 = summary as PlanSummary & { installments?: readonly InstallmentDisclosure[] };
  return v2.installments ?? [];
}

export interface PacketAgreement {
  agreement: Agreement;
  status: 'proposed' | 'agreed';
  /** The monthly installment, when the proposal or the plan knows it. */
  monthlyPayment?: string;
}

/** A warning that an agreement could not be paid in full: a promise not kept. */
type PromiseBroken = Extract<PlanWarning, { kind: 'agreementBroken' | 'settlementFails' }>;

/** The proposal put to the lender, as the plan with it agreed pays it. */
export interface PacketProposal {
  agreement: Agreement;
  /**
   * The start of the first month in which that plan could not pay this debt's agreement in
   * full (a month already lived is history, model §14); null when it is paid in full throughout.
   */
  shortFrom: string | null;
}

/** One month of this lender's debt in the plan. */
export interface PacketMonth {
  month: number;
  start: string;
  due: string;
  payment: string;
  balance: string;
}

/**
 * Everything a packet for one lender may hold, and nothing about anyone else but the count and
 * total of the other debts (shown only when the person chooses). Call notes are never read;
 * another lender's payments never kept.
 */
export interface LenderPacketData {
  facts: StatementData;
  overdueDays: number | null;
  /** The proposed and agreed agreements with this lender, refused ones left out. */
  agreements: PacketAgreement[];
  /**
   * The latest agreement still proposed, when there is one: the schedule, installments and
   * outcome are then those of the plan with it agreed.
   */
  proposal: PacketProposal | null;
  installments: readonly InstallmentDisclosure[];
  schedule: PacketMonth[];
  /** What the plan pays this lender in all, what it costs beyond the principal, and when it ends. */
  outcome: { paid: string; cost: string; payoffDate: string | null };
  /** The hardship statement saved for this lender, as the person edited it. */
  statement: string | null;
  /** The payments recorded to this lender, in recorded order; shown only when chosen. */
  payments: PaymentRow[];
}

/**
 * `proposed` is the plan with this lender's proposal agreed (useProposalPlan), when it has one:
 * the figures the lender is asked to accept. Without it the packet shows the plan as it is.
 */
export function lenderPacketData(
  bundle: PlanBundle,
  // Only the lender's own statement, evidence and payments go into its packet.
  records: Pick<AllNegotiationRecords, 'statements' | 'evidence' | 'payments'>,
  debtId: string,
  overdueSince: string | undefined,
  madeOn: string,
  proposed: PlanBundle | null = null,
): LenderPacketData | null {
  const facts = statementData({
    bundle,
    debtId,
    overdueSince,
    evidence: records.evidence.filter((row) => row.debtId === debtId),
    cause: '',
    paid: '',
    proposal: undefined,
    today: madeOn,
  });
  const debt = bundle.scenario.debts.find((d) => d.id === debtId);
  const proposalIndex = debt && proposed ? packetProposalIndex(debt.agreements) : null;
  // The plan whose figures the packet shows: with the proposal agreed, when there is one.
  const figures = proposalIndex === null || !proposed ? bundle : proposed;
  const summary = figures.result.summary.debts.find((d) => d.id === debtId);
  if (!facts || !debt || !summary) return null;
  const agreements = debt.agreements.flatMap((agreement, order): PacketAgreement[] => {
    const { status } = agreement;
    if (status === 'refused') return [];
    const payment =
      order === proposalIndex
        ? installmentLineOf(figures.result.summary, debtId, agreement)?.payment
        : installmentPayment({ id: '', debtId, order, agreement }, null, bundle);
    return [payment ? { agreement, status, monthlyPayment: payment } : { agreement, status }];
  });
  const proposalAgreement = proposalIndex === null ? undefined : debt.agreements[proposalIndex];
  const short = figures.warnings.find(
    (warning): warning is PromiseBroken =>
      (warning.kind === 'agreementBroken' || warning.kind === 'settlementFails') &&
      warning.debtId === debtId &&
      !warning.past,
  );
  const proposal = proposalAgreement
    ? {
        agreement: proposalAgreement,
        shortFrom: short?.start ?? null,
      }
    : null;
  const schedule = figures.result.schedule.flatMap((row) =>
    row.debts
      .filter((d) => d.id === debtId)
      .map((d) => ({
        month: row.month,
        start: row.start,
        due: d.due,
        payment: d.payment,
        balance: d.balance,
      })),
  );
  const statement = records.statements.find((row) => row.debtId === debtId)?.text.trim();
  return {
    facts,
    overdueDays: overdueDays(overdueSince, madeOn),
    agreements,
    proposal,
    installments: installmentDisclosures(figures.result.summary).filter(
      (row) => row.debtId === debtId,
    ),
    schedule,
    outcome: {
      paid: summary.paid,
      cost: costOfParts(summary).toFixed(2),
      payoffDate: summary.payoffDate,
    },
    statement: statement ? statement : null,
    payments: records.payments.filter((row) => row.debtId === debtId),
  };
}
