import { useHouseholdData } from '../plan/PlanContext';
import { useTranslation } from 'react-i18next';
import { budgetTables } from '../db/AppDB';
import { useSettings } from '../settings/SettingsContext';
import { BudgetList } from './BudgetList';
import { CapacitySummary } from './CapacitySummary';
import { ReserveForm } from './ReserveForm';

/**
 * 预算: income, fixed costs, other debts that must be paid and a safety reserve, and from them
 * the most the person can honestly pay each month (model §3), always in view.
 */
export function BudgetPage() {
  const { t } = useTranslation();
  const { currency, language } = useSettings();
  // The household the plan is made from, read once for every view (PlanProvider).
  const { household: data } = useHouseholdData();

  return (
    <article className="page budget">
      <h1>{t('budget.title')}</h1>
      <p className="lead">{t('budget.intro')}</p>
      {data === undefined ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <div className="budget-layout">
          <div className="budget-main">
            {budgetTables.map((table) => (
              <BudgetList
                key={table}
                table={table}
                items={data[table]}
                currency={currency}
                language={language}
              />
            ))}
            <ReserveForm household={data.household} currency={currency} language={language} />
          </div>
          <CapacitySummary data={data} currency={currency} language={language} />
        </div>
      )}
    </article>
  );
}
