/** How a deadline's days are counted. */
export type DeadlineRuleName = 'CALENDAR_DAYS' | 'COURT_DAYS';

/** A calendar date as "YYYY-MM-DD" (no time, no zone). */
export type IsoDate = string;

const DAY_MS = 86_400_000;

/** The date `n` days after `date` (before, for negative `n`). */
export function addDays(date: IsoDate, n: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Saturday or Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The result of counting a deadline: the due date and the days passed over on the way. */
export interface DeadlineResult {
  dueDate: IsoDate;
  /** Weekend days and holidays that were not counted (court days) or that the deadline rolled past. */
  skipped: IsoDate[];
  /** True when the last counted day was not a court day and the deadline moved to the next one. */
  rolled: boolean;
}

/**
 * Counts `days` from `trigger` in the manner of FRCP 6(a)(1): the trigger day itself is excluded,
 * and a period that ends on a Saturday, Sunday or holiday runs until the next court day (for a
 * negative period counted backwards, the previous one). CALENDAR_DAYS counts every day;
 * COURT_DAYS counts only weekdays that are not in `holidays`.
 */
export function countDeadline(trigger: IsoDate, days: number, rule: DeadlineRuleName, holidays: ReadonlySet<IsoDate>): DeadlineResult {
  const isCourtDay = (date: IsoDate) => !isWeekend(date) && !holidays.has(date);
  const step = days < 0 ? -1 : 1;
  const skipped: IsoDate[] = [];
  let date = trigger;
  for (let counted = 0; counted < Math.abs(days); ) {
    date = addDays(date, step);
    if (rule === 'CALENDAR_DAYS' || isCourtDay(date)) counted += 1;
    else skipped.push(date);
  }
  let rolled = false;
  while (!isCourtDay(date)) {
    skipped.push(date);
    rolled = true;
    date = addDays(date, step);
  }
  return { dueDate: date, skipped, rolled };
}
