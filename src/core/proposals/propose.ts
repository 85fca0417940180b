import type { Scenario } from '../scenario/types';
import type { ProposalContext, ProposalResult } from './types';

/** Placeholder while the implementation lands: no options. */
export function proposeFor(
  scenario: Scenario,
  debtId: string,
  context: ProposalContext = {},
): ProposalResult {
  void scenario;
  void context;
  return { debtId, options: [] };
}
