export { PayoffChart } from './PayoffChart';
export { PenaltyChart } from './PenaltyChart';
export { PaymentsChart } from './PaymentsChart';
export { MoneySplitChart } from './MoneySplitChart';
export type { PlanChartProps } from './chartProps';
