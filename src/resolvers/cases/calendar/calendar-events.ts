import type { z } from 'zod';
import { NOTHING, personOf, requireRole } from '../../../core/access.ts';
import { change } from '../../../core/change.ts';
import type { Context, Viewer } from '../../../core/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../../core/errors.ts';
import { isUuid } from '../../../core/ids.ts';
import { defineList } from '../../../core/lists.ts';
import { definedOnly, parseInput } from '../../../core/validation.ts';
import type { Tx } from '../../../db/client.ts';
import type { CalendarEvent, Matter, Prisma } from '../../../generated/prisma/client.ts';
import { canSeeMatter, MATTER_EDITORS, visibleMatterWhere } from '../cases.access.ts';
import { findVisibleMatter } from '../matters.ts';
import { CalendarEventEntity } from './calendar.entities.ts';
import { calendarEventCancelled, calendarEventCreated, calendarEventUpdated } from './calendar.events.ts';
import { CreateCalendarEventInput, resolveTiming, UpdateCalendarEventInput } from './calendar-input.ts';
import { syncReminders } from './reminders.ts';

export const CALENDAR_EVENT_ORDER_FIELDS = { STARTS_AT: 'startsAt', UPDATED_AT: 'updatedAt' } as const;

export interface CalendarEventListInput {
  from?: Date | null;
  to?: Date | null;
  matterId?: string | null;
  attendeeId?: string | null;
  includeCancelled?: boolean | null;
  orderBy?: { field: keyof typeof CALENDAR_EVENT_ORDER_FIELDS; direction: 'ASC' | 'DESC' } | null;
}

const idOrNothing = (id: string | null | undefined, where: (id: string) => object) => (id ? (isUuid(id) ? where(id) : NOTHING) : {});

/**
 * Calendar events on matters the viewer may see, soonest first unless `orderBy` says otherwise:
 * those starting at or after `from` and before `to`, on one matter, with one attendee; cancelled
 * events only with `includeCancelled`.
 */
export const calendarEventList = defineList<CalendarEventListInput, keyof typeof CALENDAR_EVENT_ORDER_FIELDS>({
  entity: CalendarEventEntity,
  orders: CALENDAR_EVENT_ORDER_FIELDS,
  defaultOrder: { field: 'STARTS_AT', direction: 'ASC' },
  where: (input): Prisma.CalendarEventWhereInput => ({
    AND: [
      input.from ? { startsAt: { gte: input.from } } : {},
      input.to ? { startsAt: { lt: input.to } } : {},
      input.includeCancelled ? {} : { status: 'SCHEDULED' },
      idOrNothing(input.matterId, (matterId) => ({ matterId })),
      idOrNothing(input.attendeeId, (userId) => ({ attendees: { some: { userId } } })),
    ],
  }),
});

/**
 * The users who are to attend, checked: active users of the firm who may see the matter (they
 * would neither see the event nor be reminded of it otherwise).
 */
async function checkAttendees(tx: Tx, matter: Matter, ids: readonly string[]): Promise<void> {
  const users = await tx.user.findMany({
    where: { id: { in: ids.filter(isUuid) }, firmId: matter.firmId, active: true },
    include: { firm: { select: { openMatterAccess: true } } },
  });
  const members = new Set(
    (await tx.matterMember.findMany({ where: { matterId: matter.id }, select: { userId: true } })).map((m) => m.userId),
  );
  for (const [index, id] of ids.entries()) {
    const user = users.find((u) => u.id === id);
    if (!user) throw ValidationError.field(`attendeeIds.${index}`, 'User not found');
    if (!canSeeMatter({ ...user, openMatterAccess: user.firm.openMatterAccess }, matter, members))
      throw ValidationError.field(`attendeeIds.${index}`, `${user.name} cannot see this matter; add them to its team first`);
  }
}

/** An event the viewer may see, read inside `tx`; missing, foreign and hidden ones are all "not found". */
async function findVisibleEvent(tx: Tx, viewer: Viewer, id: string): Promise<CalendarEvent> {
  const event = isUuid(id) ? await tx.calendarEvent.findFirst({ where: { id, matter: visibleMatterWhere(viewer) } }) : null;
  if (!event) throw new NotFoundError('CalendarEvent');
  return event;
}

