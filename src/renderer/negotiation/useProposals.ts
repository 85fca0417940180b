import { useEffect, useMemo, useState } from 'react';
import type { ProposalContext, ProposalResult } from '../../core/proposals/types';
import type { ScenarioInput } from '../../core/scenario/types';
import { errorMessage } from '../plan/planProtocol';
import { useOwnPlanClient } from '../plan/usePlan';

export type ProposalsState =
  | { status: 'computing' }
  | { status: 'invalid' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; result: ProposalResult; stale: boolean };

/**
 * The proposals for one debt, worked out in their own worker whenever the household's scenario,
 * the debt or what is known of its overdue changes. The last answer stays on screen, marked
 * stale, while a newer one is computed; late answers to older questions are dropped.
 */
export function useProposals(
  scenario: ScenarioInput | null,
  debtId: string,
  context: ProposalContext,
): ProposalsState {
  const client = useOwnPlanClient('proposals');
  const [state, setState] = useState<ProposalsState>({ status: 'computing' });
  const [answered, setAnswered] = useState<string | null>(null);
  const key = useMemo(
    () => (scenario ? JSON.stringify({ scenario, debtId, context }) : null),
    [scenario, debtId, context],
  );

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const request = JSON.parse(key) as {
      scenario: ScenarioInput;
      debtId: string;
      context: ProposalContext;
    };
    client.send('propose', request).then(
      (answer) => {
        if (!current) return;
        setAnswered(key);
        setState(
          answer.ok
            ? { status: 'ready', result: answer.result, stale: false }
            : { status: 'invalid' },
        );
      },
      (error: unknown) => {
        if (!current) return;
        setAnswered(key);
        setState({ status: 'failed', message: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [client, key]);

  if (state.status === 'ready' && (answered !== key || state.result.debtId !== debtId)) {
    // An answer for another debt is not shown as this one's, even for a moment.
    return state.result.debtId === debtId ? { ...state, stale: true } : { status: 'computing' };
  }
  return state;
}
