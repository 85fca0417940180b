import { useTranslation } from 'react-i18next';
import { usePlan } from '../plan/PlanContext';
import { Guidance } from './Guidance';
import { LenderWorkspace } from './LenderWorkspace';
import { negotiationHref, useSelectedDebtId } from './selectedDebt';
import { TotalPlanPanel } from './TotalPlanPanel';

/** The negotiation workspace (DOMAIN steps 3–8), one lender at a time. */
export function NegotiationPage() {
  const { t } = useTranslation();
  const { household } = usePlan();
  const selectedId = useSelectedDebtId();
  const debts = household?.debts ?? [];
  const debt = debts.find((d) => d.id === selectedId) ?? debts[0];

  return (
    <article className="page negotiation">
      <h1>{t('negotiation.title')}</h1>
      <p className="lead">{t('negotiation.intro')}</p>
      {household === undefined ? <p role="status">{t('app.loading')}</p> : null}
      {household && !debt ? (
        <p className="note">
          {t('negotiation.empty')} <a href="#/debts">{t('negotiation.toDebts')}</a>
        </p>
      ) : null}
      {debt ? (
        <>
          <nav className="lender-tabs" aria-label={t('negotiation.lenders')}>
            <ul>
              {debts.map((other) => (
                <li key={other.id}>
                  <a
                    href={negotiationHref(other.id)}
                    aria-current={other.id === debt.id ? 'page' : undefined}
                  >
                    {other.name}
                    {other.overdue ? (
                      <span className="badge">{t('negotiation.lenderOverdue')}</span>
                    ) : null}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <Guidance />
          {debts.length > 1 ? <TotalPlanPanel debts={debts} /> : null}
          <LenderWorkspace key={debt.id} debt={debt} />
        </>
      ) : null}
    </article>
  );
}