/** What a new event is, before it is written; {@link createDeadline} fills in how a deadline was counted. */
export type NewCalendarEvent = z.input<typeof CreateCalendarEventInput> & {
  deadline?: Pick<CalendarEvent, 'triggerDate' | 'deadlineDays' | 'deadlineRule'>;
};

/**
 * Puts an event on a matter's calendar the viewer may see; admins, attorneys and paralegals may.
 * Defaults: `timeZone` "UTC", the creator as the only attendee, no reminders. Each attendee is
 * reminded `reminderMinutes` before it starts (an all-day event starts at midnight in its time zone).
 */
export async function createCalendarEvent(ctx: Context, input: NewCalendarEvent): Promise<CalendarEvent> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const { matterId, attendeeIds, startsAt, endsAt, dueDate, allDay, ...data } = parseInput(CreateCalendarEventInput, input);
  const timing = resolveTiming({ startsAt, endsAt, dueDate, allDay });
  return change(ctx, async (w) => {
    const matter = await findVisibleMatter(w.tx, viewer, matterId);
    const creator = personOf(viewer);
    const attendees = attendeeIds ?? (creator ? [creator] : []);
    await checkAttendees(w.tx, matter, attendees);
    const event = await w.tx.calendarEvent.create({
      data: {
        ...data,
        ...timing,
        ...input.deadline,
        description: data.description ?? null,
        location: data.location ?? null,
        timeZone: data.timeZone ?? 'UTC',
        reminderMinutes: data.reminderMinutes ?? [],
        firmId: w.firmId,
        matterId: matter.id,
        createdById: viewer.id,
        attendees: { create: attendees.map((userId) => ({ firmId: w.firmId, userId })) },
      },
    });
    await syncReminders(w.tx, ctx.jobs, event);
    await w.record(calendarEventCreated, { after: event });
    return event;
  });
}

/**
 * Changes the given fields of a scheduled event: `attendeeIds` and `reminderMinutes` replace the
 * lists; a new time moves every reminder not yet sent (the old ones are withdrawn).
 */
export async function updateCalendarEvent(ctx: Context, input: z.input<typeof UpdateCalendarEventInput>): Promise<CalendarEvent> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  const { id, attendeeIds, startsAt, endsAt, dueDate, allDay, ...changes } = parseInput(UpdateCalendarEventInput, input);
  return change(ctx, async (w) => {
    const before = await findVisibleEvent(w.tx, viewer, id);
    if (before.status === 'CANCELLED') throw new ConflictError('A cancelled event cannot be changed');
    const timing = dueDate
      ? resolveTiming({ dueDate, startsAt })
      : resolveTiming({
          startsAt: startsAt ?? before.startsAt,
          endsAt: endsAt === undefined ? before.endsAt : endsAt,
          allDay: allDay ?? before.allDay,
        });
    if (attendeeIds) {
      const matter = await w.tx.matter.findUniqueOrThrow({ where: { id: before.matterId } });
      await checkAttendees(w.tx, matter, attendeeIds);
      await w.tx.calendarEventAttendee.deleteMany({ where: { eventId: id, userId: { notIn: attendeeIds } } });
      await w.tx.calendarEventAttendee.createMany({
        data: attendeeIds.map((userId) => ({ firmId: w.firmId, eventId: id, userId })),
        skipDuplicates: true,
      });
    }
    const event = await w.tx.calendarEvent.update({
      where: { id },
      data: { ...definedOnly(changes), ...timing, sequence: { increment: 1 } },
    });
    await syncReminders(w.tx, ctx.jobs, event);
    await w.record(calendarEventUpdated, { before, after: event });
    return event;
  });
}

/** Cancels a scheduled event: it leaves calendars and feeds, and its unsent reminders are withdrawn. */
export async function cancelCalendarEvent(ctx: Context, input: { id: string }): Promise<CalendarEvent> {
  const viewer = requireRole(ctx, MATTER_EDITORS);
  return change(ctx, async (w) => {
    const before = await findVisibleEvent(w.tx, viewer, input.id);
    if (before.status === 'CANCELLED') throw new ConflictError('The event is already cancelled');
    const event = await w.tx.calendarEvent.update({
      where: { id: before.id },
      data: { status: 'CANCELLED', cancelledAt: new Date(), sequence: { increment: 1 } },
    });
    await syncReminders(w.tx, ctx.jobs, event);
    await w.record(calendarEventCancelled, { before, after: event });
    return event;
  });
}
