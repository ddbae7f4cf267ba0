import type { IsoDate } from './court-days.ts';

/** True for an IANA time zone name this runtime knows, e.g. "Europe/Berlin" or "UTC". */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Milliseconds that `timeZone` is ahead of UTC at the instant `at`. */
function offsetMs(at: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return local - Math.floor(at.getTime() / 1000) * 1000;
}

/**
 * The instant a calendar date begins in `timeZone` (its local midnight): what reminders of an
 * all-day event count back from. Two passes settle days on which the offset changes.
 */
export function startOfDayIn(date: IsoDate, timeZone: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  let guess = utcMidnight - offsetMs(new Date(utcMidnight), timeZone);
  guess = utcMidnight - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The calendar date of a midnight-UTC instant, as all-day events store their days. */
export const isoDateOf = (at: Date): IsoDate => at.toISOString().slice(0, 10);

/** The instant a calendar event begins: its start, or for an all-day one its first day's midnight in its time zone. */
export function eventStart(event: { startsAt: Date; allDay: boolean; timeZone: string }): Date {
  return event.allDay ? startOfDayIn(isoDateOf(event.startsAt), event.timeZone) : event.startsAt;
}
