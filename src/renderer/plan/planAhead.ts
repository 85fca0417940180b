import type { ScenarioInput } from '../../core/scenario/types';
import { type PlanClient, planClient } from './planClient';
import type { PlanAnswer } from './planProtocol';

/**
 * A client's latest plan request: its scenario's key, and the answer while no view has taken it
 * (a request made ahead of the render that will show it).
 */
interface Latest {
  key: string;
  answer: Promise<PlanAnswer> | null;
}

const latest = new WeakMap<PlanClient, Latest>();

/** The household's client, made at start-up for the plan asked for before React rendered. */
let startup: { key: string; client: PlanClient } | null = null;

/** The key a plan request is known by: the scenario as sent to the worker. */
export const scenarioKey = (scenario: ScenarioInput): string => JSON.stringify(scenario);

/**
 * Asks the worker for a plan as soon as its scenario is known — when the stored household is
 * read, before React renders with it — unless it is the client's latest request already. The
 * view then takes the answer (`planFor`) instead of asking after its render.
 */
export function planAhead(client: PlanClient, scenario: ScenarioInput): void {
  const key = scenarioKey(scenario);
  if (latest.get(client)?.key === key) return;
  latest.set(client, { key, answer: client.send('plan', { scenario }) });
}

/**
 * The plan for the view about to show `key`: the answer asked for ahead if it is this key's
 * (taken once), else a new request. Null when a newer scenario was asked for ahead already:
 * this render is stale, and the newer one's render follows.
 */
export function planFor(client: PlanClient, key: string): Promise<PlanAnswer> | null {
  const last = latest.get(client);
  if (last?.answer && last.key === key) {
    const { answer } = last;
    last.answer = null;
    return answer;
  }
  if (last?.answer) return null;
  latest.set(client, { key, answer: null });
  return client.send('plan', { scenario: JSON.parse(key) as ScenarioInput });
}

/**
 * The household's plan at start-up, asked for as soon as the household is read and before the
 * first render: the worker plans while the page draws its shell.
 */
export function planAtStartup(
  scenario: ScenarioInput,
  client: PlanClient = planClient('household'),
): void {
  startup = { key: scenarioKey(scenario), client };
  planAhead(client, scenario);
}

/** The start-up client, for the household view whose first scenario it planned (else null). */
export function startupClientFor(key: string | null): PlanClient | null {
  return startup && startup.key === key ? startup.client : null;
}
