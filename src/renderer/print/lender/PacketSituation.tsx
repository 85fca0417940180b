import { useTranslation } from 'react-i18next';
import { Dec } from '../../../core/money';
import type { Scenario } from '../../../core/scenario/types';
import type { PrivacyLevel } from '../../../shared/printRoute';
import { useFormat } from '../../format/useFormat';
import type { StatementData } from '../../negotiation/buildStatement';
import { PrintBudget } from '../PrintBudget';

/**
 * The person's situation at the privacy level they chose: every budget line, only the totals,
 * or only what is left each month to pay all debts with. The capacity is always shown: it is
 * what the proposal rests on.
 */
export function PacketSituation({
  level,
  scenario,
  budget,
}: {
  level: PrivacyLevel;
  scenario: Scenario;
  budget: StatementData['budget'];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const affordable = new Dec(budget.affordable);
  return (
    <section className="print-section" aria-labelledby="packet-situation">
      <h2 id="packet-situation">{t('packet.situation')}</h2>
      {level === 'full' ? <PrintBudget scenario={scenario} /> : null}
      {level !== 'capacity' ? (
        <p>
          {t('packet.situationTotals', {
            income: format.money(budget.income),
            fixedCosts: format.money(budget.fixedCosts),
            obligations: format.money(budget.obligations),
            reserve: format.money(budget.reserve),
          })}
        </p>
      ) : null}
      <p>
        <strong>
          {affordable.isNegative()
            ? t('packet.deficit', { amount: format.money(affordable.negated().toFixed(2)) })
            : t('packet.affordable', { amount: format.money(affordable.toFixed(2)) })}
        </strong>
      </p>
    </section>
  );
}
