/**
 * One-off settlements (一次性结清) of what the plan can set aside for this debt by a date. The
 * money a settlement can use in its month is the capacity plus the cash carried (what saving
 * left over), less the installments paid before it and the other debts' settlements and
 * minimums: it does not depend on the amount, so one plan with an unpayable amount measures it.
 * Whether the lender accepts a discount is the lender's decision; the amount offered is what can
 * be paid, capped at the balance then.
 */
import { addMonths, daysInMonth, formatDate, parseDate } from '../calendar';
import type { Dec } from '../money';
import { ZERO, atLeastZero, formatMoney, minDec } from '../money';
import type { Agreement } from '../scenario/types';
import { SETTLEMENT_HORIZONS } from './constants';
import type { ProposalContextData } from './context';
import type { PeriodRecord } from './trace';
import type { ProposalOption } from './types';

/** More than any balance can be: the settlement then takes all the money there is. */
export const PROBE_AMOUNT = '999999999999.99';

/** The last day of period k, so the settlement is paid at that period's end. */
export function lastDayOf(startDate: string, k: number): string {
  const start = parseDate(startDate);
  if (start === null) throw new Error('invalid startDate: validate the scenario first');
  const end = addMonths(start, k + 1);
  if (end.day > 1) return formatDate({ ...end, day: end.day - 1 });
  const year = end.month === 1 ? end.year - 1 : end.year;
  const month = end.month === 1 ? 12 : end.month - 1;
  return formatDate({ year, month, day: daysInMonth(year, month) });
}

export function settlement(date: string, amount: string): Agreement {
  return { kind: 'settlement', date, status: 'proposed', amount };
}

/**
 * What a settlement of `debtId` in period k can be paid without taking another debt's due, read
 * from a plan where that settlement is the probe amount; null when no settlement is due then.
 * The money is the period's as the engine pays it out (v2 §14, payPeriod): none in a past
 * period; otherwise capacity and what was carried, less the recorded payments applied, each of
 * which also counts towards its own debt's due. Counting the recorded payments twice over (as
 * money and as dues) offered a settlement in the month of the proposal that the month's
 * payments had already used up: it failed, and the total plan said nothing fits.
 */
export function saveableIn(
  probe: PeriodRecord | undefined,
  debtId: string,
): { amount: Dec; balance: Dec } | null {
  const own = probe?.debts.get(debtId);
  if (probe === undefined || own === undefined || own.rule !== 'settlement') return null;
  if (probe.phase === 'past') return { amount: ZERO, balance: own.balance };
  let money = probe.capacity.capacity.plus(probe.carried);
  for (const debt of probe.debts.values()) money = money.minus(debt.actual);
  money = atLeastZero(money);
  for (const [id, debt] of probe.debts) {
    const unpaid = atLeastZero(debt.due.minus(debt.actual));
    if (debt.rule === 'installment') money = money.minus(unpaid);
    else if (id !== debtId && (debt.rule === 'settlement' || debt.rule === 'minimum'))
      money = money.minus(unpaid);
  }
  return { amount: minDec(money.plus(own.actual), own.balance), balance: own.balance };
}

function saveable(
  ctx: ProposalContextData,
  k: number,
  date: string,
): { amount: Dec; balance: Dec } | null {
  return saveableIn(ctx.try(settlement(date, PROBE_AMOUNT)).trace.periods[k], ctx.debtId);
}

export function settlementOptions(ctx: ProposalContextData): ProposalOption[] {
  if (ctx.record === null) return [];
  const options: ProposalOption[] = [];
  let best = ZERO;
  for (const ahead of SETTLEMENT_HORIZONS) {
    const k = ctx.period + ahead - 1;
    if (k >= ctx.scenario.horizonMonths) break;
    const date = lastDayOf(ctx.scenario.startDate, k);
    const found = saveable(ctx, k, date);
    // Waiting longer is only worth proposing if it lets the person offer more.
    if (found === null || !found.amount.gt(best)) continue;
    const agreement = settlement(date, formatMoney(found.amount));
    const tried = ctx.try(agreement);
    const settled = tried.trace.periods[k]?.debts.get(ctx.debtId)?.outcome === 'settled';
    if (!tried.keeps || !settled) continue;
    best = found.amount;
    const discount = found.balance.minus(found.amount);
    options.push(
      ctx.option(
        'settlement',
        'settlementSaveable',
        {
          monthsAhead: ahead,
          date,
          amount: formatMoney(found.amount),
          balanceThen: formatMoney(found.balance),
          discount: formatMoney(discount),
          percentOfBalance: found.amount
            .div(found.balance)
            .times(100)
            .toDecimalPlaces(1)
            .toNumber(),
        },
        agreement,
        tried,
        true,
      ),
    );
    // Once the whole balance can be paid, a later date only costs more.
    if (discount.isZero()) break;
  }
  return options;
}
