import { useTranslation } from 'react-i18next';
import { type AgreementForm, agreementKinds, newAgreement } from './agreementForm';
import { AgreementFields } from './AgreementFields';
import type { FormPartProps } from './fieldProps';

/**
 * The debt's agreements (model §8) as a plain list: waivers, installment plans and one-off
 * settlements, each proposed, agreed or refused. Saved with the debt, all or nothing.
 */
export function AgreementsEditor({
  form,
  update,
  errors,
  currencySymbol,
  startDate,
}: FormPartProps & { startDate: string }) {
  const { t } = useTranslation();
  const agreements = form.agreements;
  const replace = (index: number, next: AgreementForm | null) =>
    update({
      agreements: next
        ? agreements.map((old, i) => (i === index ? next : old))
        : agreements.filter((_, i) => i !== index),
    });
  return (
    <section className="debts-agreements" aria-labelledby="debts-agreements-title">
      <h3 id="debts-agreements-title">{t('debts.agreements.title')}</h3>
      <p className="hint">{t('debts.agreements.hint')}</p>
      {agreements.length === 0 ? <p>{t('debts.agreements.empty')}</p> : null}
      {agreements.map((agreement, index) => (
        <AgreementFields
          // Agreements have no id of their own until saved; the list only grows at its end
          // and a removal re-renders the rest, so the position is a stable enough key.
          key={index}
          index={index}
          agreement={agreement}
          onChange={(next) => replace(index, next)}
          onRemove={() => replace(index, null)}
          errors={errors}
          currencySymbol={currencySymbol}
        />
      ))}
      <div className="debts-agreement-add">
        {agreementKinds.map((kind) => (
          <button
            key={kind}
            type="button"
            onClick={() => update({ agreements: [...agreements, newAgreement(kind, startDate)] })}
          >
            {t(`debts.agreements.add.${kind}`)}
          </button>
        ))}
      </div>
    </section>
  );
}
