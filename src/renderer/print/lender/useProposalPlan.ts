import { useMemo } from 'react';
import type { Scenario } from '../../../core/scenario/types';
import type { PlanBundle } from '../../plan/planProtocol';
import { usePlanOf } from '../../plan/usePlan';
import { withProposalAgreed } from './packetProposal';

/** The plan with a lender's proposal agreed: none to make, still computing, in, or failed. */
export type ProposalPlan =
  | { status: 'none' }
  | { status: 'computing' }
  | { status: 'ready'; bundle: PlanBundle }
  | { status: 'failed'; message: string };

/**
 * The household (or a scenario handed in) planned with this lender's proposal agreed, in the
 * planning worker as the breach check plans an agreement before it is marked agreed: the
 * packet's terms, schedule, total cost and APR are then the engine's own, not yet in the plan.
 * A null scenario plans nothing (the packet is not open).
 */
export function useProposalPlan(
  scenario: Scenario | null,
  debtId: string,
  purpose: 'household' | 'whatIf',
): ProposalPlan {
  const agreed = useMemo(
    () => (scenario ? withProposalAgreed(scenario, debtId) : null),
    [scenario, debtId],
  );
  const { state } = usePlanOf(agreed, purpose, false);
  if (agreed === null) return { status: 'none' };
  if (state.status === 'ready' && !state.stale) return { status: 'ready', bundle: state.bundle };
  // The household's own scenario with one status changed: it is valid whenever the plan is.
  if (state.status === 'invalid')
    return { status: 'failed', message: state.issues[0]?.message ?? '' };
  if (state.status === 'failed') return { status: 'failed', message: state.message };
  return { status: 'computing' };
}
