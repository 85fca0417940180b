import { todayIso } from '../format/dates';

/**
 * The day proposals are made: today, or when the plan starts if that is later (balances are as
 * of then). The single-lender proposals and the total plan ask from the same day.
 */
export function proposalDate(startDate: string, today: string = todayIso()): string {
  return today > startDate ? today : startDate;
}
