/**
 * An independent check of a total plan: the scenario with its agreements agreed, validated like
 * any input and planned by the public engine, pays every due in full from the proposal's month on.
 * It reads only the schedule (model §10), not the proposal code's own trace.
 */
import {
  Dec,
  plan,
  validateScenario,
  type Agreement,
  type Scenario,
} from '../../../src/core/index';
import { Timeline } from '../../../src/core/engine/timeline';

export interface Request {
  debtId: string;
  agreement: Agreement;
}

/** The scenario (as plain input) with the requests added, agreed, then validated. */
export function agreedAll(input: unknown, requests: readonly Request[]): Scenario {
  const s = input as { debts: { id: string; agreements?: unknown[] }[] };
  const withThem = {
    ...s,
    debts: s.debts.map((d) => {
      const mine = requests.filter((r) => r.debtId === d.id);
      if (mine.length === 0) return d;
      const added = mine.map((r) => ({ ...r.agreement, status: 'agreed' }));
      return { ...d, agreements: [...(d.agreements ?? []), ...added] };
    }),
  };
  const v = validateScenario(withThem);
  if (!v.ok) throw new Error(v.issues.map((i) => i.message).join('\n'));
  return v.scenario;
}

/**
 * Every due that is not paid in full from the period containing `date` on ("month 3 card"), but
 * those of the debts in `ignore` (lenders that refused).
 */
export function unpaidFrom(
  scenario: Scenario,
  date: string,
  ignore: readonly string[] = [],
): string[] {
  const from = new Timeline(scenario.startDate).periodOf(date);
  const problems: string[] = [];
  for (const row of plan(scenario).schedule.slice(from)) {
    for (const debt of row.debts) {
      if (ignore.includes(debt.id)) continue;
      if (new Dec(debt.payment).lt(debt.due))
        problems.push(`month ${row.month} ${debt.id}: paid ${debt.payment} of ${debt.due}`);
    }
  }
  return problems;
}
