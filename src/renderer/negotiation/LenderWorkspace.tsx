import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate } from '../../core/calendar';
import type { DebtRow } from '../db/AppDB';
import { stateOf } from '../debts/balance';
import { todayIso } from '../format/dates';
import { usePlan } from '../plan/PlanContext';
import { AgreementsPanel } from './AgreementsPanel';
import { ContactLog } from './ContactLog';
import { EvidenceChecklist } from './EvidenceChecklist';
import { InstallmentCosts } from './InstallmentCosts';
import { saveOverdueSince } from '../db/household';
import { useNegotiation } from '../db/negotiation';
import { LenderPacketExport } from './LenderPacketExport';
import { usePaymentsTo } from '../db/payments';
import { PaymentEvidence } from '../payments/PaymentEvidence';
import { overdueDays } from './overdueDays';
import { proposalDate } from './proposalDate';
import { ProposalAssistant } from './ProposalAssistant';
import { StatementEditor } from './StatementEditor';
import { useProposals } from './useProposals';

/** Everything about negotiating with one lender, in the order the articles give the steps. */
export function LenderWorkspace({ debt }: { debt: DebtRow }) {
  const { t } = useTranslation();
  const { household, scenario, state } = usePlan();
  const records = useNegotiation(debt.id);
  const payments = usePaymentsTo(debt.id);
  // Kept here, not read back from the row: the date input must not lag behind typing.
  const [since, setSince] = useState(debt.overdueSince ?? '');
  const startDate = household?.household.startDate ?? todayIso();
  const date = proposalDate(startDate);
  // A current debt has no date it fell overdue: nothing is asked, nothing is counted.
  const overdue = stateOf(debt) === 'overdue';
  const overdueSince = overdue && since !== '' ? since : undefined;
  const days = overdueDays(overdueSince, date);
  const context = useMemo(
    () => (days !== null ? { date, overdueDays: days } : { date }),
    [date, days],
  );
  const proposals = useProposals(scenario, debt.id, context);
  const agreements = useMemo(
    () => (household?.agreements ?? []).filter((row) => row.debtId === debt.id),
    [household, debt.id],
  );

  const changeSince = (next: string) => {
    setSince(next);
    if (next === '') void saveOverdueSince(debt.id, undefined);
    else if (parseDate(next)) void saveOverdueSince(debt.id, next);
  };

  return (
    <section className="lender-workspace" aria-labelledby="lender-title">
      <h2 id="lender-title">{debt.name}</h2>
      <ProposalAssistant
        debt={debt}
        agreements={agreements}
        since={overdue ? since : null}
        onSinceChange={changeSince}
        date={date}
        overdueDays={days}
        proposals={proposals}
      />
      <AgreementsPanel debt={debt} agreements={agreements} />
      {state.status === 'ready' ? (
        <InstallmentCosts
          installments={state.bundle.result.summary.installments.filter(
            (installment) => installment.debtId === debt.id,
          )}
        />
      ) : null}
      {records ? (
        <>
          <StatementEditor
            debt={debt}
            agreements={agreements}
            records={records}
            proposals={proposals}
            overdueSince={overdueSince}
          />
          <EvidenceChecklist debtId={debt.id} evidence={records.evidence} />
          <LenderPacketExport
            debt={debt}
            records={records}
            payments={payments}
            overdueSince={since || undefined}
          />
          <ContactLog debtId={debt.id} contacts={records.contacts} />
          <PaymentEvidence payments={payments} />
        </>
      ) : (
        <p role="status">{t('app.loading')}</p>
      )}
    </section>
  );
}
