/**
 * The sentences that say how a figure of the schedule was worked out, with its actual numbers,
 * built from the engine's structured explanation (never from its English `text`). Pure: the
 * page passes the translator and the formatters of the user's language and currency.
 */
import type { TFunction } from 'i18next';
import type { CapacityBreakdown } from '../../../core/budgetOverview';
import type {
  AccrualExplanation,
  DebtPeriodExplanation,
  EventExplanation,
} from '../../../core/engine/explanation';
import type { ScheduleRow } from '../../../core/engine/output';
import { Dec } from '../../../core/money';
import type { LateFeeRule, MinimumPaymentRule } from '../../../core/scenario/types';
import { formatPercent } from '../../format/percent';

export const DEBT_FIGURES = [
  'due',
  'payment',
  'interest',
  'penalty',
  'fees',
  'balance',
  'state',
] as const;
export type DebtFigure = (typeof DEBT_FIGURES)[number];
export const MONTH_FIGURES = ['capacity', 'paid', 'unallocated', 'deficit'] as const;
export type MonthFigure = (typeof MONTH_FIGURES)[number];

export interface Wording {
  t: TFunction;
  money: (amount: string) => string;
  date: (iso: string) => string;
}

export interface Section {
  key: string;
  title: string;
  lines: string[];
}

/** A rate fraction as a percentage with up to six significant digits: "0.0005" → "0.05%". */
const isZero = (amount: string) => new Dec(amount).isZero();

function accrualLines(what: string, a: AccrualExplanation, w: Wording): string[] {
  const { t, money } = w;
  const nonZero = a.baseParts.filter((p) => !isZero(p.amount));
  const single =
    a.baseParts.length === 1 ? a.baseParts[0] : nonZero.length === 1 ? nonZero[0] : undefined;
  const baseName = single ? t(`schedule.parts.${single.part}`) : t('schedule.explain.baseName');
  const values = {
    what,
    posted: money(a.posted),
    baseName,
    base: money(a.base),
    rate: formatPercent(a.rateUsed),
  };
  const lines = [
    a.unit === 'daily' && a.days !== null
      ? t('schedule.explain.accrualDaily', { ...values, days: a.days })
      : t('schedule.explain.accrualMonthly', values),
  ];
  if (!single) {
    const parts = a.baseParts
      .map((p) => `${t(`schedule.parts.${p.part}`)} ${money(p.amount)}`)
      .join(' + ');
    lines.push(t('schedule.explain.baseParts', { base: money(a.base), parts }));
  }
  if (a.rateGiven.unit !== a.unit || !new Dec(a.rateGiven.value).eq(a.rateUsed)) {
    lines.push(
      t('schedule.explain.rateGiven', {
        unit: t(`schedule.explain.rateUnits.${a.rateGiven.unit}`),
        rate: formatPercent(a.rateGiven.value),
        used: t(`schedule.explain.rateUnits.${a.unit}`),
      }),
    );
  }
  if (!new Dec(a.exact).eq(a.posted))
    lines.push(t('schedule.explain.rounded', { exact: a.exact, posted: money(a.posted) }));
  return lines;
}

function minimumLine(rule: MinimumPaymentRule, w: Wording): string {
  const { t, money } = w;
  switch (rule.kind) {
    case 'percentOfBalance':
    case 'interestPlusPercent':
      return t(`schedule.explain.minimumRules.${rule.kind}`, {
        percent: rule.percent,
        floor: money(rule.floor),
      });
    case 'fixed':
      return t('schedule.explain.minimumRules.fixed', { amount: money(rule.amount) });
    case 'none':
      return t('schedule.explain.minimumRules.none');
  }
}

