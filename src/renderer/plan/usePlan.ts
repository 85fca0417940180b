import { useEffect, useMemo, useState } from 'react';
import type { Issue } from '../../core/scenario/issues';
import type { ScenarioInput } from '../../core/scenario/types';
import { type PlanClient, planClient } from './planClient';
import type { PlanBundle, PlanExtras } from './planProtocol';

export type PlanState =
  | { status: 'empty' }
  | { status: 'computing' }
  | { status: 'invalid'; issues: Issue[] }
  | { status: 'failed'; message: string }
  | { status: 'ready'; bundle: PlanBundle; stale: boolean };

/**
 * The plan of a scenario, recomputed in its own worker whenever the scenario changes. While a
 * new plan is computed the previous one stays on screen, marked stale; an answer that arrives
 * after a newer request was sent is dropped.
 */
export function usePlanOf(
  scenario: ScenarioInput | null,
  worker: 'household' | 'whatIf' = 'household',
): {
  state: PlanState;
  client: PlanClient;
} {
  const client = planClient(worker);
  const [state, setState] = useState<PlanState>({ status: 'computing' });
  const [answered, setAnswered] = useState<string | null>(null);
  const key = useMemo(() => (scenario ? JSON.stringify(scenario) : null), [scenario]);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const addExtras = (extras: PlanExtras) => {
      if (!current) return;
      setState((previous) =>
        previous.status === 'ready'
          ? { ...previous, bundle: { ...previous.bundle, extras } }
          : previous,
      );
    };
    void client.plan(JSON.parse(key) as ScenarioInput, addExtras).then((response) => {
      if (!current) return;
      setAnswered(key);
      if (response.type === 'error') setState({ status: 'failed', message: response.message });
      else if (response.type === 'plan' && response.ok)
        setState({ status: 'ready', bundle: response.bundle, stale: false });
      else if (response.type === 'plan') setState({ status: 'invalid', issues: response.issues });
    });
    return () => {
      current = false;
    };
  }, [client, key]);

  if (scenario === null) return { state: { status: 'empty' }, client };
  const stale = answered !== key;
  if (state.status === 'ready' && stale) return { state: { ...state, stale: true }, client };
  return { state, client };
}
