import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { planCost } from '../../core/planCost';
import { checkMoney, checkMonth } from '../../core/scenario/fields';
import { type WhatIf, applyWhatIf } from '../../core/whatIf';
import { MoneyField, MonthField, SelectField } from '../forms/inputs';
import { currencySymbol } from '../forms/currencySymbol';
import { useFormat } from '../format/useFormat';
import { saveBudgetItem, saveHousehold } from '../db/household';
import type { PlanBundle } from '../plan/planProtocol';
import { usePlanOf } from '../plan/usePlan';

const delayChoices = [0, 1, 2, 3, 6, 12] as const;

interface Draft {
  monthly: string;
  lumpAmount: string;
  lumpMonth: string;
  delay: string;
}

const emptyDraft: Draft = { monthly: '', lumpAmount: '', lumpMonth: '', delay: '0' };

/**
 * What-ifs planned in their own worker against the saved plan: nothing is written until
 * "Apply", and the household's own plan keeps showing meanwhile.
 */
export function WhatIfPanel({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [message, setMessage] = useState('');
  const affordable = bundle.result.summary.affordableMonthly;
  const startMonth = bundle.scenario.startDate.slice(0, 7);

  const problems = {
    monthly: draft.monthly ? checkMoney(draft.monthly, false) : null,
    lumpAmount: draft.lumpAmount ? checkMoney(draft.lumpAmount, false) : null,
    lumpMonth: draft.lumpMonth ? checkMonth(draft.lumpMonth) : null,
  };
  const errorOf = (key: keyof typeof problems): string[] | undefined => {
    const problem = problems[key];
    return problem ? [t(`issues.${problem.code}`, problem.params)] : undefined;
  };
  const lumpTooEarly = draft.lumpMonth !== '' && draft.lumpMonth < startMonth;
  const valid = !problems.monthly && !problems.lumpAmount && !problems.lumpMonth && !lumpTooEarly;

  const whatIf: WhatIf | null = useMemo(() => {
    if (!valid) return null;
    const result: WhatIf = {};
    if (draft.monthly) result.monthly = new Dec(draft.monthly).toFixed(2);
    if (draft.lumpAmount && draft.lumpMonth)
      result.lumpSum = { month: draft.lumpMonth, amount: new Dec(draft.lumpAmount).toFixed(2) };
    if (draft.delay !== '0') result.delayMonths = Number(draft.delay);
    return Object.keys(result).length > 0 ? result : null;
  }, [valid, draft]);

  const scenario = useMemo(
    () => (whatIf ? applyWhatIf(bundle.scenario, whatIf) : null),
    [bundle.scenario, whatIf],
  );
  const { state } = usePlanOf(scenario, 'whatIf');
  const aboveCapacity =
    draft.monthly !== '' && !problems.monthly && new Dec(draft.monthly).gt(affordable);

  async function apply() {
    if (!whatIf) return;
    if (whatIf.monthly) await saveHousehold({ paymentLimit: whatIf.monthly });
    if (whatIf.lumpSum) {
      await saveBudgetItem('incomes', {
        name: t('strategies.lumpIncomeName'),
        amount: whatIf.lumpSum.amount,
        frequency: 'once',
        month: whatIf.lumpSum.month,
      });
    }
    setDraft(emptyDraft);
    setMessage(t('strategies.applied'));
  }

  const current = bundle.result.summary;
  const after = state.status === 'ready' && !state.stale ? state.bundle.result.summary : null;
  const symbol = currencySymbol(format.currency, format.language);

  return (
    <section aria-labelledby="whatif-title" className="what-if">
      <h2 id="whatif-title">{t('strategies.whatIfTitle')}</h2>
      <div className="form what-if-form">
        <MoneyField
          label={t('strategies.monthly')}
          value={draft.monthly}
          currencySymbol={symbol}
          onChange={(monthly) => setDraft({ ...draft, monthly })}
          hint={t('strategies.monthlyHint', { max: format.money(affordable) })}
          errors={
            errorOf('monthly') ??
            (aboveCapacity
              ? [t('strategies.monthlyAbove', { max: format.money(affordable) })]
              : undefined)
          }
        />
        <MoneyField
          label={t('strategies.lumpAmount')}
          value={draft.lumpAmount}
          currencySymbol={symbol}
          onChange={(lumpAmount) => setDraft({ ...draft, lumpAmount })}
          errors={errorOf('lumpAmount')}
        />
        <MonthField
          label={t('strategies.lumpMonth')}
          value={draft.lumpMonth}
          onChange={(lumpMonth) => setDraft({ ...draft, lumpMonth })}
          errors={
            errorOf('lumpMonth') ?? (lumpTooEarly ? [t('strategies.lumpMonthEarly')] : undefined)
          }
        />
        <SelectField
          label={t('strategies.delay')}
          value={draft.delay}
          onChange={(delay) => setDraft({ ...draft, delay })}
          options={delayChoices.map((count) => ({
            value: String(count),
            label: count === 0 ? t('strategies.noDelay') : t('strategies.delayOption', { count }),
          }))}
        />
      </div>
      {whatIf ? (
        <div className="what-if-result" aria-live="polite">
          <h3>{t('strategies.resultTitle')}</h3>
          {after ? (
            <table className="data">
              <thead>
                <tr>
                  <th scope="col" />
                  <th scope="col">{t('strategies.current')}</th>
                  <th scope="col">{t('strategies.whatIf')}</th>
                  <th scope="col" className="amount">
                    {t('strategies.difference')}
                  </th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('strategies.columns.debtFree')}</th>
                  <td>
                    {current.debtFreeDate
                      ? format.date(current.debtFreeDate)
                      : t('strategies.never')}
                  </td>
                  <td>
                    {after.debtFreeDate ? format.date(after.debtFreeDate) : t('strategies.never')}
                  </td>
                  <td className="amount">
                    {current.months !== null && after.months !== null
                      ? t('strategies.monthsValue', { months: after.months - current.months })
                      : '—'}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('strategies.columns.cost')}</th>
                  <td className="amount">{format.money(planCost(current).toFixed(2))}</td>
                  <td className="amount">{format.money(planCost(after).toFixed(2))}</td>
                  <td className="amount">
                    {format.money(planCost(after).minus(planCost(current)).toFixed(2))}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('strategies.columns.penalty')}</th>
                  <td className="amount">{format.money(current.totalPenalty)}</td>
                  <td className="amount">{format.money(after.totalPenalty)}</td>
                  <td className="amount">
                    {format.money(
                      new Dec(after.totalPenalty).minus(current.totalPenalty).toFixed(2),
                    )}
                  </td>
                </tr>
              </tbody>
            </table>
          ) : (
            <p role="status">{t('strategies.computing')}</p>
          )}
          {after && whatIf.delayMonths ? (
            <p className="note warning">
              {t('strategies.delayCost', {
                months: whatIf.delayMonths,
                amount: format.money(planCost(after).minus(planCost(current)).toFixed(2)),
              })}
            </p>
          ) : null}
          <p className="hint">{t('strategies.applyHint')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={!whatIf.monthly && !whatIf.lumpSum}
              onClick={() => void apply()}
            >
              {t('strategies.apply')}
            </button>
            <button type="button" onClick={() => setDraft(emptyDraft)}>
              {t('strategies.reset')}
            </button>
          </div>
        </div>
      ) : null}
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}
