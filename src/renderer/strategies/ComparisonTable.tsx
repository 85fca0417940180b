import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../forms/ScrollRegion';
import { planCost } from '../../core/planCost';
import type { StrategyComparison } from '../../core/engine/compare';
import { useFormat } from '../format/useFormat';
import { saveHousehold } from '../db/household';
import type { PlanBundle } from '../plan/planProtocol';

/** Where each plan's row sits, whichever is chosen. */
const ROW_ORDER: readonly string[] = [
  'avalanche',
  'snowball',
  'custom',
  'minimumOnly',
  'doNothing',
];
const rowKey = (row: StrategyComparison) => (row.key === 'doNothing' ? 'doNothing' : row.strategy);

/**
 * The rows in one fixed order, the chosen one marked where it stands: choosing another must not
 * move the rows under the cursor.
 */
export function inFixedOrder(rows: readonly StrategyComparison[]): StrategyComparison[] {
  return [...rows].sort((a, b) => ROW_ORDER.indexOf(rowKey(a)) - ROW_ORDER.indexOf(rowKey(b)));
}

/** The chosen strategy against the others, minimum-only and doing nothing; picking one saves it. */
export function ComparisonTable({
  bundle,
  readOnly = false,
}: {
  bundle: PlanBundle;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useRef<HTMLHeadingElement>(null);
  const chosen = bundle.scenario.strategy;
  const extras = bundle.extras;
  if (!extras) {
    return (
      <section aria-labelledby="compare-title">
        <h2 id="compare-title" ref={heading} tabIndex={-1}>
          {t('strategies.compareTitle')}
        </h2>
        <p role="status">{t('charts.comparing')}</p>
      </section>
    );
  }
  const firstYear = extras.comparison.find((row) => row.firstYear)?.firstYear;
  return (
    <section aria-labelledby="compare-title">
      <h2 id="compare-title" ref={heading} tabIndex={-1}>
        {t('strategies.compareTitle')}
      </h2>
      <ScrollRegion label={t('strategies.compareTable')}>
        <table className="data comparison">
          <thead>
            <tr>
              <th scope="col">{t('strategies.columns.plan')}</th>
              <th scope="col" className="amount">
                {t('strategies.columns.months')}
              </th>
              <th scope="col">{t('strategies.columns.debtFree')}</th>
              <th scope="col" className="amount">
                {t('strategies.columns.cost')}
              </th>
              <th scope="col" className="amount">
                {t('strategies.columns.penalty')}
              </th>
              {readOnly ? null : (
                <th scope="col">
                  <span className="visually-hidden">{t('strategies.choose')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {inFixedOrder(extras.comparison).map((row) => {
              const name = rowKey(row);
              const isChosen = row.key === 'chosen';
              return (
                <tr key={row.key} className={isChosen ? 'chosen' : undefined}>
                  <th scope="row">
                    {t(`strategies.names.${name}`)}
                    {isChosen ? t('strategies.chosen') : null}
                  </th>
                  <td className="amount">
                    {row.summary.months === null
                      ? t('strategies.never')
                      : t('strategies.monthsValue', { months: row.summary.months })}
                  </td>
                  <td className="date">
                    {row.summary.debtFreeDate ? format.date(row.summary.debtFreeDate) : '—'}
                  </td>
                  {row.key === 'doNothing' ? (
                    // Over the whole horizon, compound penalty reaches figures no one would pay or
                    // believe; a year of doing nothing is the comparison that means something.
                    <td className="amount" colSpan={2}>
                      {t('strategies.doNothingYear', {
                        months: extras.waiting.months,
                        amount: format.money(extras.waiting.cost),
                      })}
                    </td>
                  ) : row.firstYear ? (
                    <>
                      <td className="amount">
                        {t('strategies.firstMonths', {
                          months: row.firstYear.months,
                          amount: format.money(row.firstYear.cost),
                        })}
                      </td>
                      <td className="amount">{format.money(row.firstYear.penalty)}</td>
                    </>
                  ) : (
                    <>
                      <td className="amount">{format.money(planCost(row.summary).toFixed(2))}</td>
                      <td className="amount">{format.money(row.summary.totalPenalty)}</td>
                    </>
                  )}
                  {readOnly ? null : (
                    <td>
                      {isChosen ? (
                        <span className="badge">{t('strategies.chosenBadge')}</span>
                      ) : row.key !== 'doNothing' ? (
                        <button
                          type="button"
                          aria-label={t('strategies.chooseNamed', {
                            name: t(`strategies.names.${name}`),
                          })}
                          onClick={() => {
                            // The button turns into the "chosen" badge: focus goes to the table's
                            // heading, which stays while the comparison is worked out again.
                            heading.current?.focus();
                            void saveHousehold({ strategy: row.strategy });
                          }}
                        >
                          {t('strategies.choose')}
                        </button>
                      ) : null}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
      {firstYear ? (
        <p className="hint">{t('strategies.firstMonthsNote', { months: firstYear.months })}</p>
      ) : null}
      {chosen === 'minimumOnly' ? (
        <p className="note warning">{t('strategies.minimumTrap')}</p>
      ) : null}
    </section>
  );
}
