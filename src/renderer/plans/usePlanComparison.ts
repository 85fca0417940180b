import { useEffect, useMemo, useState } from 'react';
import type { PlanVariantFigures } from '../../core/plans/planVariantFigures';
import type { PlanVariantInput, ScenarioInput } from '../../core/scenario/types';
import { errorMessage } from '../plan/planProtocol';
import { useOwnPlanClient } from '../plan/usePlan';

export type PlanComparisonState =
  | { status: 'computing' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string }
  /** `stale`: a newer comparison is being worked out; this one stays on screen meanwhile. */
  | { status: 'ready'; columns: PlanVariantFigures[]; stale: boolean };

/**
 * The household and its 方案, planned in the what-if worker (never the household's own): one
 * column per variant, the household being the empty one. Worked out again whenever the
 * household or the 方案 compared change.
 */
export function usePlanComparison(
  scenario: ScenarioInput,
  variants: readonly PlanVariantInput[],
): PlanComparisonState {
  const client = useOwnPlanClient('whatIf');
  const [state, setState] = useState<PlanComparisonState>({ status: 'computing' });
  const [answered, setAnswered] = useState<string | null>(null);
  const key = useMemo(() => JSON.stringify({ scenario, variants }), [scenario, variants]);

  useEffect(() => {
    let current = true;
    const settle = (next: PlanComparisonState) => {
      if (!current) return;
      setAnswered(key);
      setState(next);
    };
    const request = JSON.parse(key) as { scenario: ScenarioInput; variants: PlanVariantInput[] };
    client.send('comparePlans', request).then(
      (answer) =>
        settle(
          answer.ok
            ? { status: 'ready', columns: answer.columns, stale: false }
            : { status: 'invalid' },
        ),
      (error: unknown) => settle({ status: 'failed', message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, key]);

  if (answered === key) return state;
  return state.status === 'ready' ? { ...state, stale: true } : { status: 'computing' };
}
