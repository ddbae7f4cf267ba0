import { defineAction, defineEvent } from '../../../core/events.ts';
import { CalendarEventEntity } from './calendar.entities.ts';

/** The notification type of calendar reminders; users set its email preference like any other. */
export const CALENDAR_REMINDER = 'calendar.reminder';

/** The notification types the calendar raises. */
export const CALENDAR_NOTIFICATION_TYPES = [CALENDAR_REMINDER] as const;

export const calendarEventCreated = defineEvent('calendar_event.created', CalendarEventEntity, {
  description: "A hearing, deadline, meeting or deposition was put on a matter's calendar.",
  dashboard: true,
});
export const calendarEventUpdated = defineEvent('calendar_event.updated', CalendarEventEntity, {
  description: 'A calendar event changed (time, place, attendees, reminders or details).',
  dashboard: true,
});
export const calendarEventCancelled = defineEvent('calendar_event.cancelled', CalendarEventEntity, {
  description: 'A calendar event was cancelled.',
  dashboard: true,
});

/** The calendar's events, in the order partners see them listed. */
export const CALENDAR_EVENTS = [calendarEventCreated, calendarEventUpdated, calendarEventCancelled] as const;

/** Audit-only actions: the firm's holiday list and users' feed tokens. */
export const firmHolidayAdded = defineAction('firm_holiday.added', 'FirmHoliday');
export const firmHolidayRemoved = defineAction('firm_holiday.removed', 'FirmHoliday');
export const calendarTokenRotated = defineAction('calendar_feed.token_rotated', 'User');
