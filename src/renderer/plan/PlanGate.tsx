import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { PlanBundle } from './planProtocol';
import type { PlanState } from './usePlan';

/**
 * A plan view's content once there is a plan; until then, the same words everywhere: no debts
 * yet, data to fix, computing, or what went wrong.
 */
export function PlanGate({
  state,
  children,
}: {
  state: PlanState;
  children: (bundle: PlanBundle, stale: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  switch (state.status) {
    case 'empty':
      return (
        <p className="note">
          {t('planStatus.empty')} <a href={hrefOf('debts')}>{t('planStatus.emptyLink')}</a>
        </p>
      );
    case 'invalid':
      return (
        <p className="note warning" role="alert">
          {t('planStatus.invalid')} <a href={hrefOf('debts')}>{t('planStatus.invalidLink')}</a>
        </p>
      );
    case 'failed':
      return <p role="alert">{t('planStatus.failed', { message: state.message })}</p>;
    case 'computing':
      return <p role="status">{t('planStatus.computing')}</p>;
    case 'ready':
      return children(state.bundle, state.stale);
  }
}
