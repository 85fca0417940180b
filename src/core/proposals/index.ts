/** Negotiation proposals (DOMAIN step 3): what one lender can honestly be offered. */
export { proposeFor } from './propose';
export { capacityLeft } from './capacity';
export {
  WAIVER_SMALL_AMOUNT,
  WAIVER_SHORT_OVERDUE_DAYS,
  INSTALLMENT_TERMS,
  SETTLEMENT_HORIZONS,
} from './constants';
export type {
  NothingFitsReason,
  ProposalContext,
  ProposalEffect,
  ProposalKind,
  ProposalOption,
  ProposalParams,
  ProposalReason,
  ProposalResult,
} from './types';
export { proposeAll } from './proposeAll';
export type {
  TotalAgreement,
  TotalContext,
  TotalFallback,
  TotalLender,
  TotalNothingFits,
  TotalPlan,
  TotalRequest,
} from './allTypes';
