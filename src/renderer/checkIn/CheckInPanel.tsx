import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckInRow, DebtRow } from '../db/AppDB';
import { deleteCheckIn, useCheckIns } from '../db/checkIns';
import { useOfferUndo } from '../forms/Undo';
import { todayIso } from '../format/dates';
import { useFormat } from '../format/useFormat';
import { usePlan } from '../plan/PlanContext';
import { type AshoreFigure, MATCH_TOLERANCE, ashoreFigure, checkInsOn, verdictOf } from './checkIn';
import { CheckInForm } from './CheckInForm';
import { PartsDifference } from './PartsDifference';
import { RebaseSection } from './RebaseSection';

/** The lender's figure against Ashore's, in plain words. */
function VerdictText({ lender, ashore }: { lender: string; ashore: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const verdict = verdictOf(lender, ashore);
  return (
    <p className={`check-in-verdict ${verdict.kind}`}>
      {verdict.kind === 'matches'
        ? t('checkIn.verdict.matches', { tolerance: format.money(MATCH_TOLERANCE.toFixed(2)) })
        : t(`checkIn.verdict.${verdict.kind}`, { amount: format.money(verdict.difference) })}
    </p>
  );
}

function FigureLine({ figure }: { figure: AshoreFigure }) {
  const { t } = useTranslation();
  const format = useFormat();
  const values = {
    asOf: format.date(figure.asOf),
    planned: format.money(figure.planned),
    paidSince: format.money(figure.paidSince),
  };
  return (
    <>
      <p className="check-in-ashore">
        {t('checkIn.ashore', { amount: format.money(figure.figure) })}
      </p>
      <p className="hint">
        {figure.paidSince === '0.00'
          ? t('checkIn.ashoreHowNoPayments', values)
          : t('checkIn.ashoreHow', values)}
      </p>
    </>
  );
}

function History({ debt, checkIns }: { debt: DebtRow; checkIns: CheckInRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const offerUndo = useOfferUndo();
  const captionId = `check-ins-${debt.id}`;
  return (
    <table className="data check-ins-table" aria-labelledby={captionId}>
      <caption id={captionId}>{t('checkIn.historyTitle', { name: debt.name })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('checkIn.columns.date')}</th>
          <th scope="col" className="amount">
            {t('checkIn.columns.lender')}
          </th>
          <th scope="col" className="amount">
            {t('checkIn.columns.ashore')}
          </th>
          <th scope="col" className="amount">
            {t('checkIn.columns.difference')}
          </th>
          <th scope="col">
            <span className="visually-hidden">{t('checkIn.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {[...checkIns].reverse().map((checkIn) => {
          const verdict = checkIn.ashore ? verdictOf(checkIn.total, checkIn.ashore) : null;
          return (
            <tr key={checkIn.id}>
              <th scope="row">{format.date(checkIn.date)}</th>
              <td className="amount">
                {format.money(checkIn.total)}
                {checkIn.split ? (
                  <span className="hint split">
                    {t('checkIn.splitText', {
                      principal: format.money(checkIn.split.principal),
                      interest: format.money(checkIn.split.interest),
                      penalty: format.money(checkIn.split.penalty),
                      fees: format.money(checkIn.split.fees),
                    })}
                  </span>
                ) : null}
              </td>
              <td className="amount">{checkIn.ashore ? format.money(checkIn.ashore) : ''}</td>
              <td className="amount difference">
                {verdict === null
                  ? ''
                  : verdict.kind === 'matches'
                    ? t('checkIn.matchesShort')
                    : `${verdict.kind === 'more' ? '+' : '−'}${format.money(verdict.difference)}`}
              </td>
              <td>
                <button
                  type="button"
                  aria-label={`${t('checkIn.delete')} ${format.date(checkIn.date)} ${debt.name}`}
                  onClick={() =>
                    void deleteCheckIn(checkIn.id).then((undo) =>
                      offerUndo(t('checkIn.deleted'), undo),
                    )
                  }
                >
                  {t('checkIn.delete')}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/**
 * 核对余额: per debt, what the lender's app shows today against Ashore's own figure, the
 * history of those checks, and starting the plan anew from them. On the payments page: the
 * balance a lender shows is what the payments recorded here should have brought it to.
 */
export function CheckInPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { state, household, scenario } = usePlan();
  const checkIns = useCheckIns();
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // Closing the form gives focus back to the button that opened it, so the keyboard stays put.
  const [closed, setClosed] = useState<string | null>(null);
  useEffect(() => {
    if (closed) document.getElementById(`check-in-open-${closed}`)?.focus();
  }, [closed]);
  if (!household || !checkIns || household.debts.length === 0) return null;
  const today = todayIso();
  const bundle = state.status === 'ready' ? state.bundle : null;
  const figureOf = (debtId: string) =>
    bundle ? ashoreFigure(bundle.scenario, bundle.result, debtId, today, household.payments) : null;
  const latestToday = checkInsOn(checkIns, today);

  return (
    <section className="card check-ins" aria-labelledby="check-in-title">
      <h2 id="check-in-title">{t('checkIn.title')}</h2>
      <p>{t('checkIn.intro')}</p>
      {household.debts.map((debt) => {
        const figure = figureOf(debt.id);
        const todays = latestToday.get(debt.id);
        const ofDebt = checkIns.filter((checkIn) => checkIn.debtId === debt.id);
        const debtInput = bundle?.scenario.debts.find((candidate) => candidate.id === debt.id);
        return (
          <div key={debt.id} className="check-in-debt" data-debt={debt.id}>
            <h3>{debt.name}</h3>
            {figure ? (
              <FigureLine figure={figure} />
            ) : scenario ? (
              <p className="hint">
                {t('checkIn.noFigure', { start: format.date(scenario.startDate) })}
              </p>
            ) : null}
            {todays && figure ? (
              <>
                <VerdictText lender={todays.total} ashore={figure.figure} />
                {debtInput ? (
                  <PartsDifference debt={debtInput} figure={figure} checkIn={todays} />
                ) : null}
              </>
            ) : null}
            {open === debt.id ? (
              <CheckInForm
                debt={debt}
                ashore={figure?.figure}
                onDone={(saved) => {
                  setOpen(null);
                  setClosed(debt.id);
                  setMessage(saved ? t('checkIn.saved') : '');
                }}
              />
            ) : (
              <button
                type="button"
                id={`check-in-open-${debt.id}`}
                onClick={() => {
                  setMessage('');
                  setClosed(null);
                  setOpen(debt.id);
                }}
              >
                {t('checkIn.open', { name: debt.name })}
              </button>
            )}
            {ofDebt.length > 0 ? <History debt={debt} checkIns={ofDebt} /> : null}
          </div>
        );
      })}
      <p className="status-line" role="status">
        {message}
      </p>
      {bundle && scenario && latestToday.size > 0 ? (
        <RebaseSection bundle={bundle} household={household} checkIns={checkIns} today={today} />
      ) : null}
    </section>
  );
}
