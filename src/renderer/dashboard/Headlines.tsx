import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { planCost } from '../../core/planCost';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';
import { isLongRun, yearAhead } from './yearAhead';

function Figure({
  label,
  value,
  hint,
  tone,
}: {
  label: string;
  value: string;
  hint?: string;
  tone?: 'danger' | 'good';
}) {
  return (
    <div className={`figure card ${tone ?? ''}`}>
      <p className="figure-label">{label}</p>
      <p className="figure-value amount">{value}</p>
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}

/** The four numbers a person needs first: what they can pay, when it ends, what it costs, what waiting costs. */
export function Headlines({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { summary } = bundle.result;
  const years = Math.round(bundle.scenario.horizonMonths / 12);
  const affordable = new Dec(summary.affordableMonthly);
  const costAhead = planCost(summary);
  const waiting = bundle.extras?.waiting;
  const year = isLongRun(summary) ? yearAhead(bundle.scenario, bundle.result) : null;

  return (
    <section className="figures" aria-label={t('dashboard.title')}>
      {affordable.isNegative() ? (
        <Figure
          label={t('dashboard.deficit')}
          value={format.money(affordable.negated().toFixed(2))}
          hint={t('dashboard.deficitHint')}
          tone="danger"
        />
      ) : (
        <Figure
          label={t('dashboard.affordable')}
          value={format.money(summary.affordableMonthly)}
          hint={t('dashboard.affordableHint')}
        />
      )}
      {summary.debtFree && summary.debtFreeDate && summary.months !== null ? (
        <Figure
          label={t('dashboard.debtFreeDate')}
          value={format.date(summary.debtFreeDate)}
          hint={t('dashboard.debtFreeIn', { months: summary.months })}
          tone="good"
        />
      ) : (
        <Figure
          label={t('dashboard.debtFreeDate')}
          value={t('dashboard.notDebtFree', { years })}
          tone="danger"
        />
      )}
      {year ? (
        // Over a plan that never ends, compounded totals reach figures no one would pay or
        // believe: the next year is what the person can act on; the tables keep the rest.
        <Figure
          label={t('dashboard.yearAhead', { months: year.months })}
          value={format.money(new Dec(year.change).abs().toFixed(2))}
          hint={t(
            new Dec(year.change).isNegative()
              ? 'dashboard.yearAheadLess'
              : 'dashboard.yearAheadMore',
            {
              now: format.money(year.now),
              after: format.money(year.after),
            },
          )}
          tone={new Dec(year.change).isPositive() ? 'danger' : undefined}
        />
      ) : (
        <Figure
          label={t('dashboard.costAhead')}
          value={format.money(costAhead.toFixed(2))}
          hint={t('dashboard.costBreakdown', {
            interest: format.money(summary.totalInterest),
            penalty: format.money(summary.totalPenalty),
            fees: format.money(summary.totalFees),
          })}
        />
      )}
      <Figure
        label={t('dashboard.costWaiting')}
        value={format.money(summary.dailyCostNow)}
        hint={
          waiting
            ? `${t('dashboard.costWaitingHint')} ${t('dashboard.doNothingCost', { amount: format.money(waiting.cost), months: waiting.months })}`
            : t('dashboard.costWaitingHint')
        }
        tone={new Dec(summary.dailyCostNow).gt(0) ? 'danger' : undefined}
      />
      {summary.debtFree ? null : (
        <p className="note warning headline-way-out">
          {t('dashboard.wayOut')} <a href="#/negotiation">{t('dashboard.wayOutLink')}</a>
        </p>
      )}
    </section>
  );
}
