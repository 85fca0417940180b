import { useTranslation } from 'react-i18next';
import type { PlanVariantInput } from '../../core/scenario/types';
import type { DebtRow } from '../db/AppDB';
import { useFormat } from '../format/useFormat';
import { describeAgreement } from '../negotiation/agreementText';
import { useTextFormat } from '../negotiation/useTextFormat';

/** A 方案's changes as a list a person reads: what it does differently from things as they are. */
export function VariantChanges({
  variant,
  debts,
}: {
  variant: PlanVariantInput;
  debts: readonly Pick<DebtRow, 'id' | 'name'>[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const textFormat = useTextFormat();
  const lender = (id: string) => debts.find((debt) => debt.id === id)?.name ?? id;
  const lines: string[] = [];
  if (variant.strategy)
    lines.push(t('plans.changes.strategy', { name: t(`strategies.names.${variant.strategy}`) }));
  if (variant.paymentLimit)
    lines.push(t('plans.changes.paymentLimit', { amount: format.money(variant.paymentLimit) }));
  for (const item of variant.extras ?? []) {
    const words = { name: item.name, amount: format.money(item.amount) };
    if (item.frequency === 'once' && typeof item.month === 'string')
      lines.push(t('plans.changes.extraOnce', { ...words, month: format.month(item.month) }));
    else if (item.frequency === 'yearly') lines.push(t('plans.changes.extraYearly', words));
    else lines.push(t('plans.changes.extraMonthly', words));
  }
  for (const { debtId, agreement } of variant.agreements ?? []) {
    lines.push(
      t('plans.changes.agreement', {
        lender: lender(debtId),
        terms: describeAgreement(agreement, textFormat),
      }),
    );
  }
  for (const { debtId, change } of variant.rateChanges ?? []) {
    lines.push(
      t('plans.changes.rateChange', { lender: lender(debtId), date: format.date(change.date) }),
    );
  }
  if (variant.delayMonths) lines.push(t('plans.changes.delay', { count: variant.delayMonths }));
  if (lines.length === 0) return <p className="hint">{t('plans.changes.none')}</p>;
  return (
    <ul className="plan-changes">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
