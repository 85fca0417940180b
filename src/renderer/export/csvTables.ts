import Papa from 'papaparse';
import { Dec } from '../../core/money';
import { planCost } from '../../core/planCost';
import type { PlanVariantFigures } from '../../core/plans/planVariantFigures';
import type { UiLanguage as Language } from '../../shared/contract';
import type { DebtRow, PaymentRow } from '../db/AppDB';
import { paymentsEn, paymentsZh } from '../payments/messages';
import { scheduleEn, scheduleZh } from '../plan/schedule/messages';
import type { PlanBundle } from '../plan/planProtocol';
import { strategiesEn, strategiesZh } from '../strategies/messages';
import { csvEn, csvZh } from './csvMessages';

/**
 * The plan as CSV for a spreadsheet or a counsellor. UTF-8 with a byte-order mark, so that Excel
 * and WPS read Chinese correctly; CRLF line ends, as they write; amounts as the plan's plain
 * decimals ("1234.50"), never formatted, so a spreadsheet reads them as numbers. Quoting is
 * papaparse's, not ours.
 */
const BOM = '\uFEFF';

function toCsv(columns: Record<string, string>, rows: Record<string, string | number>[]): string {
  const keys = Object.keys(columns);
  const data = rows.map((row) => keys.map((key) => row[key] ?? ''));
  return (
    BOM +
    Papa.unparse({ fields: keys.map((key) => columns[key] ?? key), data }, { newline: '\r\n' })
  );
}

const sum = (values: readonly string[]) =>
  values.reduce((total, value) => total.plus(value), new Dec(0)).toFixed(2);

/**
 * The schedule: for each month, one row per debt still owing at its start, then one row with
 * the month's totals (the engine's capacity, paid, unused and shortfall; the debts' figures
 * summed).
 */
export function scheduleCsv(bundle: PlanBundle, language: Language): string {
  const words = language === 'zh-CN' ? csvZh : csvEn;
  const states = (language === 'zh-CN' ? scheduleZh : scheduleEn).states;
  const names = new Map(bundle.scenario.debts.map((debt) => [debt.id, debt.name]));
  const rows = bundle.result.schedule.flatMap((month) => {
    const when = { month: month.month, start: month.start, end: month.end };
    const debts = month.debts.map((debt) => ({
      ...when,
      debtId: debt.id,
      name: names.get(debt.id) ?? debt.id,
      state: states[debt.state],
      due: debt.due,
      payment: debt.payment,
      interest: debt.interest,
      penalty: debt.penalty,
      fees: debt.fees,
      balance: debt.balance,
    }));
    const of = (part: 'due' | 'interest' | 'penalty' | 'fees' | 'balance') =>
      sum(month.debts.map((debt) => debt[part]));
    const total = {
      ...when,
      name: words.total,
      due: of('due'),
      payment: month.paid,
      interest: of('interest'),
      penalty: of('penalty'),
      fees: of('fees'),
      balance: of('balance'),
      capacity: month.capacity,
      unallocated: month.unallocated,
      deficit: month.deficit,
    };
    return [...debts, total];
  });
  return toCsv(words.scheduleColumns, rows);
}

/** The strategy comparison: the chosen plan, the other strategies and doing nothing. */
export function comparisonCsv(bundle: PlanBundle, language: Language): string | null {
  const words = language === 'zh-CN' ? csvZh : csvEn;
  const planNames = (language === 'zh-CN' ? strategiesZh : strategiesEn).names;
  if (!bundle.extras) return null;
  const rows = bundle.extras.comparison.map(({ key, strategy, summary }) => ({
    plan: planNames[key === 'doNothing' ? 'doNothing' : strategy],
    chosen: key === 'chosen' ? words.yes : words.no,
    months: summary.months ?? '',
    debtFreeDate: summary.debtFreeDate ?? '',
    totalPaid: summary.totalPaid,
    cost: planCost(summary).toFixed(2),
    totalInterest: summary.totalInterest,
    totalPenalty: summary.totalPenalty,
    totalFees: summary.totalFees,
    shortfallMonths: summary.shortfallMonths,
  }));
  return toCsv(words.comparisonColumns, rows);
}

/**
 * The payment records as the person sees them listed (the lender filter applied): one row per
 * payment with its date, lender, debt id, amount, channel, note and whether a receipt is kept.
 * The receipt image itself stays in the app and its backups.
 */
export function paymentsCsv(
  payments: readonly PaymentRow[],
  debts: readonly Pick<DebtRow, 'id' | 'name'>[],
  language: Language,
): string {
  const words = language === 'zh-CN' ? csvZh : csvEn;
  const channels = (language === 'zh-CN' ? paymentsZh : paymentsEn).channels;
  const names = new Map(debts.map((debt) => [debt.id, debt.name]));
  const rows = payments.map((payment) => ({
    date: payment.date,
    lender: names.get(payment.debtId) ?? payment.debtId,
    debtId: payment.debtId,
    amount: payment.amount,
    channel: channels[payment.channel],
    note: payment.note,
    receipt: payment.receipt ? words.yes : words.no,
  }));
  return toCsv(words.paymentsColumns, rows);
}

/** One column of the 方案 comparison: its name and the engine's figures for it. */
export interface PlanColumn {
  name: string;
  figures: PlanVariantFigures;
}

/**
 * The 方案 comparison, one row per plan (things as they are first): when each is debt-free,
 * what it costs, what a month of delay adds, the months short, the agreements at risk and each
 * installment's APR. A plan that never clears has no total cost: over its horizon that is
 * compounding, not a price.
 */
export function planComparisonCsv(
  columns: readonly PlanColumn[],
  debtNames: ReadonlyMap<string, string>,
  language: Language,
): string {
  const words = language === 'zh-CN' ? csvZh : csvEn;
  const name = (id: string) => debtNames.get(id) ?? id;
  const rows = columns.map(({ name: plan, figures }) => ({
    plan,
    debtFreeDate: figures.debtFreeDate ?? '',
    months: figures.months ?? '',
    cost: figures.debtFree ? figures.cost : '',
    yearCost: figures.yearCost,
    delayMonthCost: figures.delayMonthCost ?? '',
    shortfallMonths: figures.shortfallMonths,
    atRisk: figures.atRisk.map(name).join('; '),
    installments: figures.installments
      .map((i) => `${name(i.debtId)} ${i.months}×${i.payment} ${i.apr}%`)
      .join('; '),
  }));
  return toCsv(words.plansColumns, rows);
}
