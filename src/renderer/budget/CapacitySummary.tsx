import { useTranslation } from 'react-i18next';
import { formatMonth } from '../format/dates';
import { formatMoney } from '../format/money';
import type { HouseholdData } from '../db/householdRead';
import {
  type CapacityStep,
  LOOKAHEAD_MONTHS,
  capacityView,
  shortfallOf,
  signOf,
  storedBudget,
} from './capacity';

/**
 * The answer the page exists for, kept in view while the lists are edited: the most the person
 * can pay each month, how it is made up, what to do when it is negative, and how it changes.
 */
export function CapacitySummary({
  data,
  currency,
  language,
}: {
  data: HouseholdData;
  currency: string;
  language: string;
}) {
  const { t } = useTranslation();
  const money = (amount: string) => formatMoney(amount, currency, language);
  const stored = storedBudget(data, currency);

  if (!stored.ok) {
    return (
      <aside className="card budget-summary" aria-labelledby="budget-summary-title">
        <h2 id="budget-summary-title">{t('budget.summary.title')}</h2>
        <p className="error" role="alert">
          {t('budget.summary.invalid', { detail: stored.detail })}
        </p>
      </aside>
    );
  }

  const view = capacityView(data.household.startDate, stored.budget);
  const headline = view.overview.affordableMonthly;
  const deficit = shortfallOf(headline.net);
  const rows = [
    { key: 'income', sign: '', amount: headline.income },
    { key: 'fixedCosts', sign: '−', amount: headline.fixedCosts },
    { key: 'obligations', sign: '−', amount: headline.obligations },
    { key: 'reserve', sign: '−', amount: headline.reserve },
  ] as const;

  return (
    <aside className="card budget-summary" aria-labelledby="budget-summary-title">
      <h2 id="budget-summary-title">{t('budget.summary.title')}</h2>
      <p
        className={`budget-headline amount${deficit ? ' negative' : ''}`}
        aria-live="polite"
        data-testid="affordable-monthly"
      >
        {money(headline.net)}
      </p>
      <p className="hint">
        {t('budget.summary.basis', { month: formatMonth(view.startMonth, language) })}
      </p>
      <table className="data budget-breakdown">
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                <span className="budget-sign" aria-hidden="true">
                  {row.sign}
                </span>
                {t(`budget.summary.${row.key}`)}
              </th>
              <td className="amount">{money(row.amount)}</td>
            </tr>
          ))}
          <tr className="budget-total">
            <th scope="row">
              <span className="budget-sign" aria-hidden="true">
                =
              </span>
              {t('budget.summary.result')}
            </th>
            <td className="amount">{money(headline.net)}</td>
          </tr>
        </tbody>
      </table>

      {deficit ? (
        <div className="budget-deficit" role="status">
          <h3>{t('budget.summary.deficitTitle', { amount: money(deficit) })}</h3>
          <p>{t('budget.summary.deficitText')}</p>
          <ul>
            <li>{t('budget.summary.deficitSteps.cut')}</li>
            <li>{t('budget.summary.deficitSteps.raise')}</li>
            <li>{t('budget.summary.deficitSteps.ask')}</li>
          </ul>
        </div>
      ) : null}

      {view.paymentLimit !== null ? (
        <div className="budget-limit">
          <p>{t('budget.summary.limit', { amount: money(view.paymentLimit) })}</p>
          <p className="hint">
            {t('budget.summary.limitApplies', { amount: money(view.planned) })}
          </p>
        </div>
      ) : null}

      <h3>{t('budget.summary.changesTitle', { months: LOOKAHEAD_MONTHS })}</h3>
      {view.steps.length <= 1 ? (
        <p className="hint">{t('budget.summary.changesNone', { months: LOOKAHEAD_MONTHS })}</p>
      ) : (
        <>
          <table className="data budget-changes">
            <thead>
              <tr>
                <th scope="col">{t('budget.summary.changesMonth')}</th>
                <th scope="col" className="amount">
                  {t('budget.summary.changesAmount')}
                </th>
                <th scope="col" className="amount">
                  {t('budget.summary.changesDelta')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.steps.map((step) => (
                <StepRow key={step.month} step={step} language={language} money={money} />
              ))}
            </tbody>
          </table>
          <p className="hint">{t('budget.summary.changesHint')}</p>
        </>
      )}
    </aside>
  );
}

function StepRow({
  step,
  language,
  money,
}: {
  step: CapacityStep;
  language: string;
  money: (amount: string) => string;
}) {
  const { t } = useTranslation();
  const shortfall = shortfallOf(step.net);
  return (
    <tr>
      <th scope="row">{formatMonth(step.month, language)}</th>
      <td className="amount">
        {shortfall === null
          ? money(step.net)
          : t('budget.summary.changesDeficit', { amount: money(shortfall) })}
      </td>
      <td className="amount">
        {step.delta === null ? '—' : `${signOf(step.delta)}${money(step.delta)}`}
      </td>
    </tr>
  );
}
