import { plan } from '../../core/engine/api';
import type { PlanResult, ScheduleRow } from '../../core/engine/output';
import { validateScenario } from '../../core/scenario/validate';
import { Dec, ZERO } from '../../core/money';
import type { ScenarioInput } from '../../core/scenario/types';

export interface DebtProgress {
  id: string;
  name: string;
  /** What the baseline planned to pay this debt in the months now past. */
  planned: string;
  /** What was paid to it in those months (the recorded payments, as the plan applied them). */
  paid: string;
}

export interface ChartPoint {
  /** The date the balance is as of: the plan's start, then each period's end. */
  date: string;
  baseline: string;
  /** Absent after today: the lived line stops where life is. */
  lived?: string;
}

export interface Progress {
  /** 'notStarted' until a first month of the baseline has gone by. */
  status: 'notStarted' | 'onTrack' | 'behind';
  /** The months of the baseline now past. */
  monthsPast: number;
  /** How far behind the baseline's balance the lived balance is ("0.00" when on track). */
  behindBy: string;
  debts: DebtProgress[];
  chart: ChartPoint[];
  /** The share of the opening balance repaid, 0–1 (for the progress bar). */
  repaid: number;
  /** Debts with nothing left to pay, in the order they were cleared. */
  cleared: { id: string; name: string; date: string }[];
  /** Months gone by since the last due paid short; null when none was. */
  monthsSinceMiss: number | null;
}

const total = (row: ScheduleRow, field: 'balance' | 'payment'): Dec =>
  row.debts.reduce((sum, debt) => sum.plus(debt[field]), ZERO);

/** The balance owed at the start: every debt's principal, interest, penalty and fees. */
export function openingBalance(scenario: ScenarioInput): Dec {
  return scenario.debts.reduce(
    (sum, debt) =>
      sum
        .plus(debt.principal)
        .plus(debt.interest ?? 0)
        .plus(debt.penalty ?? 0)
        .plus(debt.fees ?? 0),
    ZERO,
  );
}

function paidShort(row: ScheduleRow): boolean {
  return row.debts.some((debt) => new Dec(debt.payment).lessThan(debt.due));
}

/**
 * The plan as lived against the baseline, as of today. Both plans start on the same date (the
 * baseline is the household's own plan, frozen), so their periods line up by start date; only
 * periods ended by today count as past.
 */
export function progressAgainst(
  baseline: { scenario: ScenarioInput; result: PlanResult },
  lived: PlanResult,
  names: ReadonlyMap<string, string>,
  today: string,
): Progress {
  const livedByStart = new Map(lived.schedule.map((row) => [row.start, row]));
  const past = baseline.result.schedule.filter((row) => row.end <= today);
  const opening = openingBalance(baseline.scenario);

  const planned = new Map<string, Dec>();
  const paid = new Map<string, Dec>();
  for (const row of past) {
    for (const debt of row.debts)
      planned.set(debt.id, (planned.get(debt.id) ?? ZERO).plus(debt.payment));
    for (const debt of livedByStart.get(row.start)?.debts ?? [])
      paid.set(debt.id, (paid.get(debt.id) ?? ZERO).plus(debt.payment));
  }

  const lastBaseline = past.at(-1);
  const lastLived = lastBaseline ? livedByStart.get(lastBaseline.start) : undefined;
  const livedNow = lastLived ? total(lastLived, 'balance') : opening;
  const gap = lastBaseline ? livedNow.minus(total(lastBaseline, 'balance')) : ZERO;

  const livedPast = lived.schedule.filter((row) => row.end <= today);
  const cleared: Progress['cleared'] = [];
  for (const row of livedPast) {
    for (const debt of row.debts) {
      if (debt.state === 'paid' && !cleared.some((done) => done.id === debt.id))
        cleared.push({ id: debt.id, name: names.get(debt.id) ?? debt.id, date: row.end });
    }
  }
  const misses = livedPast.map(paidShort);
  const lastMiss = misses.lastIndexOf(true);

  return {
    status: past.length === 0 ? 'notStarted' : gap.greaterThan(0) ? 'behind' : 'onTrack',
    monthsPast: past.length,
    behindBy: (gap.greaterThan(0) ? gap : ZERO).toFixed(2),
    debts: baseline.scenario.debts.map((debt) => ({
      id: debt.id,
      name: names.get(debt.id) ?? debt.name,
      planned: (planned.get(debt.id) ?? ZERO).toFixed(2),
      paid: (paid.get(debt.id) ?? ZERO).toFixed(2),
    })),
    chart: [
      {
        date: baseline.scenario.startDate,
        baseline: opening.toFixed(2),
        lived: opening.toFixed(2),
      },
      ...baseline.result.schedule.map((row) => {
        const livedRow = row.end <= today ? livedByStart.get(row.start) : undefined;
        return {
          date: row.end,
          baseline: total(row, 'balance').toFixed(2),
          ...(livedRow ? { lived: total(livedRow, 'balance').toFixed(2) } : {}),
        };
      }),
    ],
    // A share for the progress bar, not money: a float is what the bar takes.
    repaid: opening.isZero()
      ? 1
      : Math.min(1, Math.max(0, ZERO.plus(1).minus(livedNow.div(opening)).toNumber())),
    cleared,
    monthsSinceMiss: lastMiss < 0 ? null : livedPast.length - 1 - lastMiss,
  };
}

/**
 * The baseline planned here and now, for the print view: one plan, drawn before the page says
 * it is ready to print. Null when the stored baseline no longer validates (a newer app's rules).
 */
export function plannedBaseline(scenario: ScenarioInput): PlanResult | null {
  const checked = validateScenario(scenario);
  return checked.ok ? plan(checked.scenario) : null;
}
