import type { ScenarioInput } from '../../core/scenario/types';
import { type PlanClient, planClient } from './planClient';
import type { PlanAnswer } from './planProtocol';

/** A plan asked for before React rendered, waiting for the view that will show it. */
interface EarlyPlan {
  key: string;
  client: PlanClient;
  answer: Promise<PlanAnswer>;
}

let early: EarlyPlan | null = null;

/** The key a plan request is known by: the scenario as sent to the worker. */
export const scenarioKey = (scenario: ScenarioInput): string => JSON.stringify(scenario);

/**
 * Asks the household's worker for the plan as soon as the stored household is read at start-up:
 * the worker plans while the page draws its shell, instead of after the first render.
 */
export function planAtStartup(
  scenario: ScenarioInput,
  client: PlanClient = planClient('household'),
): void {
  early = { key: scenarioKey(scenario), client, answer: client.send('plan', { scenario }) };
}

/** The start-up plan's client, for the household view whose scenario it is (else null). */
export function earlyClientFor(key: string | null): PlanClient | null {
  return early && early.key === key ? early.client : null;
}

/**
 * The start-up plan's answer, taken once by that client for that scenario: a later request (or
 * a second mount under StrictMode) asks the worker again.
 */
export function takeEarlyAnswer(client: PlanClient, key: string): Promise<PlanAnswer> | null {
  if (!early || early.client !== client || early.key !== key) return null;
  const { answer } = early;
  early = null;
  return answer;
}
