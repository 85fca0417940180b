import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanResult } from '../../core/engine/output';
import type { BaselineRow } from '../db/AppDB';
import { saveBaseline, useBaseline } from '../db/baseline';
import { useRebases } from '../db/checkIns';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { useHouseholdData } from '../plan/PlanContext';
import { usePlanOf } from '../plan/usePlan';
import { type Progress, livedHistory, progressAgainst } from './progress';
import { ProgressChart } from './ProgressChart';
import { intlFormatter } from '../format/intlCache';

function ChooseBaseline({ current }: { current: BaselineRow | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { scenario } = useHouseholdData();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  if (!scenario) return null;
  const choose = () => {
    const today = todayIso();
    setConfirming(false);
    void saveBaseline(scenario, today).then(() =>
      setMessage(t('progress.saved', { date: format.date(today) })),
    );
  };
  return (
    <div className="baseline-choice">
      {current === null ? (
        <>
          <p className="hint">{t('progress.followHint')}</p>
          <button type="button" className="primary" onClick={choose}>
            {t('progress.follow')}
          </button>
        </>
      ) : confirming ? (
        <div role="group" aria-label={t('progress.replace')}>
          <p>{t('progress.replaceConfirm', { date: format.date(current.chosenOn) })}</p>
          <button type="button" className="danger" onClick={choose}>
            {t('progress.replaceYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('progress.replaceNo')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('progress.replace')}
        </button>
      )}
      <p className="status-line" role="status">
        {message}
      </p>
    </div>
  );
}

export function Standing({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const percent = intlFormatter(
    `percent|${format.language}`,
    () => new Intl.NumberFormat(format.language, { style: 'percent' }),
  ).format(progress.repaid);
  const milestone = progress.cleared.at(-1);
  return (
    <>
      <p className={`progress-status ${progress.status}`}>
        {t(`progress.status.${progress.status}`, {
          count: progress.monthsPast,
          amount: format.money(progress.behindBy),
        })}
      </p>
      <label className="progress-bar">
        {t('progress.repaid', { percent })}
        <progress max={1} value={progress.repaid} />
      </label>
      {milestone ? (
        <p className="note good milestone">{t('progress.milestone', milestone)}</p>
      ) : null}
      <p>
        {t('progress.cleared', { count: progress.cleared.length })} ·{' '}
        {progress.monthsSinceMiss === null
          ? t('progress.noMiss')
          : t('progress.sinceMiss', { months: progress.monthsSinceMiss })}
      </p>
    </>
  );
}

export function DebtTable({ progress }: { progress: Progress }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <table className="data progress-debts">
      <thead>
        <tr>
          <th scope="col">{t('progress.columns.debt')}</th>
          <th scope="col" className="amount">
            {t('progress.columns.planned')}
          </th>
          <th scope="col" className="amount">
            {t('progress.columns.paid')}
          </th>
        </tr>
      </thead>
      <tbody>
        {progress.debts.map((debt) => (
          <tr key={debt.id}>
            <th scope="row">{debt.name}</th>
            <td className="amount">{format.money(debt.planned)}</td>
            <td className="amount">{format.money(debt.paid)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AgainstBaseline({ baseline, lived }: { baseline: BaselineRow; lived: PlanResult }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { household, scenario } = useHouseholdData();
  const rebases = useRebases();
  // The baseline is planned in the what-if worker, so the household's own plan never waits.
  const { state } = usePlanOf(baseline.scenario, 'whatIf', false);
  const baselineResult = state.status === 'ready' ? state.bundle.result : null;
  const progress = useMemo(() => {
    if (!baselineResult || !rebases || !scenario) return null;
    const names = new Map(household?.debts.map((debt) => [debt.id, debt.name]));
    return progressAgainst(
      { scenario: baseline.scenario, result: baselineResult },
      lived,
      names,
      todayIso(),
      livedHistory(scenario, rebases),
    );
  }, [baseline.scenario, baselineResult, household, lived, rebases, scenario]);
  return (
    <>
      <p className="hint">{t('progress.chosenOn', { date: format.date(baseline.chosenOn) })}</p>
      {progress ? (
        <>
          <Standing progress={progress} />
          <DebtTable progress={progress} />
          <ProgressChart
            points={progress.chart}
            currency={format.currency}
            language={format.language}
          />
        </>
      ) : null}
    </>
  );
}

/** The plan chosen to follow, and how life is going against it (issue 13: progress you can feel). */
export function ProgressPanel({ lived }: { lived: PlanResult }) {
  const { t } = useTranslation();
  const baseline = useBaseline();
  if (baseline === undefined) return null;
  return (
    <section className="progress" aria-labelledby="progress-title">
      <h2 id="progress-title">{t('progress.title')}</h2>
      {baseline ? <AgainstBaseline baseline={baseline} lived={lived} /> : null}
      <ChooseBaseline current={baseline} />
    </section>
  );
}
