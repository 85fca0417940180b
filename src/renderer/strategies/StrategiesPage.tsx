import { useTranslation } from 'react-i18next';
import { usePlan } from '../plan/PlanContext';
import { ComparisonTable } from './ComparisonTable';
import { CustomOrder } from './CustomOrder';
import { WhatIfPanel } from './WhatIfPanel';

export function StrategiesPage() {
  const { t } = useTranslation();
  const { state } = usePlan();
  return (
    <article className="page strategies">
      <h1>{t('strategies.title')}</h1>
      <p className="lead">{t('strategies.intro')}</p>
      {state.status === 'empty' ? (
        <p className="note">
          {t('dashboard.emptyText')} <a href="#/debts">{t('dashboard.toDebts')}</a>
        </p>
      ) : null}
      {state.status === 'computing' ? <p role="status">{t('dashboard.computing')}</p> : null}
      {state.status === 'invalid' ? (
        <p className="note warning" role="alert">
          {t('dashboard.invalid')} <a href="#/debts">{t('dashboard.invalidLink')}</a>
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <ComparisonTable bundle={state.bundle} />
          <WhatIfPanel bundle={state.bundle} />
          <CustomOrder bundle={state.bundle} />
        </>
      ) : null}
    </article>
  );
}
