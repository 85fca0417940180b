import type { TFunction } from 'i18next';
import type { PlanWarning } from '../../core/planWarnings';

type DebtWarning = Extract<PlanWarning, { debtId: string }>;

export function isDebtWarning(warning: PlanWarning): warning is DebtWarning {
  return 'debtId' in warning;
}

/** A warning about one debt in the dashboard's words: month, debt and money spelled out. */
export function debtWarningText(
  warning: DebtWarning,
  t: TFunction,
  format: { money: (amount: string) => string; month: (iso: string) => string },
  debtName: string,
): string {
  if (warning.kind === 'neverPaid') {
    return t('dashboard.warning.neverPaid', {
      debt: debtName,
      amount: format.money(warning.balance),
    });
  }
  return t(`dashboard.warning.${warning.kind}`, {
    month: format.month(warning.start),
    debt: debtName,
    amount: format.money(warning.shortfall),
  });
}
