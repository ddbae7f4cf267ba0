import { builder } from '../../core/graphql/builder.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { CALENDAR_EVENTS } from '../../resolvers/cases/calendar/calendar.events.ts';
import { rotateCalendarToken } from '../../resolvers/cases/calendar/calendar-feed.ts';
import { type CalendarEventChange, subscribeCalendarEventChanges } from '../../resolvers/cases/calendar/calendar-subscriptions.ts';
import { CalendarEventRef } from './calendar-event.ts';
import { MatterRef } from './matter.ts';

interface RotatedToken {
  token: string;
  url: string;
}

defineMutation('rotateCalendarToken', {
  description:
    'Gives you a new private calendar feed URL (iCalendar, for Google Calendar or Outlook to subscribe to) and retires the previous one, which then answers 404. Any signed-in user.',
  access: 'signedIn',
  payload: {
    description: 'Your new calendar feed; the token is shown this once.',
    fields: (t: PayloadFields<RotatedToken>) => ({
      url: t.exposeString('url', { description: 'The feed URL, `<APP_URL>/calendar/<token>.ics`: keep it private.' }),
      token: t.exposeString('token', { description: 'The secret token in the URL.' }),
    }),
  },
  resolve: (_input, ctx) => rotateCalendarToken(ctx),
});

// The change kinds are derived from the event declarations: "calendar_event.cancelled" is CANCELLED.
const changeTypeOf = (type: string) => type.slice('calendar_event.'.length).toUpperCase();

const CalendarEventChangeTypeEnum = builder.enumType('CalendarEventChangeType', {
  description: 'What happened to a calendar event.',
  values: Object.fromEntries(CALENDAR_EVENTS.map((e) => [changeTypeOf(e.name), { description: e.description }])),
});

const CalendarEventChangeRef = builder.objectRef<CalendarEventChange>('CalendarEventChange').implement({
  description: 'A change to a calendar event of a matter you may see, delivered live.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The domain event id (the same as in the event feed and webhooks).' }),
    type: t.field({ type: CalendarEventChangeTypeEnum, description: 'What happened.', resolve: (c) => changeTypeOf(c.type) as never }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the change was committed.' }),
    calendarEvent: t.field({ type: CalendarEventRef, description: 'The event as it is now.', resolve: (c) => c.event }),
  }),
});

builder.subscriptionField('calendarEventChanged', (t) =>
  t.field({
    type: CalendarEventChangeRef,
    description:
      'Calendar events of a matter being created, changed or cancelled. "Not found" for a matter you may not see; events stop if you lose access while subscribed.',
    args: { matterId: t.arg.globalID({ for: MatterRef, required: true, description: 'The matter to watch.' }) },
    subscribe: (_root, args, ctx) => subscribeCalendarEventChanges(ctx, args.matterId.id),
    resolve: (change: CalendarEventChange) => change,
  }),
);