function lateFeeLines(e: DebtPeriodExplanation, w: Wording): string[] {
  const { t, money } = w;
  const fee = e.lateFee;
  if (fee === null || isZero(e.shortfall)) return [t('schedule.explain.noShortfall')];
  const rule: LateFeeRule = fee.rule;
  // Model v2 §9: no fee on fees, so unpaid fees leave the base; §15: the court cap may cut it.
  const lines: string[] = [];
  if (!isZero(fee.unpaidFees) && rule.kind !== 'none')
    lines.push(
      t('schedule.explain.lateFeeNoFeeOnFees', {
        shortfall: money(fee.shortfall),
        fees: money(fee.unpaidFees),
        base: money(fee.base),
      }),
    );
  switch (rule.kind) {
    case 'percentOfShortfall':
      lines.push(
        t(
          isZero(fee.unpaidFees)
            ? 'schedule.explain.lateFeePercent'
            : 'schedule.explain.lateFeePercentOfBase',
          {
            amount: money(fee.ruled),
            shortfall: money(fee.base),
            percent: rule.percent,
            exact: fee.exact,
            min: isZero(rule.min) ? '' : t('schedule.explain.lateFeeMin', { min: money(rule.min) }),
            max:
              rule.max === undefined
                ? ''
                : t('schedule.explain.lateFeeMax', { max: money(rule.max) }),
          },
        ),
      );
      break;
    case 'fixed':
      lines.push(t('schedule.explain.lateFeeFixed', { amount: money(fee.ruled) }));
      break;
    case 'none':
      return [t('schedule.explain.lateFeeNone')];
  }
  if (!isZero(fee.capCut))
    lines.push(
      t('schedule.explain.lateFeeCapped', { amount: money(fee.amount), cut: money(fee.capCut) }),
    );
  return lines;
}

function eventLine(event: EventExplanation, w: Wording): string {
  const { t, money } = w;
  if (event.kind === 'waiver')
    return t('schedule.explain.waiver', {
      date: w.date(event.date),
      penalty: money(event.penalty),
      interest: money(event.interest),
      fees: money(event.fees),
    });
  return t('schedule.explain.installmentStart', {
    date: w.date(event.date),
    balance: money(event.balance),
    waived: money(event.waived),
    months: event.months,
    total: money(event.total),
    level: money(event.level),
  });
}

/** Every section of one debt's month, keyed by the figure it explains. */
export function debtSections(
  e: DebtPeriodExplanation,
  minimum: MinimumPaymentRule,
  w: Wording,
): Record<DebtFigure | 'events', Section> {
  const { t, money } = w;
  const section = (key: string, title: string, lines: string[]): Section => ({ key, title, lines });

  const interestLines: string[] = e.interest
    ? accrualLines(t('schedule.sections.interest'), e.interest, w)
    : [t('schedule.explain.noAccrual', { what: t('schedule.sections.interest') })];
  if (e.installment) {
    const i = e.installment;
    interestLines.push(
      t('schedule.explain.installment', {
        number: i.number,
        of: i.of,
        amount: money(i.amount),
        principal: money(i.principal),
        interest: money(i.interest),
        remaining: money(i.remaining),
        method: t(`schedule.explain.methods.${i.method}`),
        rate: formatPercent(i.rate),
      }),
    );
  }

  const dueLines = [t(`schedule.explain.dueRules.${e.due.rule}`, { amount: money(e.due.amount) })];
  if (e.due.rule === 'minimum') dueLines.push(minimumLine(minimum, w));

  const p = e.payment;
  const paymentLines = isZero(p.total)
    ? [t('schedule.explain.noPayment')]
    : [
        t('schedule.explain.payment', {
          total: money(p.total),
          fees: money(p.toFees),
          penalty: money(p.toPenalty),
          interest: money(p.toInterest),
          principal: money(p.toPrincipal),
        }),
      ];
  if (!isZero(p.surplus))
    paymentLines.push(
      t('schedule.explain.paymentSplit', {
        towardsDue: money(p.towardsDue),
        surplus: money(p.surplus),
      }),
    );
  if (!isZero(e.shortfall))
    paymentLines.push(t('schedule.explain.shortfall', { amount: money(e.shortfall) }));

  const balanceLines = [
    t('schedule.dialog.startOfMonth', {
      principal: money(e.start.principal),
      overduePrincipal: money(e.start.overduePrincipal),
      interest: money(e.start.interest),
      penalty: money(e.start.penalty),
      fees: money(e.start.fees),
      balance: money(e.start.balance),
    }),
    t('schedule.explain.balance', {
      balance: money(e.end.balance),
      principal: money(e.end.principal),
      interest: money(e.end.interest),
      penalty: money(e.end.penalty),
      fees: money(e.end.fees),
    }),
  ];
  if (!isZero(e.forgiven))
    balanceLines.push(t('schedule.explain.forgiven', { amount: money(e.forgiven) }));

  const stateLines = [t('schedule.explain.state', { state: t(`schedule.states.${e.end.state}`) })];
  if (e.outcome) stateLines.push(t(`schedule.explain.outcomes.${e.outcome}`));

  return {
    events: section(
      'events',
      t('schedule.sections.events'),
      e.events.map((event) => eventLine(event, w)),
    ),
    interest: section('interest', t('schedule.sections.interest'), interestLines),
    penalty: section(
      'penalty',
      t('schedule.sections.penalty'),
      e.penalty
        ? accrualLines(t('schedule.sections.penalty'), e.penalty, w)
        : [t('schedule.explain.noAccrual', { what: t('schedule.sections.penalty') })],
    ),
    due: section('due', t('schedule.sections.due'), dueLines),
    payment: section('payment', t('schedule.sections.payment'), paymentLines),
    fees: section('fees', t('schedule.sections.lateFee'), lateFeeLines(e, w)),
    balance: section('balance', t('schedule.sections.balance'), balanceLines),
    state: section('state', t('schedule.sections.state'), stateLines),
  };
}

