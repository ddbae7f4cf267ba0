import { z } from 'zod';
import { ValidationError } from '../../../core/errors.ts';
import { keep, optionalText } from '../../../core/validation.ts';
import { CalendarEventKind } from '../../../generated/prisma/enums.ts';
import { isTimeZone } from './calendar-time.ts';

/** At most this many attendees an event. */
export const MAX_ATTENDEES = 50;
/** At most this many reminders an event, each at most four weeks before it. */
export const MAX_REMINDERS = 5;
export const MAX_REMINDER_MINUTES = 40_320;

/** A calendar date, "YYYY-MM-DD", that exists. */
export const IsoDateText = z
  .string()
  .trim()
  .refine((d) => {
    const parsed = new Date(`${d}T00:00:00Z`);
    return (
      /^\d{4}-\d{2}-\d{2}$/.test(d) &&
      !Number.isNaN(parsed.getTime()) &&
      parsed.toISOString().startsWith(d) &&
      parsed.getUTCFullYear() >= 1900
    );
  }, 'Enter a real date (1900 or later) as YYYY-MM-DD');

const Title = z.string().trim().min(1, 'Title is required').max(300, 'Title must be at most 300 characters');
const TimeZone = z.string().trim().refine(isTimeZone, 'Enter an IANA time zone such as "America/New_York" or "UTC"');
const AttendeeIds = z
  .array(z.string())
  .max(MAX_ATTENDEES, `At most ${MAX_ATTENDEES} attendees`)
  .refine((ids) => new Set(ids).size === ids.length, 'Each attendee may be listed once');
const ReminderMinutes = z
  .array(
    z
      .number()
      .int('Reminder offsets are whole minutes')
      .min(0, 'Reminder offsets are minutes before the event (0 or more)')
      .max(MAX_REMINDER_MINUTES, `A reminder may come at most ${MAX_REMINDER_MINUTES} minutes (four weeks) before the event`),
  )
  .max(MAX_REMINDERS, `At most ${MAX_REMINDERS} reminders`)
  .refine((m) => new Set(m).size === m.length, 'Each reminder offset may be given once');

export const CreateCalendarEventInput = z.object({
  matterId: z.string(),
  kind: z.enum(CalendarEventKind),
  title: Title,
  description: optionalText(10_000),
  location: optionalText(500),
  startsAt: z.date().nullish(),
  endsAt: z.date().nullish(),
  dueDate: IsoDateText.nullish(),
  allDay: z.boolean().nullish(),
  timeZone: TimeZone.nullish(),
  attendeeIds: AttendeeIds.nullish(),
  reminderMinutes: ReminderMinutes.nullish(),
});

/** Omitted fields and null keep their values, except description, location and endsAt, which null clears. */
export const UpdateCalendarEventInput = z.object({
  id: z.string(),
  kind: keep(z.enum(CalendarEventKind)),
  title: keep(Title),
  description: optionalText(10_000),
  location: optionalText(500),
  startsAt: keep(z.date()),
  endsAt: z.date().nullish(),
  dueDate: keep(IsoDateText),
  allDay: keep(z.boolean()),
  timeZone: keep(TimeZone),
  attendeeIds: keep(AttendeeIds),
  reminderMinutes: keep(ReminderMinutes),
});

/** When an event takes place, as stored. */
export interface Timing {
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
}

const isMidnightUtc = (d: Date) => d.getTime() % 86_400_000 === 0;

/**
 * Checks and normalizes when an event happens: a `dueDate` (one all-day date) or a `startsAt`
 * with an optional later `endsAt`; all-day events take dates (midnight UTC), their `endsAt` being
 * the day after the last one, as in iCalendar.
 */
export function resolveTiming(input: {
  startsAt?: Date | null;
  endsAt?: Date | null;
  dueDate?: string | null;
  allDay?: boolean | null;
}): Timing {
  if (input.dueDate) {
    if (input.startsAt) throw ValidationError.field('dueDate', 'Give either startsAt or dueDate, not both');
    if (input.endsAt) throw ValidationError.field('endsAt', 'An event with a due date has no end');
    return { startsAt: new Date(`${input.dueDate}T00:00:00Z`), endsAt: null, allDay: true };
  }
  if (!input.startsAt) throw ValidationError.field('startsAt', 'Give startsAt, or a dueDate for a deadline');
  const allDay = input.allDay ?? false;
  const endsAt = input.endsAt ?? null;
  if (allDay && !isMidnightUtc(input.startsAt))
    throw ValidationError.field('startsAt', 'An all-day event starts on a date such as "2026-03-02" (midnight UTC)');
  if (allDay && endsAt && !isMidnightUtc(endsAt))
    throw ValidationError.field('endsAt', 'An all-day event ends on a date (the day after its last day), such as "2026-03-04"');
  if (endsAt && endsAt <= input.startsAt) throw ValidationError.field('endsAt', 'The end must come after the start');
  return { startsAt: input.startsAt, endsAt, allDay };
}
