import { useTranslation } from 'react-i18next';
import type { DebtRow } from '../db/AppDB';
import { useFormat } from '../format/useFormat';
import { usePlan } from '../plan/PlanContext';
import { isDebtWarning, warningText } from '../plan/warningText';

const SHOWN = 4;

/**
 * The household plan's own warnings for this lender: an agreed installment that the budget can
 * no longer carry shows up here, with its month and shortfall, as soon as the budget changes.
 */
export function PlanWarningsForDebt({ debt }: { debt: DebtRow }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { state } = usePlan();
  if (state.status !== 'ready') return null;
  const warnings = state.bundle.warnings
    .filter(isDebtWarning)
    .filter((warning) => warning.debtId === debt.id);
  return (
    <section className="plan-warnings" aria-labelledby="plan-warnings-title">
      <h4 id="plan-warnings-title">{t('negotiation.breach.planTitle')}</h4>
      {warnings.length === 0 ? (
        <p className="note">{t('negotiation.breach.planOk')}</p>
      ) : (
        <ul className="warning-list">
          {warnings.slice(0, SHOWN).map((warning, index) => (
            <li key={`${warning.kind}-${index}`} className={`warning-${warning.kind}`}>
              {warningText(warning, t, format, () => debt.name)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
