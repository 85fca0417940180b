import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportCsvButton } from '../../export/ExportCsvButton';
import { useSettings } from '../../settings/SettingsContext';
import { usePlan } from '../PlanContext';
import { PlanGate } from '../PlanGate';
import { ExplanationDialog } from './ExplanationDialog';
import type { FigureRequest } from './figureRequest';
import { ScheduleTable } from './ScheduleTable';

/** 还款明细: the plan month by month, every figure open to how it was worked out. */
export function SchedulePage() {
  const { t } = useTranslation();
  const { language, currency } = useSettings();
  const { state, client } = usePlan();
  const [open, setOpen] = useState<FigureRequest | null>(null);

  return (
    <article className="page schedule">
      <h1>{t('schedule.title')}</h1>
      <p className="lead">{t('schedule.intro')}</p>
      <PlanGate state={state}>
        {(bundle, stale) => (
          <>
            {stale && (
              <p role="status" className="schedule-stale">
                {t('planStatus.stale')}
              </p>
            )}
            <ExportCsvButton table="schedule" bundle={bundle} />
            <ScheduleTable
              bundle={bundle}
              currency={currency}
              language={language}
              onOpen={setOpen}
            />
            {open && (
              <ExplanationDialog
                request={open}
                bundle={bundle}
                client={client}
                currency={currency}
                language={language}
                onClose={() => setOpen(null)}
              />
            )}
          </>
        )}
      </PlanGate>
    </article>
  );
}
