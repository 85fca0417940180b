import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dec } from '../../core/money';
import { checkMoney, checkMonth } from '../../core/scenario/fields';
import type { PlanVariantInput } from '../../core/scenario/types';
import { type WhatIf, applyWhatIf, whatIfExtras } from '../../core/whatIf';
import { MoneyField, MonthField, SelectField } from '../forms/inputs';
import { currencySymbol } from '../forms/currencySymbol';
import { useFormat } from '../format/useFormat';
import { saveBudgetItem, saveHousehold } from '../db/household';
import type { PlanBundle } from '../plan/planProtocol';
import { usePlanOf } from '../plan/usePlan';
import { SaveAsPlan } from '../plans/SaveAsPlan';
import { WhatIfEffect } from './WhatIfEffect';

const delayChoices = [0, 1, 2, 3, 6, 12] as const;

interface Draft {
  extraMonthly: string;
  onceAmount: string;
  onceMonth: string;
  cap: string;
  delay: string;
}

const emptyDraft: Draft = { extraMonthly: '', onceAmount: '', onceMonth: '', cap: '', delay: '0' };

const money = (typed: string) => new Dec(typed).toFixed(2);

/**
 * What-ifs as people mean them, planned in their own worker against the saved plan: "I can pay
 * ¥X more a month" and "a one-off ¥X" are money set aside for the debts (model §3 extras: no
 * reserve, not cut by the limit), "never more than ¥X a month" is the payment limit, explained as
 * a cap, and "start N months later" shows what waiting costs. Nothing is written until "Apply",
 * which saves exactly what was shown; the household's own plan keeps showing meanwhile.
 */
export function WhatIfPanel({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [message, setMessage] = useState('');
  const startMonth = bundle.scenario.startDate.slice(0, 7);

  const problems = {
    extraMonthly: draft.extraMonthly ? checkMoney(draft.extraMonthly, false) : null,
    onceAmount: draft.onceAmount ? checkMoney(draft.onceAmount, false) : null,
    onceMonth: draft.onceMonth ? checkMonth(draft.onceMonth) : null,
    cap: draft.cap ? checkMoney(draft.cap, false) : null,
  };
  const errorOf = (key: keyof typeof problems): string[] | undefined => {
    const problem = problems[key];
    return problem ? [t(`issues.${problem.code}`, problem.params)] : undefined;
  };
  const onceTooEarly = draft.onceMonth !== '' && draft.onceMonth < startMonth;
  const valid = Object.values(problems).every((problem) => !problem) && !onceTooEarly;

  const whatIf: WhatIf | null = useMemo(() => {
    if (!valid) return null;
    const result: WhatIf = {};
    if (draft.extraMonthly) result.extraMonthly = money(draft.extraMonthly);
    if (draft.onceAmount && draft.onceMonth)
      result.extraOnce = { month: draft.onceMonth, amount: money(draft.onceAmount) };
    if (draft.cap) result.monthly = money(draft.cap);
    if (draft.delay !== '0') result.delayMonths = Number(draft.delay);
    return Object.keys(result).length > 0 ? result : null;
  }, [valid, draft]);

  const scenario = useMemo(
    () => (whatIf ? applyWhatIf(bundle.scenario, whatIf) : null),
    [bundle.scenario, whatIf],
  );
  const { state } = usePlanOf(scenario, 'whatIf');
  // The same items the what-if planned, named in the person's language.
  const extras = (whatIf ? whatIfExtras(whatIf) : []).map((item) => ({
    ...item,
    name: t(item.frequency === 'once' ? 'strategies.extraOnceName' : 'strategies.extraMonthlyName'),
  }));
  const variant: PlanVariantInput | null = whatIf
    ? {
        ...(extras.length > 0 ? { extras } : {}),
        ...(whatIf.monthly ? { paymentLimit: whatIf.monthly } : {}),
        ...(whatIf.delayMonths ? { delayMonths: whatIf.delayMonths } : {}),
      }
    : null;

  async function apply() {
    if (!whatIf) return;
    for (const item of extras) await saveBudgetItem('extras', item);
    if (whatIf.monthly) await saveHousehold({ paymentLimit: whatIf.monthly });
    setDraft(emptyDraft);
    setMessage(t('strategies.applied'));
  }

  const after = state.status === 'ready' && !state.stale ? state.bundle : null;
  const symbol = currencySymbol(format.currency, format.language);
  const affordable = format.money(bundle.result.summary.affordableMonthly);

  return (
    <section aria-labelledby="whatif-title" className="what-if">
      <h2 id="whatif-title">{t('strategies.whatIfTitle')}</h2>
      <div className="form what-if-form">
        <MoneyField
          label={t('strategies.extraMonthly')}
          value={draft.extraMonthly}
          currencySymbol={symbol}
          onChange={(extraMonthly) => setDraft({ ...draft, extraMonthly })}
          hint={t('strategies.extraMonthlyHint', { max: affordable })}
          errors={errorOf('extraMonthly')}
        />
        <MoneyField
          label={t('strategies.onceAmount')}
          value={draft.onceAmount}
          currencySymbol={symbol}
          onChange={(onceAmount) => setDraft({ ...draft, onceAmount })}
          hint={t('strategies.onceAmountHint')}
          errors={errorOf('onceAmount')}
        />
        <MonthField
          label={t('strategies.onceMonth')}
          value={draft.onceMonth}
          onChange={(onceMonth) => setDraft({ ...draft, onceMonth })}
          errors={
            errorOf('onceMonth') ?? (onceTooEarly ? [t('strategies.onceMonthEarly')] : undefined)
          }
        />
        <MoneyField
          label={t('strategies.cap')}
          value={draft.cap}
          currencySymbol={symbol}
          onChange={(cap) => setDraft({ ...draft, cap })}
          hint={t('strategies.capHint', { max: affordable })}
          errors={errorOf('cap')}
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
            <WhatIfEffect current={bundle} after={after} whatIf={whatIf} />
          ) : (
            <p role="status">{t('strategies.computing')}</p>
          )}
          <p className="hint">{t('strategies.applyHint')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              // A delay is shown, never saved: there is nothing else to apply.
              disabled={!after || (extras.length === 0 && !whatIf.monthly)}
              onClick={() => void apply()}
            >
              {t('strategies.apply')}
            </button>
            <button type="button" onClick={() => setDraft(emptyDraft)}>
              {t('strategies.reset')}
            </button>
          </div>
          <SaveAsPlan variant={after ? variant : null} />
        </div>
      ) : null}
      <p className="status-line" role="status">
        {message}
      </p>
    </section>
  );
}
