import { builder } from '../../core/graphql/builder.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import type { CalendarEvent } from '../../generated/prisma/client.ts';
import { cancelCalendarEvent, createCalendarEvent, updateCalendarEvent } from '../../resolvers/cases/calendar/calendar-events.ts';
import type { DeadlineResult } from '../../resolvers/cases/calendar/court-days.ts';
import { createDeadline } from '../../resolvers/cases/calendar/deadlines.ts';
import { UserRef } from '../identity/index.ts';
import { CalendarEventKindEnum, CalendarEventRef, DeadlineRuleEnum } from './calendar-event.ts';
import { DeadlineComputationRef } from './firm-holiday.ts';
import { MatterRef } from './matter.ts';

const D = {
  title: 'Short title.',
  description: 'Details.',
  location: 'Where it takes place.',
  timeZone: 'IANA time zone it is held in, e.g. "America/New_York"; defaults to "UTC".',
  attendeeIds: 'Users who attend (each must be able to see the matter); defaults to you. At most 50.',
  reminderMinutes: 'Remind each attendee this many minutes before it starts (at most 5 offsets, each at most 40320).',
};

const CreateCalendarEventInput = builder.inputType('CreateCalendarEventInput', {
  description: 'A new calendar event: give `startsAt` (and optionally `endsAt`, `allDay`) or a `dueDate`.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    kind: t.field({ type: CalendarEventKindEnum, required: true, description: 'What it is.' }),
    title: t.string({ required: true, description: D.title }),
    description: t.string({ description: D.description }),
    location: t.string({ description: D.location }),
    startsAt: t.field({ type: 'DateTime', description: 'When it starts; for an all-day event a date, e.g. "2026-03-02".' }),
    endsAt: t.field({ type: 'DateTime', description: 'When it ends; for an all-day event the day after its last day.' }),
    dueDate: t.string({ description: 'Instead of `startsAt`: the date ("YYYY-MM-DD") of an all-day event such as a deadline.' }),
    allDay: t.boolean({ description: 'It takes whole days; false by default (true with `dueDate`).' }),
    timeZone: t.string({ description: D.timeZone }),
    attendeeIds: t.globalIDList({ for: UserRef, description: D.attendeeIds }),
    reminderMinutes: t.intList({ description: D.reminderMinutes }),
  }),
});

defineMutation('createCalendarEvent', {
  description: "Puts an event on a matter's calendar. Admins, attorneys and paralegals who may see the matter.",
  input: CreateCalendarEventInput,
  payload: { description: 'The event created by `createCalendarEvent`.', field: 'calendarEvent', type: CalendarEventRef },
  resolve: async ({ matterId, attendeeIds, ...input }, ctx) => ({
    calendarEvent: await createCalendarEvent(ctx, { ...input, matterId: matterId.id, attendeeIds: attendeeIds?.map((a) => a.id) }),
  }),
});

const UpdateCalendarEventInput = builder.inputType('UpdateCalendarEventInput', {
  description: 'Calendar event fields to change; omitted fields (and null, except where noted) keep their values.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: CalendarEventRef, description: 'The event to change.' }),
    kind: t.field({ type: CalendarEventKindEnum, description: 'What it is.' }),
    title: t.string({ description: D.title }),
    description: t.string({ description: `${D.description} Null clears it.` }),
    location: t.string({ description: `${D.location} Null clears it.` }),
    startsAt: t.field({ type: 'DateTime', description: 'New start; unsent reminders move with it.' }),
    endsAt: t.field({ type: 'DateTime', description: 'New end; null clears it.' }),
    dueDate: t.string({ description: 'Makes it an all-day event on this date ("YYYY-MM-DD").' }),
    allDay: t.boolean({ description: 'It takes whole days.' }),
    timeZone: t.string({ description: D.timeZone }),
    attendeeIds: t.globalIDList({ for: UserRef, description: 'Replaces the attendees (each must be able to see the matter).' }),
    reminderMinutes: t.intList({ description: `Replaces the reminder offsets. ${D.reminderMinutes}` }),
  }),
});

defineMutation('updateCalendarEvent', {
  description: 'Changes a scheduled calendar event. Admins, attorneys and paralegals who may see its matter.',
  input: UpdateCalendarEventInput,
  payload: { description: 'The event after `updateCalendarEvent`.', field: 'calendarEvent', type: CalendarEventRef },
  resolve: async ({ id, attendeeIds, ...changes }, ctx) => ({
    calendarEvent: await updateCalendarEvent(ctx, { ...changes, id: id.id, attendeeIds: attendeeIds?.map((a) => a.id) }),
  }),
});

const CancelCalendarEventInput = builder.inputType('CancelCalendarEventInput', {
  description: 'The calendar event to cancel.',
  fields: (t) => ({ id: t.globalID({ required: true, for: CalendarEventRef, description: 'The event.' }) }),
});

defineMutation('cancelCalendarEvent', {
  description: 'Cancels a calendar event: it leaves feeds, and its unsent reminders are withdrawn. Admins, attorneys and paralegals.',
  input: CancelCalendarEventInput,
  payload: { description: 'The event after `cancelCalendarEvent`.', field: 'calendarEvent', type: CalendarEventRef },
  resolve: async (input, ctx) => ({ calendarEvent: await cancelCalendarEvent(ctx, { id: input.id.id }) }),
});

const CreateDeadlineInput = builder.inputType('CreateDeadlineInput', {
  description: "A deadline to count from a trigger date (see `computeDeadline`) and put on a matter's calendar.",
  fields: (t) => ({
    matterId: t.globalID({ required: true, for: MatterRef, description: 'The matter.' }),
    title: t.string({ required: true, description: D.title }),
    triggerDate: t.string({ required: true, description: 'The date the period runs from ("YYYY-MM-DD"), e.g. the day of service.' }),
    days: t.int({ required: true, description: 'Days in the period; negative counts backwards.' }),
    rule: t.field({ type: DeadlineRuleEnum, required: true, description: 'How the days are counted.' }),
    description: t.string({ description: D.description }),
    location: t.string({ description: D.location }),
    timeZone: t.string({ description: D.timeZone }),
    attendeeIds: t.globalIDList({ for: UserRef, description: D.attendeeIds }),
    reminderMinutes: t.intList({ description: D.reminderMinutes }),
  }),
});

interface CreateDeadlineResult {
  event: CalendarEvent;
  computation: DeadlineResult;
}

defineMutation('createDeadline', {
  description: "Counts a court-rule deadline with the firm's holidays and puts it on the matter's calendar as an all-day DEADLINE.",
  input: CreateDeadlineInput,
  payload: {
    description: 'The deadline created by `createDeadline`, and how it was counted.',
    fields: (t: PayloadFields<CreateDeadlineResult>) => ({
      calendarEvent: t.field({ type: CalendarEventRef, description: 'The DEADLINE event.', resolve: (p) => p.event }),
      computation: t.field({ type: DeadlineComputationRef, description: 'How its date was counted.', resolve: (p) => p.computation }),
    }),
  },
  resolve: ({ matterId, attendeeIds, ...input }, ctx) =>
    createDeadline(ctx, { ...input, matterId: matterId.id, attendeeIds: attendeeIds?.map((a) => a.id) }),
});
