import type { PlanSummary } from '../../../core/engine/output';
import { costOfParts } from '../../../core/planCost';
import type { Agreement } from '../../../core/scenario/types';
import type { PaymentRow } from '../../db/AppDB';
import type { AllNegotiationRecords } from '../../db/negotiationRecords';
import type { StatementData } from '../../negotiation/buildStatement';
import { statementData } from '../../negotiation/statementData';
import { overdueDays } from '../../negotiation/overdueDays';
import { installmentPayment } from '../../negotiation/statementProposal';
import type { PlanBundle } from '../../plan/planProtocol';

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
  installments: readonly InstallmentDisclosure[];
  schedule: PacketMonth[];
  /** What the plan pays this lender in all, what it costs beyond the principal, and when it ends. */
  outcome: { paid: string; cost: string; payoffDate: string | null };
  /** The hardship statement saved for this lender, as the person edited it. */
  statement: string | null;
  /** The payments recorded to this lender, in recorded order; shown only when chosen. */
  payments: PaymentRow[];
}

export function lenderPacketData(
  bundle: PlanBundle,
  // Only the lender's own statement, evidence and payments go into its packet.
  records: Pick<AllNegotiationRecords, 'statements' | 'evidence' | 'payments'>,
  debtId: string,
  overdueSince: string | undefined,
  madeOn: string,
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
  const summary = bundle.result.summary.debts.find((d) => d.id === debtId);
  if (!facts || !debt || !summary) return null;
  const agreements = debt.agreements.flatMap((agreement, order): PacketAgreement[] => {
    const { status } = agreement;
    if (status === 'refused') return [];
    const payment = installmentPayment({ id: '', debtId, order, agreement }, null, bundle);
    return [payment ? { agreement, status, monthlyPayment: payment } : { agreement, status }];
  });
  const schedule = bundle.result.schedule.flatMap((row) =>
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
    installments: installmentDisclosures(bundle.result.summary).filter(
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
