import { memo } from 'react';
import { MoneySplitChart as MoneySplit } from './MoneySplitChart';
import { PaymentsChart as Payments } from './PaymentsChart';
import { PayoffChart as Payoff } from './PayoffChart';
import { PenaltyChart as Penalty } from './PenaltyChart';
import type { PlanChartProps } from './chartProps';
import { samePlan } from '../planProtocol';

export type { PlanChartProps } from './chartProps';

const sameView = (a: PlanChartProps, b: PlanChartProps) =>
  a.currency === b.currency && a.language === b.language && a.print === b.print;

/** Drawn from the plan itself: unchanged when only the comparisons arrive or the plan goes stale. */
const samePlanShown = (a: PlanChartProps, b: PlanChartProps) =>
  sameView(a, b) && samePlan(a.bundle, b.bundle);

// Recharts redraws are the costliest part of an update: each chart redraws only when its own
// data changed (the worker answers twice per edit, and the second answer touches one chart).
export const PayoffChart = memo(Payoff, samePlanShown);
export const PaymentsChart = memo(Payments, samePlanShown);
export const MoneySplitChart = memo(MoneySplit, samePlanShown);
export const PenaltyChart = memo(
  Penalty,
  (a, b) => sameView(a, b) && a.bundle.extras === b.bundle.extras,
);
