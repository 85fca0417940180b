import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planVariantSchema } from '../../core/scenario/schema';
import { missingDebts } from '../../core/plans/applyPlanVariant';
import type { Scenario } from '../../core/scenario/types';
import type { PlanVariantRow } from '../db/AppDB';
import {
  adoptPlanVariant,
  deletePlanVariant,
  duplicatePlanVariant,
  updatePlanVariant,
} from '../db/planVariants';
import { useOfferUndo } from '../forms/Undo';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { PlanForm } from './PlanForm';
import { VariantChanges } from './VariantChanges';

type Mode = 'view' | 'edit' | 'adopt';

/**
 * One saved 方案: its changes in words, whether it is compared, and what can be done with it —
 * edit, duplicate, delete (undoable), adopt (after saying what adopting writes; undoable).
 */
export function PlanCard({
  row,
  scenario,
  compared,
  canCompareMore,
  onCompare,
}: {
  row: PlanVariantRow;
  scenario: Scenario;
  compared: boolean;
  canCompareMore: boolean;
  onCompare: (compared: boolean) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const offerUndo = useOfferUndo();
  const [mode, setMode] = useState<Mode>('view');
  const heading = useRef<HTMLHeadingElement>(null);
  const back = () => {
    setMode('view');
    heading.current?.focus();
  };
  const missing = missingDebts(scenario, planVariantSchema.parse(row.variant));
  const named = { name: row.name };

  return (
    <li className="card plan-card" aria-labelledby={`plan-${row.id}`}>
      <h3 id={`plan-${row.id}`} ref={heading} tabIndex={-1}>
        {row.name}
      </h3>
      {row.adoptedOn ? (
        <p className="badge">{t('plans.adoptedOn', { date: format.date(row.adoptedOn) })}</p>
      ) : null}
      <VariantChanges variant={row.variant} debts={scenario.debts} />
      {missing.length > 0 ? (
        <p className="note warning">
          {t('plans.missing', { names: missing.join(t('negotiation.totalPlan.list')) })}
        </p>
      ) : null}
      <label className="compare-toggle">
        <input
          type="checkbox"
          checked={compared}
          disabled={!compared && !canCompareMore}
          onChange={(event) => onCompare(event.target.checked)}
        />{' '}
        {t('plans.compareThis', named)}
      </label>
      {mode === 'edit' ? (
        <PlanForm
          initial={{ name: row.name, variant: row.variant }}
          debts={scenario.debts}
          onCancel={back}
          onSave={(edit) => {
            void updatePlanVariant(row.id, edit).then(back);
          }}
        />
      ) : mode === 'adopt' ? (
        <div className="note" role="group" aria-labelledby={`adopt-${row.id}`}>
          <h4 id={`adopt-${row.id}`}>{t('plans.adoptTitle', named)}</h4>
          <p>{t('plans.adoptText')}</p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                void (async () => {
                  offerUndo(t('plans.adopted', named), await adoptPlanVariant(row.id, todayIso()));
                  back();
                })();
              }}
            >
              {t('plans.adoptConfirm')}
            </button>
            <button type="button" onClick={back}>
              {t('plans.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <button
            type="button"
            aria-label={t('plans.actions.editNamed', named)}
            onClick={() => setMode('edit')}
          >
            {t('plans.actions.edit')}
          </button>
          <button
            type="button"
            aria-label={t('plans.actions.duplicateNamed', named)}
            onClick={() => void duplicatePlanVariant(row.id, t('plans.copyName', named))}
          >
            {t('plans.actions.duplicate')}
          </button>
          <button
            type="button"
            aria-label={t('plans.actions.deleteNamed', named)}
            onClick={() => {
              void (async () =>
                offerUndo(t('plans.deleted', named), await deletePlanVariant(row.id)))();
            }}
          >
            {t('plans.actions.delete')}
          </button>
          <button
            type="button"
            className="primary"
            aria-label={t('plans.actions.adoptNamed', named)}
            onClick={() => setMode('adopt')}
          >
            {t('plans.actions.adopt')}
          </button>
        </div>
      )}
    </li>
  );
}
