import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioInput } from '../../core/scenario/types';
import type { CheckInRow } from '../db/AppDB';
import { useFormat } from '../format/useFormat';
import { usePlan } from '../plan/PlanContext';
import { type AshoreFigure, type BalanceParts, openingParts, partsDifferences } from './checkIn';

/**
 * Ashore's split of a debt's figure: the engine's own state at the period's end (the same
 * explanation the schedule opens), or the opening balances in the first month. Null while it
 * is asked for, or when payments since would need splitting too.
 */
function useAshoreParts(
  debt: ScenarioInput['debts'][number],
  figure: AshoreFigure,
): BalanceParts | null {
  const { client } = usePlan();
  const [parts, setParts] = useState<{ key: string; parts: BalanceParts | null } | null>(null);
  const key = `${debt.id}|${figure.month ?? 'start'}|${figure.planned}`;
  const { month } = figure;
  useEffect(() => {
    if (month === null) return;
    let live = true;
    void client.send('explain', { month, debtId: debt.id }).then((explanation) => {
      if (live) setParts({ key, parts: explanation ? explanation.end : null });
    });
    return () => {
      live = false;
    };
  }, [client, debt.id, month, key]);
  if (figure.paidSince !== '0.00') return null;
  if (month === null) return openingParts(debt);
  return parts?.key === key ? parts.parts : null;
}

/** The lender's split against Ashore's, part by part, where they differ. */
export function PartsDifference({
  debt,
  figure,
  checkIn,
}: {
  debt: ScenarioInput['debts'][number];
  figure: AshoreFigure;
  checkIn: CheckInRow;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const ashore = useAshoreParts(debt, figure);
  if (!checkIn.split || !ashore) return null;
  const differences = partsDifferences(checkIn.split, ashore);
  if (differences.length === 0) return null;
  return (
    <ul className="check-in-parts">
      {differences.map((difference) => (
        <li key={difference.part}>
          {t('checkIn.partDiffers', {
            part: t(`checkIn.${difference.part}`),
            lender: format.money(difference.lender),
            ashore: format.money(difference.ashore),
          })}
        </li>
      ))}
    </ul>
  );
}