/** The clicked figure's section first, then the rest of the month in the order the engine works. */
export function orderedSections(
  figure: DebtFigure,
  sections: Record<DebtFigure | 'events', Section>,
): { primary: Section; rest: Section[] } {
  const order: (DebtFigure | 'events')[] = [
    'events',
    'interest',
    'penalty',
    'due',
    'payment',
    'fees',
    'balance',
    'state',
  ];
  return {
    primary: sections[figure],
    rest: order
      .filter((key) => key !== figure && sections[key].lines.length > 0)
      .map((key) => sections[key]),
  };
}

/** A month-level figure: the budget behind the capacity and deficit, or the payments' sum. */
export function monthSection(
  figure: MonthFigure,
  row: ScheduleRow,
  budget: CapacityBreakdown,
  debtName: (id: string) => string,
  w: Wording,
): Section {
  const { t, money } = w;
  const title = t(`schedule.sections.${figure}`);
  const amounts = {
    capacity: money(row.capacity),
    income: money(budget.income),
    fixedCosts: money(budget.fixedCosts),
    obligations: money(budget.obligations),
    reserve: money(budget.reserve),
    deficit: money(row.deficit),
  };
  switch (figure) {
    case 'capacity': {
      // The payment limit is the only thing that makes capacity less than a positive net; money
      // set aside for the debts (extras, model v2 §3) comes on top of it.
      const limited = new Dec(budget.net).gt(new Dec(row.capacity).minus(budget.extras));
      const limit =
        (limited ? t('schedule.explain.capacityLimited') : '') +
        (isZero(budget.extras)
          ? ''
          : t('schedule.explain.capacityExtras', { extras: money(budget.extras) }));
      return { key: figure, title, lines: [t('schedule.explain.capacity', { ...amounts, limit })] };
    }
    case 'deficit':
      return {
        key: figure,
        title,
        lines: [
          isZero(row.deficit)
            ? t('schedule.explain.noDeficit')
            : t('schedule.explain.deficit', amounts),
        ],
      };
    case 'paid': {
      const paid = row.debts.filter((d) => !isZero(d.payment));
      return {
        key: figure,
        title,
        lines: [
          paid.length === 0
            ? t('schedule.explain.nothingPaid')
            : t('schedule.explain.paid', {
                paid: money(row.paid),
                parts: paid.map((d) => `${debtName(d.id)} ${money(d.payment)}`).join(' + '),
              }),
        ],
      };
    }
    case 'unallocated':
      return {
        key: figure,
        title,
        lines: [t('schedule.explain.unallocated', { amount: money(row.unallocated) })],
      };
  }
}
