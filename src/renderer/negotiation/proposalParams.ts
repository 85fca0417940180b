import type { ProposalParams } from '../../core/proposals/types';
import type { TextFormat } from './textFormat';

const MONEY = /^-?\d+\.\d{2}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A proposal's numbers ready for its sentence: amounts as money, dates as dates, the monthly
 * rate as a percentage; counts as they are. The codes stay in core, the words here.
 */
export function proposalParams(
  params: ProposalParams,
  format: Pick<TextFormat, 'money' | 'date' | 'percent'>,
): Record<string, string | number> {
  const shown: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'number') shown[key] = value;
    else if (key === 'rate') shown[key] = format.percent(value);
    else if (DATE.test(value)) shown[key] = format.date(value);
    else if (MONEY.test(value)) shown[key] = format.money(value);
    else shown[key] = value;
  }
  return shown;
}
