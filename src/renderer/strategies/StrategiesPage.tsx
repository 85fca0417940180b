import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { ExportCsvButton } from '../export/ExportCsvButton';
import { PlanGate } from '../plan/PlanGate';
import { usePlan } from '../plan/PlanContext';
import { ComparisonTable } from './ComparisonTable';
import { CourtView } from './CourtView';
import { CustomOrder } from './CustomOrder';
import { WhatIfPanel } from './WhatIfPanel';

export function StrategiesPage() {
  const { t } = useTranslation();
  const { state } = usePlan({ withExtras: true });
  return (
    <article className="page strategies">
      <h1>{t('strategies.title')}</h1>
      <p className="lead">{t('strategies.intro')}</p>
      <PlanGate state={state}>
        {(bundle) => (
          <>
            <ComparisonTable bundle={bundle} />
            <ExportCsvButton table="comparison" bundle={bundle} />
            <WhatIfPanel bundle={bundle} />
            <p>
              <a href={hrefOf('plans')}>{t('plans.toPlans')}</a>
            </p>
            <CourtView bundle={bundle} />
            <CustomOrder bundle={bundle} />
          </>
        )}
      </PlanGate>
    </article>
  );
}
