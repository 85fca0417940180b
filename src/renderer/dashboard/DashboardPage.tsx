import { useTranslation } from 'react-i18next';
import { HomePage } from '../home/HomePage';
import { FollowUps } from '../negotiation/FollowUps';
import { usePlan } from '../plan/PlanContext';
import { ExportPdfButton } from '../export/ExportPdfButton';
import { DashboardCharts } from './DashboardCharts';
import { Headlines } from './Headlines';
import { Warnings } from './Warnings';

/** The overview: the plan's headline figures and warnings once there are debts, the way in before. */
export function DashboardPage() {
  const { t } = useTranslation();
  const { state } = usePlan();

  if (state.status === 'empty') return <HomePage />;
  return (
    <article
      className="page dashboard"
      aria-busy={state.status === 'computing' || (state.status === 'ready' && state.stale)}
    >
      <div className="page-head">
        <h1>{t('dashboard.title')}</h1>
        {state.status === 'ready' ? <ExportPdfButton /> : null}
      </div>
      {state.status === 'computing' ? <p role="status">{t('dashboard.computing')}</p> : null}
      {state.status === 'failed' ? (
        <p role="alert">{t('dashboard.failed', { message: state.message })}</p>
      ) : null}
      {state.status === 'invalid' ? (
        <p className="note warning" role="alert">
          {t('dashboard.invalid')} <a href="#/debts">{t('dashboard.invalidLink')}</a>
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <>
          <Headlines bundle={state.bundle} />
          <Warnings bundle={state.bundle} />
          <FollowUps />
          <DashboardCharts bundle={state.bundle} />
        </>
      ) : null}
    </article>
  );
}
