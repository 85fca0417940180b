import { useHouseholdData } from '../plan/PlanContext';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PaymentRow } from '../db/AppDB';
import { getDraft } from '../db/drafts';
import { usePayments } from '../db/payments';
import { paymentsCsv } from '../export/csvTables';
import { SaveCsvButton } from '../export/SaveCsvButton';
import { SelectField } from '../forms/inputs';
import { todayIso } from '../format/dates';
import { useSettings } from '../settings/SettingsContext';
import { CheckInPanel } from '../checkIn/CheckInPanel';
import { PaymentForm } from './PaymentForm';
import { PaymentList } from './PaymentList';
import { paymentDraftKey } from './paymentDraft';

const ALL = '';

/** 还款记录: record each payment made, with its evidence; the plan is made from them. */
export function PaymentsPage() {
  const { t } = useTranslation();
  // The household the plan is made from, read once for every view (PlanProvider).
  const { household } = useHouseholdData();
  const payments = usePayments();
  // A half-typed payment (kept across a reload) opens its form again.
  const [formOpen, setFormOpen] = useState(() => getDraft(paymentDraftKey) !== undefined);
  const [editing, setEditing] = useState<PaymentRow | null>(null);
  const [lender, setLender] = useState(ALL);
  const { language } = useSettings();
  const csvHintId = useId();
  if (!household || !payments) return null;
  const { debts } = household;
  const shown = lender === ALL ? payments : payments.filter((p) => p.debtId === lender);

  return (
    <section aria-labelledby="payments-title">
      <h1 id="payments-title">{t('payments.title')}</h1>
      <p>{t('payments.intro')}</p>
      {debts.length === 0 ? (
        <p>{t('payments.noDebts')}</p>
      ) : formOpen ? (
        <PaymentForm
          key={editing?.id ?? 'new'}
          debts={debts}
          editing={editing}
          defaultDebtId={lender === ALL ? (debts[0]?.id ?? '') : lender}
          planStart={household.household.startDate}
          onDone={() => {
            setFormOpen(false);
            setEditing(null);
          }}
        />
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => setFormOpen(true)}>
            {t('payments.add')}
          </button>
        </div>
      )}
      <section className="card" aria-labelledby="payments-list-title">
        <h2 id="payments-list-title">{t('payments.listTitle')}</h2>
        {debts.length > 1 ? (
          <SelectField<string>
            label={t('payments.filter')}
            value={lender}
            onChange={setLender}
            options={[
              { value: ALL, label: t('payments.allLenders') },
              ...debts.map((debt) => ({ value: debt.id, label: debt.name })),
            ]}
          />
        ) : null}
        {shown.length > 0 ? (
          <>
            <SaveCsvButton
              label={t('csv.payments')}
              fileName={() => t('csv.paymentsFile', { date: todayIso() })}
              build={() => paymentsCsv(shown, debts, language)}
              describedBy={csvHintId}
            />
            <p id={csvHintId} className="hint">
              {lender === ALL
                ? t('csv.paymentsAll')
                : t('csv.paymentsFiltered', {
                    lender: debts.find((debt) => debt.id === lender)?.name ?? '',
                  })}
            </p>
          </>
        ) : null}
        <PaymentList
          payments={shown}
          debts={debts}
          onEdit={(payment) => {
            setEditing(payment);
            setFormOpen(true);
          }}
        />
      </section>
      <CheckInPanel />
    </section>
  );
}
