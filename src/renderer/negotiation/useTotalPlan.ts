import { useEffect, useMemo, useState } from 'react';
import type { TotalContext } from '../../core/proposals/allTypes';
import type { ScenarioInput } from '../../core/scenario/types';
import { type ProposeAllAnswer, errorMessage } from '../plan/planProtocol';
import { useOwnPlanClient } from '../plan/usePlan';

/** How long the total plan may take before the panel says it is working on it. */
const PROGRESS_AFTER_MS = 200;

type Ready = Extract<ProposeAllAnswer, { ok: true }>;

export type TotalPlanState =
  | { status: 'idle' }
  /** `slow`: it has taken longer than PROGRESS_AFTER_MS, so progress is shown. */
  | { status: 'computing'; slow: boolean }
  | { status: 'invalid' }
  | { status: 'failed'; message: string }
  /** `stale`: a newer total plan is being worked out, `slow` as above. */
  | ({ status: 'ready'; stale: boolean; slow: boolean } & Pick<Ready, 'result' | 'agreed'>);

/**
 * The total plan (协商总方案) of the household, worked out in the proposals worker once asked
 * for (`context` not null), and again whenever the scenario or the lenders that refused change.
 * The last answer stays on screen, marked stale, while a newer one is computed.
 */
export function useTotalPlan(
  scenario: ScenarioInput | null,
  context: TotalContext | null,
): TotalPlanState {
  const client = useOwnPlanClient('proposals');
  const [state, setState] = useState<TotalPlanState>({ status: 'idle' });
  const [answered, setAnswered] = useState<string | null>(null);
  // The request that has taken longer than PROGRESS_AFTER_MS so far.
  const [slowKey, setSlowKey] = useState<string | null>(null);
  const key = useMemo(
    () => (scenario && context ? JSON.stringify({ scenario, context }) : null),
    [scenario, context],
  );

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = window.setTimeout(() => setSlowKey(key), PROGRESS_AFTER_MS);
    const settle = (next: TotalPlanState) => {
      if (!current) return;
      window.clearTimeout(timer);
      setAnswered(key);
      setState(next);
    };
    const request = JSON.parse(key) as { scenario: ScenarioInput; context: TotalContext };
    client.send('proposeAll', request).then(
      (answer) =>
        settle(
          answer.ok
            ? {
                status: 'ready',
                stale: false,
                slow: false,
                result: answer.result,
                agreed: answer.agreed,
              }
            : { status: 'invalid' },
        ),
      (error: unknown) => settle({ status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [client, key]);

  if (key === null) return { status: 'idle' };
  const slow = slowKey === key;
  if (answered === key) return state;
  return state.status === 'ready' ? { ...state, stale: true, slow } : { status: 'computing', slow };
}
