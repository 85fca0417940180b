import type { PlanBundle } from '../planProtocol';

/** What every plan chart takes; the PDF export passes print to draw at a fixed size. */
export interface PlanChartProps {
  bundle: PlanBundle;
  currency: string;
  language: string;
  print?: boolean;
}
