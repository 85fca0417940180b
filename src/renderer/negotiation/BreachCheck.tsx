import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../core/engine/output';
import { planCost } from '../../core/planCost';
import type { AgreementRow } from '../db/AppDB';
import { useFormat } from '../format/useFormat';
import { toScenarioInput } from '../db/scenarioRows';
import { usePlan } from '../plan/PlanContext';
import { usePlanOf } from '../plan/usePlan';
import { useSettings } from '../settings/SettingsContext';
import { agreementEffect } from './agreementEffect';
import { EffectFigures } from './EffectFigures';

const SHOWN = 6;

/**
 * Before an agreement is marked agreed: the household's plan with it agreed, in the what-if
 * worker, and every month in which some agreement could not be paid (over-promising is the
 * named reason reductions fail: a broken agreement loses the waiver).
 */
export function BreachCheck({
  row,
  onConfirm,
  onCancel,
}: {
  row: AgreementRow;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { household, state } = usePlan();
  const { currency } = useSettings();
  const preview = useMemo(
    () =>
      household
        ? toScenarioInput(
            {
              ...household,
              agreements: household.agreements.map((other) =>
                other.id === row.id
                  ? { ...other, agreement: { ...other.agreement, status: 'agreed' as const } }
                  : other,
              ),
            },
            currency,
          )
        : null,
    [household, currency, row.id],
  );
  const { state: previewState } = usePlanOf(preview, 'whatIf', false);
  const ready = previewState.status === 'ready' && !previewState.stale ? previewState.bundle : null;
  const names = new Map(household?.debts.map((debt) => [debt.id, debt.name]));
  // A break in a month already lived (model §14) is history: agreeing cannot cause it.
  const problems = (ready?.warnings ?? []).flatMap((warning) =>
    (warning.kind === 'agreementBroken' || warning.kind === 'settlementFails') && !warning.past
      ? [warning]
      : [],
  );
  const now = state.status === 'ready' ? state.bundle.result.summary : null;
  const after = ready?.result.summary ?? null;
  const effect = now && after ? agreementEffect(now, after) : null;
  const debtFree = (summary: PlanSummary) =>
    summary.debtFreeDate ? format.date(summary.debtFreeDate) : t('negotiation.proposals.never');

  return (
    <div className="breach-check card" role="region" aria-labelledby={`breach-${row.id}`}>
      <h4 id={`breach-${row.id}`}>{t('negotiation.breach.title')}</h4>
      <p className="hint">{t('negotiation.breach.intro')}</p>
      {ready && after ? (
        <>
          {now ? (
            <table className="data">
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('negotiation.breach.now')}</th>
                  <th scope="col">{t('negotiation.breach.withIt')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('negotiation.breach.debtFree')}</th>
                  <td>{debtFree(now)}</td>
                  <td>{debtFree(after)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('negotiation.breach.totalCost')}</th>
                  <td className="amount">{format.money(planCost(now).toFixed(2))}</td>
                  <td className="amount">{format.money(planCost(after).toFixed(2))}</td>
                </tr>
              </tbody>
            </table>
          ) : null}
          {effect ? (
            <>
              <dl className="proposal-effect" aria-label={t('negotiation.proposals.effect')}>
                <EffectFigures
                  penaltyAvoided={effect.penaltyAvoided}
                  costSaved={effect.costSaved}
                />
              </dl>
              {effect.moreRelief === '0.00' ? null : (
                <p className="hint">
                  {t('negotiation.breach.savingParts', {
                    lessCharged: format.money(effect.lessCharged),
                    relief: format.money(effect.moreRelief),
                  })}
                </p>
              )}
            </>
          ) : null}
          {problems.length === 0 ? (
            <p className="note good">{t('negotiation.breach.ok')}</p>
          ) : (
            <ul className="warning-list" aria-live="polite">
              {problems.slice(0, SHOWN).map((warning, index) => (
                <li key={`${warning.kind}-${index}`} className={`warning-${warning.kind}`}>
                  {t(`negotiation.breach.${warning.kind}`, {
                    month: format.month(warning.start),
                    debt: names.get(warning.debtId) ?? warning.debtId,
                    amount: format.money(warning.shortfall),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : previewState.status === 'invalid' || previewState.status === 'failed' ? (
        <p className="note warning">{t('negotiation.proposals.unavailable')}</p>
      ) : (
        <p role="status">{t('negotiation.breach.computing')}</p>
      )}
      <div className="actions">
        <button type="button" className="primary" disabled={!ready} onClick={onConfirm}>
          {problems.length > 0
            ? t('negotiation.breach.confirmAnyway')
            : t('negotiation.breach.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('negotiation.breach.cancel')}
        </button>
      </div>
    </div>
  );
}
