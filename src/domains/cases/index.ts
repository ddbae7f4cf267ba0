import '../../schema/cases/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { send_calendar_reminder } from '../../jobs/cases/send_calendar_reminder.ts';
import { CalendarEventEntity, FirmHolidayEntity } from '../../resolvers/cases/calendar/calendar.entities.ts';
import { CALENDAR_EVENTS, CALENDAR_NOTIFICATION_TYPES } from '../../resolvers/cases/calendar/calendar.events.ts';
import { upcomingDeadlines } from '../../resolvers/cases/calendar/calendar.figures.ts';
import { ClientEntity, MatterEntity, MatterMemberEntity } from '../../resolvers/cases/cases.entities.ts';
import { CASES_EVENTS, CASES_NOTIFICATION_TYPES } from '../../resolvers/cases/cases.events.ts';
import { openMatters } from '../../resolvers/cases/cases.figures.ts';
import { calendarFeedRoute } from '../../routes/cases/calendar-feed.ts';

/** Clients, matters and their teams; matter calendars, court-rule deadlines and calendar feeds. */
declareDomain({
  name: 'cases',
  entities: [ClientEntity, MatterEntity, MatterMemberEntity, CalendarEventEntity, FirmHolidayEntity],
  events: [...CASES_EVENTS, ...CALENDAR_EVENTS],
  notificationTypes: [...CASES_NOTIFICATION_TYPES, ...CALENDAR_NOTIFICATION_TYPES],
  tasks: { send_calendar_reminder },
  routes: [calendarFeedRoute],
  figures: { openMatters, upcomingDeadlines },
});
