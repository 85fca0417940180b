import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDate } from '../../core/calendar';
import {
  type DebtRow,
  type PaymentChannel,
  type PaymentRow,
  type ReceiptImage,
  paymentChannels,
  receiptTypes,
} from '../db/AppDB';
import { useFormDraft } from '../db/drafts';
import { MAX_RECEIPTS_TOTAL_BYTES, ReceiptsFullError, savePayment } from '../db/payments';
import { Field } from '../forms/Field';
import { DateField, MoneyField, SelectField } from '../forms/inputs';
import { currencySymbol } from '../forms/currencySymbol';
import { todayIso } from '../format/dates';
import { errorText } from '../format/errorText';
import { useFormat } from '../format/useFormat';
import {
  NOTE_MAX,
  type PaymentDraft,
  type PaymentProblem,
  type ReceiptProblem,
  draftFromPayment,
  newPaymentDraft,
  paymentDraftKey,
  paymentFromDraft,
  receiptFromFile,
} from './paymentDraft';
import { formatMegabytes } from '../format/fileSize';
import { ReceiptThumb } from './ReceiptThumb';

type Problem = PaymentProblem | ReceiptProblem | 'full';

/**
 * A payment being recorded or edited. What is typed is kept in the draft store, so a reload
 * gives it back; the chosen screenshot is held until saved (a file is chosen again, not typed).
 */
export function PaymentForm({
  debts,
  editing,
  defaultDebtId,
  planStart,
  onDone,
}: {
  debts: readonly DebtRow[];
  editing: PaymentRow | null;
  defaultDebtId: string;
  /** The plan's first day: a payment dated before it is kept as evidence, not planned with. */
  planStart: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { language, currency, date: formatDate } = useFormat();
  const today = todayIso();
  const initial = editing ? draftFromPayment(editing) : newPaymentDraft(defaultDebtId, today);
  const [draft, update, discard] = useFormDraft<PaymentDraft, null>(
    paymentDraftKey,
    editing?.id ?? 'new',
    null,
    initial,
  );
  const [receipt, setReceipt] = useState<ReceiptImage | undefined>(editing?.receipt);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  // The size of the file refused as too large, for the message.
  const [refusedBytes, setRefusedBytes] = useState(0);
  const has = (problem: Problem) => problems.includes(problem);

  const chooseFile = (file: File | undefined) => {
    if (!file) return;
    const chosen = receiptFromFile(file);
    setProblems(chosen.ok ? [] : [chosen.problem]);
    setRefusedBytes(file.size);
    if (chosen.ok) setReceipt(chosen.receipt);
  };

  const save = async () => {
    const result = paymentFromDraft(draft, {
      ...(editing ? { id: editing.id } : {}),
      debtIds: debts.map((debt) => debt.id),
      today,
      ...(receipt ? { receipt } : {}),
    });
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    try {
      await savePayment(result.payment);
    } catch (error) {
      if (error instanceof ReceiptsFullError) setProblems(['full']);
      else setFailure(errorText(error));
      return;
    }
    discard();
    onDone();
  };

  const titleId = 'payment-form-title';
  return (
    <form
      className="card payment-form"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={titleId}>{editing ? t('payments.editTitle') : t('payments.add')}</h2>
      <div className="form-row">
        <SelectField<string>
          label={t('payments.debt')}
          value={draft.debtId}
          onChange={(debtId) => update({ debtId })}
          options={debts.map((debt) => ({ value: debt.id, label: debt.name }))}
          errors={has('debt') ? [t('payments.problems.debt')] : undefined}
        />
        <DateField
          label={t('payments.date')}
          value={draft.date}
          onChange={(date) => update({ date })}
          // Said as the date is typed, not after saving: the overview then shows it as not counted.
          hint={
            parseDate(draft.date) !== null && draft.date < planStart
              ? t('payments.beforeStart', { date: formatDate(planStart) })
              : undefined
          }
          errors={
            has('date')
              ? [t('payments.problems.date')]
              : has('future')
                ? [t('payments.problems.future', { today: formatDate(today) })]
                : undefined
          }
        />
        <MoneyField
          label={t('payments.amount')}
          value={draft.amount}
          onChange={(amount) => update({ amount })}
          currencySymbol={currencySymbol(currency, language)}
          errors={has('amount') ? [t('payments.problems.amount')] : undefined}
        />
        <SelectField<PaymentChannel>
          label={t('payments.channel')}
          value={draft.channel}
          onChange={(channel) => update({ channel })}
          options={paymentChannels.map((channel) => ({
            value: channel,
            label: t(`payments.channels.${channel}`),
          }))}
        />
      </div>
      <Field label={t('payments.note')} hint={t('payments.noteHint')}>
        {(control) => (
          <textarea
            {...control}
            rows={2}
            maxLength={NOTE_MAX}
            value={draft.note}
            onChange={(event) => update({ note: event.target.value })}
          />
        )}
      </Field>
      <Field
        label={t('payments.receipt')}
        hint={t('payments.receiptHint')}
        errors={
          has('type')
            ? [t('payments.problems.type')]
            : has('size')
              ? [t('payments.problems.size', { size: formatMegabytes(refusedBytes, language) })]
              : has('full')
                ? [
                    t('payments.problems.full', {
                      limit: formatMegabytes(MAX_RECEIPTS_TOTAL_BYTES, language),
                    }),
                  ]
                : undefined
        }
      >
        {(control) => (
          <input
            {...control}
            type="file"
            accept={receiptTypes.join(',')}
            onChange={(event) => chooseFile(event.target.files?.[0])}
          />
        )}
      </Field>
      {receipt ? (
        <div className="receipt-chosen">
          <ReceiptThumb receipt={receipt} alt={t('payments.receiptKept')} />
          <button type="button" onClick={() => setReceipt(undefined)}>
            {t('payments.receiptRemove')}
          </button>
        </div>
      ) : null}
      {failure ? (
        <p className="error" role="alert">
          {t('payments.saveFailed', { detail: failure })}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="primary">
          {t('payments.save')}
        </button>
        <button
          type="button"
          onClick={() => {
            discard();
            onDone();
          }}
        >
          {t('payments.cancel')}
        </button>
      </div>
    </form>
  );
}
