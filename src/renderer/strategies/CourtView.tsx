import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanSummary } from '../../core/engine/output';
import { CheckboxField } from '../forms/inputs';
import { useFormat } from '../format/useFormat';
import { saveHousehold } from '../db/household';
import { COURT_CAP } from '../plan/planBundle';
import type { PlanBundle } from '../plan/planProtocol';
import { usePlanOf } from '../plan/usePlan';
import { usePlan } from '../plan/PlanContext';

const figures = ['totalInterest', 'totalPenalty', 'totalFees', 'totalPaid'] as const;

/**
 * The court view: the household's plan with and without charges capped at 24 % a year, side by
 * side — what the lenders claim against what a court would uphold if asked. A negotiation
 * argument, not a promise: the excess is reduced only when the borrower asks a court.
 */
export function CourtView({ bundle }: { bundle: PlanBundle }) {
  const { t } = useTranslation();
  const format = useFormat();
  const capped = bundle.scenario.chargeCap !== undefined;
  // The other side of the comparison, planned in the what-if worker.
  const other = useMemo(() => {
    const { chargeCap: _cap, ...uncapped } = bundle.scenario;
    return capped ? uncapped : { ...uncapped, chargeCap: COURT_CAP };
  }, [bundle.scenario, capped]);
  const { state } = usePlanOf(other, 'whatIf', false);
  // The stored choice, seen as soon as it is saved (the plans follow when recomputed).
  const chosen = usePlan().household?.household.chargeCap !== undefined;
  const otherSummary =
    state.status === 'ready' && !state.stale ? state.bundle.result.summary : null;
  const claimed = capped ? otherSummary : bundle.result.summary;
  const upheld = capped ? bundle.result.summary : otherSummary;
  const cell = (summary: PlanSummary | null, key: (typeof figures)[number]) =>
    summary ? format.money(summary[key]) : '…';

  return (
    <section aria-labelledby="court-title" className="court-view card">
      <h2 id="court-title">{t('strategies.court.title')}</h2>
      <p>{t('strategies.court.intro')}</p>
      <CheckboxField
        label={t('strategies.court.toggle')}
        hint={t('strategies.court.toggleHint')}
        checked={chosen}
        onChange={(on) => void saveHousehold({ chargeCap: on ? COURT_CAP : undefined })}
      />
      <table className="data court-table">
        <thead>
          <tr>
            <th scope="col">{t('strategies.court.figure')}</th>
            <th scope="col" className="amount">
              {t('strategies.court.claimed')}
            </th>
            <th scope="col" className="amount">
              {t('strategies.court.upheld')}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`strategies.court.figures.${key}`)}</th>
              <td className="amount">{cell(claimed, key)}</td>
              <td className="amount">{cell(upheld, key)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="note warning">{t('strategies.court.caution')}</p>
    </section>
  );
}
