import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { OrderDirectionEnum } from '../../core/graphql/pagination.ts';
import { CalendarEventKind, CalendarEventStatus, DeadlineRule } from '../../generated/prisma/enums.ts';
import { CalendarEventEntity } from '../../resolvers/cases/calendar/calendar.entities.ts';
import {
  type CALENDAR_EVENT_ORDER_FIELDS,
  type CalendarEventListInput,
  calendarEventList,
} from '../../resolvers/cases/calendar/calendar-events.ts';
import { UserRef } from '../identity/index.ts';
import { MatterRef } from './matter.ts';

export const CalendarEventKindEnum = builder.enumType(CalendarEventKind, {
  name: 'CalendarEventKind',
  description: 'What a calendar event is.',
  values: {
    HEARING: { description: 'A court hearing or trial day.' },
    DEADLINE: { description: 'A filing or response deadline (usually all-day).' },
    MEETING: { description: 'A meeting with the client, counsel or the team.' },
    DEPOSITION: { description: 'A deposition.' },
    OTHER: { description: 'Anything else worth a place on the calendar.' },
  },
});

export const CalendarEventStatusEnum = builder.enumType(CalendarEventStatus, {
  name: 'CalendarEventStatus',
  description: 'Whether a calendar event still takes place.',
  values: {
    SCHEDULED: { description: 'It takes place as planned.' },
    CANCELLED: { description: 'It was cancelled; it stays for the record but leaves feeds and reminders.' },
  },
});

export const DeadlineRuleEnum = builder.enumType(DeadlineRule, {
  name: 'DeadlineRule',
  description: 'How the days of a deadline are counted (FRCP 6(a) style: the trigger day is never counted).',
  values: {
    CALENDAR_DAYS: { description: 'Every day counts; a deadline that lands on a weekend or firm holiday moves to the next court day.' },
    COURT_DAYS: { description: "Only court days count: weekends and the firm's holidays are skipped." },
  },
});

builder.prismaObject('CalendarEventAttendee', {
  description: 'A user invited to a calendar event.',
  fields: (t) => ({
    user: t.relation('user', { description: 'The attendee.' }),
    addedAt: t.expose('createdAt', { type: 'DateTime', description: 'When they were invited.' }),
  }),
});

export const CalendarEventRef = builder.prismaNode('CalendarEvent', {
  ...firmNode(CalendarEventEntity),
  description: "A hearing, deadline, meeting or deposition on a matter's calendar; visible to those who may see the matter.",
  fields: (t) => ({
    kind: t.expose('kind', { type: CalendarEventKindEnum, description: 'What it is.' }),
    status: t.expose('status', { type: CalendarEventStatusEnum, description: 'Scheduled or cancelled.' }),
    title: t.exposeString('title', { description: 'Short title, e.g. "Motion hearing".' }),
    description: t.exposeString('description', { nullable: true, description: 'Details.' }),
    location: t.exposeString('location', { nullable: true, description: 'Where it takes place (courtroom, address, video link).' }),
    startsAt: t.expose('startsAt', {
      type: 'DateTime',
      description: 'When it starts; for an all-day event its (first) date, as midnight UTC.',
    }),
    endsAt: t.expose('endsAt', {
      type: 'DateTime',
      nullable: true,
      description:
        'When it ends; for an all-day event the day after its last day (midnight UTC). Null: no end given (one day, if all-day).',
    }),
    allDay: t.exposeBoolean('allDay', { description: 'It takes whole days (deadlines), not a time of day.' }),
    timeZone: t.exposeString('timeZone', { description: 'The IANA time zone it is held in, e.g. "America/Chicago".' }),
    reminderMinutes: t.exposeIntList('reminderMinutes', { description: 'Each attendee is reminded this many minutes before it starts.' }),
    triggerDate: t.expose('triggerDate', {
      type: 'DateTime',
      nullable: true,
      description: 'For a computed deadline: the date it was counted from (midnight UTC).',
    }),
    deadlineDays: t.exposeInt('deadlineDays', { nullable: true, description: 'For a computed deadline: the days counted.' }),
    deadlineRule: t.expose('deadlineRule', {
      type: DeadlineRuleEnum,
      nullable: true,
      description: 'For a computed deadline: how they were counted.',
    }),
    sequence: t.exposeInt('sequence', { description: 'How many times it has changed (the iCalendar SEQUENCE).' }),
    cancelledAt: t.expose('cancelledAt', { type: 'DateTime', nullable: true, description: 'When it was cancelled.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was put on the calendar.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    matter: t.relation('matter', { description: 'The matter it belongs to.' }),
    attendees: t.relatedConnection(
      'attendees',
      {
        cursor: 'id',
        description: 'Who attends, in the order they were invited.',
        totalCount: true,
        query: () => ({ orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
      },
      { description: "A page of an event's attendees." },
      { description: 'An attendee in the page.' },
    ),
  }),
});

const CalendarEventOrderField = builder.enumType('CalendarEventOrderField', {
  description: 'What to sort calendar events by.',
  values: {
    STARTS_AT: { description: 'Start (for all-day events, their date).' },
    UPDATED_AT: { description: 'Last change.' },
  } satisfies Record<keyof typeof CALENDAR_EVENT_ORDER_FIELDS, { description: string }>,
});

const CalendarEventOrder = builder.inputType('CalendarEventOrder', {
  description: 'Sort order for calendar events; ties are broken by id so pages never overlap.',
  fields: (t) => ({
    field: t.field({ type: CalendarEventOrderField, required: true, description: 'Sort key.' }),
    direction: t.field({ type: OrderDirectionEnum, defaultValue: 'ASC', required: true, description: 'Direction; defaults to ASC.' }),
  }),
});

interface CalendarEventArgs extends Omit<CalendarEventListInput, 'matterId' | 'attendeeId'> {
  matterId?: { id: string } | null;
  attendeeId?: { id: string } | null;
}

builder.queryField('calendarEvents', (t) =>
  t.prismaConnection(
    {
      type: 'CalendarEvent',
      cursor: 'id',
      description:
        'Calendar events on matters you may see, soonest first unless `orderBy` says otherwise; cancelled ones only with `includeCancelled`. At most 100 a page.',
      args: {
        from: t.arg({ type: 'DateTime', description: 'Only events starting at or after this instant.' }),
        to: t.arg({ type: 'DateTime', description: 'Only events starting before this instant.' }),
        matterId: t.arg.globalID({ for: MatterRef, description: "Only this matter's events." }),
        attendeeId: t.arg.globalID({ for: UserRef, description: 'Only events this user attends.' }),
        includeCancelled: t.arg.boolean({ description: 'Include cancelled events; false by default.' }),
        orderBy: t.arg({ type: CalendarEventOrder, description: 'Sort order; see the field description for the default.' }),
      },
      ...listConnection(
        calendarEventList,
        ({ matterId, attendeeId, ...args }: CalendarEventArgs): CalendarEventListInput => ({
          ...args,
          matterId: matterId?.id,
          attendeeId: attendeeId?.id,
        }),
      ),
    },
    { name: 'CalendarEventConnection', description: 'A page of calendar events.' },
    { name: 'CalendarEventEdge', description: 'A calendar event in a page.' },
  ),
);
