import type { TFunction } from 'i18next';
import type { PlanWarning } from '../../core/planWarnings';

interface WarningFormat {
  money: (amount: string) => string;
  month: (iso: string) => string;
}

/** A plan warning in plain words, with its month, debt and money spelled out. */
export function warningText(
  warning: PlanWarning,
  t: TFunction,
  format: WarningFormat,
  debtName: (id: string) => string,
): string {
  switch (warning.kind) {
    case 'duesNotMet':
      return t('dashboard.warning.duesNotMet', {
        month: format.month(warning.start),
        amount: format.money(warning.shortfall),
      });
    case 'budgetDeficit':
      return t('dashboard.warning.budgetDeficit', {
        month: format.month(warning.start),
        amount: format.money(warning.deficit),
      });
    case 'agreementBroken':
    case 'settlementFails':
      return t(`dashboard.warning.${warning.kind}`, {
        month: format.month(warning.start),
        debt: debtName(warning.debtId),
        amount: format.money(warning.shortfall),
      });
    case 'neverPaid':
      return t('dashboard.warning.neverPaid', {
        debt: debtName(warning.debtId),
        amount: format.money(warning.balance),
      });
  }
}

/** The warnings that name one debt. */
export function isDebtWarning(
  warning: PlanWarning,
): warning is Extract<PlanWarning, { debtId: string }> {
  return 'debtId' in warning;
}

/** The gravest first: broken agreements and failing settlements undo negotiations. */
export const warningGravity: readonly PlanWarning['kind'][] = [
  'agreementBroken',
  'settlementFails',
  'neverPaid',
  'duesNotMet',
  'budgetDeficit',
];
