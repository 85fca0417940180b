import { useTranslation } from 'react-i18next';
import { ScrollRegion } from '../forms/ScrollRegion';
import { Dec } from '../../core/money';
import type { AgreementRow, DebtRow } from '../db/AppDB';
import { formatMoney } from '../format/money';
import { useSettings } from '../settings/SettingsContext';
import { balanceOf, stateOf } from './balance';
import { kindLabel } from './kindLabel';
import { rateText } from './rateText';

export function DebtList({
  debts,
  agreements,
  onEdit,
  onDelete,
}: {
  debts: readonly DebtRow[];
  agreements: readonly AgreementRow[];
  onEdit: (debt: DebtRow) => void;
  onDelete: (debt: DebtRow) => void;
}) {
  const { t } = useTranslation();
  const { currency, language } = useSettings();
  const money = (amount: string) => formatMoney(amount, currency, language);
  if (debts.length === 0) return <p className="note">{t('debts.list.empty')}</p>;
  const total = debts.reduce((sum, debt) => sum.plus(balanceOf(debt)), new Dec(0)).toFixed(2);
  return (
    <ScrollRegion label={t('debts.title')}>
      <table className="data debts-table">
        <thead>
          <tr>
            <th scope="col">{t('debts.list.name')}</th>
            <th scope="col">{t('debts.list.kind')}</th>
            <th scope="col" className="amount">
              {t('debts.list.balance')}
            </th>
            <th scope="col">{t('debts.list.state')}</th>
            <th scope="col">{t('debts.list.rates')}</th>
            <th scope="col">
              <span className="debts-visually-hidden">{t('debts.list.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {debts.map((debt) => {
            const state = stateOf(debt);
            const interest = rateText(debt.interestRate, t);
            const penalty = rateText(debt.penaltyRate, t);
            const count = agreements.filter((row) => row.debtId === debt.id).length;
            const kind = kindLabel(debt.kind, t);
            // The model allows an empty name; the kind then stands in for it.
            const name = debt.name.trim() === '' ? kind : debt.name;
            return (
              <tr key={debt.id}>
                <th scope="row">
                  {name}
                  {count > 0 ? (
                    <span className="debts-badge">{t('debts.list.agreements', { count })}</span>
                  ) : null}
                </th>
                <td>{kind}</td>
                <td className="amount">{money(balanceOf(debt))}</td>
                <td>
                  <span className={`debts-state debts-state-${state}`}>
                    {t(`debts.state.${state}`)}
                  </span>
                </td>
                <td className="debts-rates">
                  {interest ? (
                    <span>{t('debts.list.interestRate', { rate: interest })}</span>
                  ) : null}
                  {penalty ? <span>{t('debts.list.penaltyRate', { rate: penalty })}</span> : null}
                  {!interest && !penalty ? t('debts.list.noRates') : null}
                </td>
                <td className="debts-actions">
                  <button
                    type="button"
                    aria-label={t('debts.list.edit', { name })}
                    onClick={() => onEdit(debt)}
                  >
                    {t('forms.edit')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    aria-label={t('debts.list.delete', { name })}
                    onClick={() => onDelete(debt)}
                  >
                    {t('forms.delete')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('debts.list.total')}
            </th>
            <td className="amount">{money(total)}</td>
            <td colSpan={3} />
          </tr>
        </tfoot>
      </table>
    </ScrollRegion>
  );
}
