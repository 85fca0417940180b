/**
 * Engine benchmark: medians over repeated runs on generated households. Goals: typical ≤ 5 ms,
 * heavy ≤ 300 ms, comparison of 5 variants of typical ≤ 25 ms, typical as lived (14 months of
 * recorded payments, 3 rate changes, the court cap) ≤ 5 ms, the total negotiation plan of typical
 * (proposeAll) ≤ 500 ms. The long household (20 debts, all 600 months) is timed as an edit runs
 * it in the planning worker, validation included: the UI's edit → headline budget is 50 ms.
 * The last line is machine-read.
 */
import {
  compareStrategies,
  plan,
  planDetailed,
  validateScenario,
  type Scenario,
} from '../src/core/index';
import { proposeAll } from '../src/core/proposals/index';
import { heavyHousehold, livedHousehold, typicalHousehold } from './households';
import { longHousehold } from './uiHousehold';

function valid(input: unknown): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
  return result.scenario;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function measure(label: string, runs: number, warmup: number, fn: () => void): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  const ms = median(samples);
  process.stdout.write(
    `${label}: median ${ms.toFixed(2)} ms over ${runs} runs (min ${Math.min(...samples).toFixed(2)})\n`,
  );
  return ms;
}

const typical = valid(typicalHousehold());
const heavy = valid(heavyHousehold());
const lived = valid(livedHousehold());
const typicalPlan = plan(typical);
const heavyPlan = plan(heavy);
const livedPlan = plan(lived);
const longInput = longHousehold();
const longPlan = plan(valid(longInput));
process.stdout.write(
  `typical: ${typical.debts.length} debts, ${typicalPlan.schedule.length} months; ` +
    `heavy: ${heavy.debts.length} debts, ${heavyPlan.schedule.length} months; ` +
    `lived: ${livedPlan.summary.pastMonths} past months, ${livedPlan.schedule.length} months; ` +
    `long: ${longPlan.schedule.length} months, ` +
    `${longPlan.schedule.reduce((n, row) => n + row.debts.length, 0)} debt-months; ` +
    `comparison: ${compareStrategies(typical).length} variants\n`,
);

const typicalMs = measure('typical', 200, 30, () => plan(typical));
const heavyMs = measure('heavy', 15, 3, () => plan(heavy));
const compareMs = measure('compare', 60, 10, () => compareStrategies(typical));
const livedMs = measure('lived', 200, 30, () => plan(lived));
const proposeAllMs = measure('propose all', 10, 2, () => proposeAll(typical));
// What the planning worker does on every edit: validate the input, then plan it.
const longMs = measure('long (validate + plan)', 30, 5, () => plan(valid(longInput)));
measure('long validation alone', 30, 5, () => valid(longInput));
// Not a goal of its own: how much the explanations add to a typical plan.
measure('typical with explanations', 100, 10, () => planDetailed(typical));

process.stdout.write(
  `bench typical_ms=${typicalMs.toFixed(2)} heavy_ms=${heavyMs.toFixed(2)} compare_ms=${compareMs.toFixed(2)} lived_ms=${livedMs.toFixed(2)} propose_all_ms=${proposeAllMs.toFixed(2)} long_ms=${longMs.toFixed(2)}\n`,
);
