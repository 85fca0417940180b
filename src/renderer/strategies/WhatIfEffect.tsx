import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../core/engine/output';
import { planCost } from '../../core/planCost';
import type { WhatIf } from '../../core/whatIf';
import { LongRunOptions } from '../dashboard/LongRunOptions';
import { isLongRun } from '../dashboard/yearAhead';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';

/** When the debts are paid off, then and now, in one sentence. */
function DateEffect({ current, after }: { current: PlanSummary; after: PlanSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!after.debtFree || !after.debtFreeDate || after.months === null)
    return <p className="note warning">{t('strategies.effect.stillNot')}</p>;
  const to = format.date(after.debtFreeDate);
  if (!current.debtFree || !current.debtFreeDate || current.months === null)
    return <p>{t('strategies.effect.nowClears', { to })}</p>;
  const from = format.date(current.debtFreeDate);
  const change = after.months - current.months;
  if (change === 0) return <p>{t('strategies.effect.dateSame', { date: to })}</p>;
  return (
    <p>
      {t(change < 0 ? 'strategies.effect.dateEarlier' : 'strategies.effect.dateLater', {
        from,
        to,
        count: Math.abs(change),
      })}
    </p>
  );
}

/** What the plan costs in interest, penalty and fees, then and now — never a runaway total. */
function CostEffect({ current, after }: { current: PlanSummary; after: PlanSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const to = planCost(after);
  if (isLongRun(current)) {
    return <p>{t('strategies.effect.costOnly', { to: format.money(to.toFixed(2)) })}</p>;
  }
  const from = planCost(current);
  const change = to.minus(from);
  const words = {
    from: format.money(from.toFixed(2)),
    to: format.money(to.toFixed(2)),
    amount: format.money(change.abs().toFixed(2)),
  };
  if (change.isZero()) return <p>{t('strategies.effect.costSame', words)}</p>;
  return (
    <p>
      {t(change.isNegative() ? 'strategies.effect.costLess' : 'strategies.effect.costMore', words)}
    </p>
  );
}

/**
 * A what-if's effect in plain words: the debt-free date moves from … to …, the cost changes by
 * …; a plan that still never clears (or runs past five years) shows what would clear it instead
 * of a compounded total.
 */
export function WhatIfEffect({
  current,
  after,
  whatIf,
}: {
  current: PlanBundle;
  after: PlanBundle;
  whatIf: WhatIf;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const before = current.result.summary;
  const then = after.result.summary;
  return (
    <div className="what-if-effect">
      <DateEffect current={before} after={then} />
      {isLongRun(then) ? (
        <LongRunOptions bundle={after} />
      ) : (
        <CostEffect current={before} after={then} />
      )}
      {whatIf.monthly ? (
        <p className="hint">
          {t('strategies.effect.cap', { amount: format.money(whatIf.monthly) })}
        </p>
      ) : null}
      {whatIf.extraOnce ? (
        <p className="hint">
          {t('strategies.effect.onceNoReserve', {
            amount: format.money(whatIf.extraOnce.amount),
            month: format.month(whatIf.extraOnce.month),
          })}
        </p>
      ) : null}
    </div>
  );
}
