import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { Issue } from '../../core/scenario/issues';
import type { ScenarioInput } from '../../core/scenario/types';
import { type PlanClient, type WorkerPurpose, planClient } from './planClient';
import { type PlanBundle, errorMessage } from './planProtocol';
import { planFor, scenarioKey } from './planAhead';
import { whenIdle } from '../app/whenIdle';

/** The longest the comparisons wait for the page to be idle: a page that stays busy still gets them. */
const EXTRAS_IDLE_WAIT_MS = 500;

export type PlanState =
  | { status: 'empty' }
  | { status: 'computing' }
  | { status: 'invalid'; issues: Issue[] }
  | { status: 'failed'; message: string }
  | { status: 'ready'; bundle: PlanBundle; stale: boolean };

/**
 * A client of the worker for as long as the calling component lives: its plan in the worker is
 * its own, and is dropped there when the component goes.
 */
export function useOwnPlanClient(
  purpose: WorkerPurpose,
  /** A client that already asked for this view's plan (start-up), else a new one is made. */
  adopt: () => PlanClient | null = () => null,
): PlanClient {
  const [client] = useState(() => adopt() ?? planClient(purpose));
  useEffect(() => () => client.release(), [client]);
  return client;
}

/**
 * The plan of a scenario, recomputed in the worker whenever the scenario changes, then its
 * comparisons. While a new plan is computed the previous one stays on screen, marked stale; an
 * answer that arrives after a newer request was sent is dropped. Each caller has its own client,
 * so no other view's plan can cancel this one's comparisons.
 */
export function usePlanOf(
  scenario: ScenarioInput | null,
  purpose: 'household' | 'whatIf' = 'household',
  /** Also the comparisons and long-run searches (`bundle.extras`): only views that show them. */
  withExtras = true,
): { state: PlanState; client: PlanClient } {
  const client = useOwnPlanClient(purpose);
  return { state: usePlanWith(client, scenario, withExtras), client };
}

/**
 * usePlanOf with a client of the caller's: the household's, whose plans are also asked for
 * ahead of the render (`planAhead`, when the stored household is read).
 */
export function usePlanWith(
  client: PlanClient,
  scenario: ScenarioInput | null,
  withExtras: boolean,
): PlanState {
  const [state, setState] = useState<PlanState>({ status: 'computing' });
  // The scenario the shown state answers, and its plan's id in the worker (null: invalid).
  const [answered, setAnswered] = useState<{ key: string; planId: number | null } | null>(null);
  const key = useMemo(() => (scenario ? scenarioKey(scenario) : null), [scenario]);

  // A layout effect: the request leaves as soon as the render that needs it is committed, not
  // after the browser has painted it.
  useLayoutEffect(() => {
    if (key === null) return;
    const planned = planFor(client, key);
    if (!planned) return;
    let current = true;
    planned.then(
      (answer) => {
        if (!current) return;
        setAnswered({ key, planId: answer.ok ? answer.planId : null });
        setState(
          answer.ok
            ? { status: 'ready', bundle: answer.bundle, stale: false }
            : { status: 'invalid', issues: answer.issues },
        );
      },
      (error: unknown) => {
        if (current) setState({ status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [client, key]);

  // The comparisons follow the plan, only while a view wants them: an edit made on a page that
  // shows none (the budget, a debt) does not keep the worker busy with several plans more.
  const planId = answered?.key === key ? answered.planId : null;
  const shown = state.status === 'ready' && planId !== null ? state.bundle : null;
  useEffect(() => {
    if (!withExtras || planId === null || !shown || shown.extras) return;
    let current = true;
    // Asked for once the page is idle, after the new plan's figures and charts are drawn: the
    // worker planning them meanwhile took a core from that drawing (of two, with the window
    // that was edited busy too). Recording a payment: the chart in view 118 → 104 ms (median).
    const cancel = whenIdle(() => {
      client.send('planExtras', { planId }).then(
        (extras) => {
          if (!current || !extras) return;
          setState((previous) =>
            previous.status === 'ready' && previous.bundle === shown
              ? { ...previous, bundle: { ...shown, extras } }
              : previous,
          );
        },
        (error: unknown) => {
          if (current) setState({ status: 'failed', message: errorMessage(error) });
        },
      );
    }, EXTRAS_IDLE_WAIT_MS);
    return () => {
      current = false;
      cancel();
    };
  }, [client, planId, shown, withExtras]);

  if (scenario === null) return { status: 'empty' };
  const stale = answered?.key !== key;
  if (state.status === 'ready' && stale) return { ...state, stale: true };
  return state;
}
