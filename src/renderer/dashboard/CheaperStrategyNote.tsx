import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { saveHousehold } from '../db/household';
import type { PlanBundle } from '../plan/planProtocol';
import { cheaperStrategy } from './cheaperStrategy';

/**
 * Says so when another payment order clears the debts for less than the chosen one, with one
 * click to switch, and why: the comparison already planned every order.
 */
export function CheaperStrategyNote({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cheaper = bundle.extras ? cheaperStrategy(bundle.extras.comparison) : null;
  if (!cheaper) return null;
  const name = t(`strategies.names.${cheaper.strategy}`);
  return (
    <section className="note cheaper-strategy" aria-labelledby="cheaper-strategy-title">
      <h2 id="cheaper-strategy-title">{t('dashboard.cheaper.title')}</h2>
      {'clearsIn' in cheaper ? (
        <p>{t('dashboard.cheaper.clears', { name, count: cheaper.clearsIn })}</p>
      ) : (
        <p>
          {t('dashboard.cheaper.saving', { name, amount: format.money(cheaper.saving) })}{' '}
          {cheaper.monthsSooner === 0
            ? null
            : t(cheaper.monthsSooner > 0 ? 'dashboard.cheaper.sooner' : 'dashboard.cheaper.later', {
                count: Math.abs(cheaper.monthsSooner),
              })}
        </p>
      )}
      <p className="hint">{t('dashboard.cheaper.why')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void saveHousehold({ strategy: cheaper.strategy })}
      >
        {t('dashboard.cheaper.switch', { name })}
      </button>
    </section>
  );
}
