import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';
import { costFigure } from './costFigure';

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
  const waiting = bundle.extras?.waiting;
  const cost = costFigure(bundle, t, format.money);

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
      <Figure
        label={cost.label}
        value={cost.value}
        hint={cost.hint}
        tone={cost.grows ? 'danger' : undefined}
      />
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
