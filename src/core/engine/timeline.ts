import {
  addMonths,
  compareDates,
  formatDate,
  monthIndex,
  parseDate,
  dayNumber,
  type CivilDate,
} from '../calendar';

/** One planning period (model §2): from start + k months to start + (k+1) months. */
export interface Period {
  readonly index: number;
  readonly start: CivilDate;
  readonly end: CivilDate;
  readonly startText: string;
  readonly endText: string;
  readonly days: number;
  /** The calendar month of the first day, as one comparable integer. */
  readonly month: number;
  /** The month of the year, 1–12, for yearly budget items. */
  readonly monthOfYear: number;
}

export class Timeline {
  private readonly origin: CivilDate;
  private readonly periods: Period[] = [];

  constructor(startDate: string) {
    const origin = parseDate(startDate);
    if (origin === null)
      throw new Error(`invalid startDate ${startDate}: validate the scenario first`);
    this.origin = origin;
  }

  /** Each boundary is computed from startDate directly, so clamping never accumulates drift. */
  period(k: number): Period {
    let period = this.periods[k];
    if (period === undefined) {
      for (let i = this.periods.length; i <= k; i++) {
        const start = addMonths(this.origin, i);
        const end = addMonths(this.origin, i + 1);
        this.periods.push({
          index: i,
          start,
          end,
          startText: formatDate(start),
          endText: formatDate(end),
          days: dayNumber(end) - dayNumber(start),
          month: monthIndex(start),
          monthOfYear: start.month,
        });
      }
      period = this.periods[k] as Period;
    }
    return period;
  }

  /** The period containing a date; dates before startDate belong to period 0 (model §8). */
  periodOf(dateText: string): number {
    const date = parseDate(dateText);
    if (date === null) throw new Error(`invalid date ${dateText}: validate the scenario first`);
    if (compareDates(date, this.origin) < 0) return 0;
    let k = monthIndex(date) - monthIndex(this.origin);
    while (k > 0 && compareDates(date, addMonths(this.origin, k)) < 0) k--;
    while (compareDates(date, addMonths(this.origin, k + 1)) >= 0) k++;
    return k;
  }
}
