import { type Dec, ZERO, formatMoney } from '../money';
import type { InstallmentSummary, PlanSummary } from './output';
import type { DebtState } from './state';
import type { Timeline } from './timeline';

export interface SummaryInput {
  readonly debts: readonly DebtState[];
  readonly timeline: Timeline;
  readonly affordableMonthly: Dec;
  readonly dailyCostNow: Dec;
  readonly unappliedActuals: Dec;
  readonly totals: {
    readonly waived: Dec;
    readonly forgiven: Dec;
    readonly reinstated: Dec;
    readonly actualPaid: Dec;
    readonly pastMonths: number;
    readonly shortfallMonths: number;
    readonly broken: readonly string[];
    readonly installments: readonly InstallmentSummary[];
  };
}

/** The headline figures of model §10, from the debts' final state and running totals. */
export function buildSummary(input: SummaryInput): PlanSummary {
  const { debts, timeline, totals } = input;
  const debtFree = debts.every((d) => d.paid);
  const lastPayoff = debts.reduce((last, d) => Math.max(last, d.payoffPeriod ?? -1), -1);
  const sum = (pick: (d: DebtState) => Dec) => debts.reduce((s, d) => s.plus(pick(d)), ZERO);
  return {
    affordableMonthly: formatMoney(input.affordableMonthly),
    debtFree,
    months: debtFree ? lastPayoff + 1 : null,
    debtFreeDate: debtFree
      ? lastPayoff < 0
        ? timeline.period(0).startText
        : timeline.period(lastPayoff).endText
      : null,
    totalPaid: formatMoney(sum((d) => d.totalPaid)),
    totalInterest: formatMoney(sum((d) => d.totalInterest)),
    totalPenalty: formatMoney(sum((d) => d.totalPenalty)),
    totalFees: formatMoney(sum((d) => d.totalFees)),
    totalWaived: formatMoney(totals.waived),
    totalForgiven: formatMoney(totals.forgiven),
    totalReinstated: formatMoney(totals.reinstated),
    actualPaid: formatMoney(totals.actualPaid),
    unappliedActuals: formatMoney(input.unappliedActuals),
    pastMonths: totals.pastMonths,
    dailyCostNow: formatMoney(input.dailyCostNow),
    shortfallMonths: totals.shortfallMonths,
    brokenAgreements: [...totals.broken],
    installments: [...totals.installments],
    debts: debts.map((d) => ({
      id: d.id,
      payoffMonth: d.payoffPeriod,
      payoffDate: d.payoffPeriod === null ? null : timeline.period(d.payoffPeriod).endText,
      paid: formatMoney(d.totalPaid),
      interest: formatMoney(d.totalInterest),
      penalty: formatMoney(d.totalPenalty),
      fees: formatMoney(d.totalFees),
    })),
  };
}
