import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInRow } from '../db/AppDB';
import { applyRebase } from '../db/checkIns';
import type { HouseholdData } from '../db/householdRead';
import { useOfferUndo } from '../forms/Undo';
import { useFormat } from '../format/useFormat';
import type { PlanBundle } from '../plan/planProtocol';
import { type RebaseProblem, rebaseFrom } from './rebase';

/** Starting the plan anew from today's check-ins, once each debt has one; asks first, undoable. */
export function RebaseSection({
  bundle,
  household,
  checkIns,
  today,
}: {
  bundle: PlanBundle;
  household: HouseholdData;
  checkIns: readonly CheckInRow[];
  today: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const offerUndo = useOfferUndo();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const outcome = rebaseFrom({
    scenario: bundle.scenario,
    result: bundle.result,
    debts: household.debts,
    agreements: household.agreements,
    checkIns,
    payments: household.payments,
    today,
  });
  const nameOf = (debtId: string) =>
    household.debts.find((debt) => debt.id === debtId)?.name ?? debtId;
  const problemText = (problem: RebaseProblem) =>
    problem.kind === 'beforeStart'
      ? t('checkIn.rebase.problems.beforeStart', { start: format.date(bundle.scenario.startDate) })
      : t(`checkIn.rebase.problems.${problem.kind}`, { name: nameOf(problem.debtId) });

  const start = () => {
    if (!outcome.ok) return;
    setConfirming(false);
    void applyRebase(outcome.change).then((undo) => {
      setMessage(t('checkIn.rebase.done', { date: format.date(today) }));
      offerUndo(t('checkIn.rebase.undone'), undo);
    });
  };

  return (
    <div className="rebase" role="group" aria-labelledby="rebase-title">
      <h3 id="rebase-title">{t('checkIn.rebase.title')}</h3>
      <p className="hint">{t('checkIn.rebase.explain')}</p>
      {!outcome.ok ? (
        <>
          <p>{t('checkIn.rebase.needs')}</p>
          <ul className="rebase-problems">
            {outcome.problems.map((problem) => (
              <li key={`${problem.kind}-${'debtId' in problem ? problem.debtId : ''}`}>
                {problemText(problem)}
              </li>
            ))}
          </ul>
        </>
      ) : confirming ? (
        <div role="group" aria-label={t('checkIn.rebase.start')}>
          <p>{t('checkIn.rebase.confirm', { date: format.date(today) })}</p>
          <button type="button" className="danger" onClick={start}>
            {t('checkIn.rebase.yes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('checkIn.rebase.no')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('checkIn.rebase.start')}
        </button>
      )}
      <p className="status-line" role="status">
        {message}
      </p>
    </div>
  );
}
