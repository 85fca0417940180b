import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes';
import { useSettings } from '../../settings/SettingsContext';
import { usePlan } from '../PlanContext';
import { ExplanationDialog } from './ExplanationDialog';
import type { FigureRequest } from './figureRequest';
import { ScheduleTable } from './ScheduleTable';

/** 还款明细: the plan month by month, every figure open to how it was worked out. */
export function SchedulePage() {
  const { t } = useTranslation();
  const { language, currency } = useSettings();
  const { state, client } = usePlan();
  const [open, setOpen] = useState<FigureRequest | null>(null);

  let body;
  switch (state.status) {
    case 'empty':
      body = (
        <p>
          {t('schedule.empty')} <a href={hrefOf('debts')}>{t('schedule.emptyLink')}</a>
        </p>
      );
      break;
    case 'invalid':
      body = (
        <p role="alert">
          {t('schedule.invalid')} <a href={hrefOf('debts')}>{t('schedule.invalidLink')}</a>
        </p>
      );
      break;
    case 'failed':
      body = <p role="alert">{t('schedule.failed', { message: state.message })}</p>;
      break;
    case 'computing':
      body = <p role="status">{t('schedule.computing')}</p>;
      break;
    case 'ready':
      body = (
        <>
          {state.stale && (
            <p role="status" className="schedule-stale">
              {t('schedule.stale')}
            </p>
          )}
          <ScheduleTable
            bundle={state.bundle}
            currency={currency}
            language={language}
            onOpen={setOpen}
          />
          {open && (
            <ExplanationDialog
              request={open}
              bundle={state.bundle}
              client={client}
              currency={currency}
              language={language}
              onClose={() => setOpen(null)}
            />
          )}
        </>
      );
  }

  return (
    <article className="page schedule">
      <h1>{t('schedule.title')}</h1>
      <p className="lead">{t('schedule.intro')}</p>
      {body}
    </article>
  );
}
