import type { PrismaClient, Tx } from '../../../db/client.ts';
import type { CalendarEvent } from '../../../generated/prisma/client.ts';
import { enqueueJob } from '../../../queue/enqueue.ts';
import type { JobSettings } from '../../../queue/settings.ts';
import { notifyUsers } from '../../notifications/index.ts';
import { canSeeMatter } from '../cases.access.ts';
import { CALENDAR_REMINDER } from './calendar.events.ts';
import { eventStart } from './calendar-time.ts';

/** The task that sends one reminder; its file is `src/jobs/cases/send_calendar_reminder.ts`. */
export const SEND_CALENDAR_REMINDER = 'send_calendar_reminder';

const keyOf = (r: { userId: string; offsetMinutes: number; remindAt: Date }) => `${r.userId}|${r.offsetMinutes}|${r.remindAt.getTime()}`;

/**
 * Brings an event's reminders in line with it, inside the change's transaction: one row per
 * attendee and offset at its time (those already past are not made), a job for each new row, and
 * the unsent rows the event no longer wants (moved, cancelled, attendee or offset removed)
 * deleted, so their jobs find nothing to send. A reminder already sent is never made again.
 */
export async function syncReminders(tx: Tx, settings: JobSettings, event: CalendarEvent): Promise<void> {
  const attendees = event.status === 'SCHEDULED' ? await tx.calendarEventAttendee.findMany({ where: { eventId: event.id } }) : [];
  const start = eventStart(event).getTime();
  const now = Date.now();
  const wanted = attendees.flatMap(({ userId }) =>
    event.reminderMinutes
      .map((offsetMinutes) => ({ userId, offsetMinutes, remindAt: new Date(start - offsetMinutes * 60_000) }))
      .filter((r) => r.remindAt.getTime() > now),
  );
  const wantedKeys = new Set(wanted.map(keyOf));
  const pending = await tx.calendarReminder.findMany({ where: { eventId: event.id, sentAt: null } });
  const stale = pending.filter((r) => !wantedKeys.has(keyOf(r))).map((r) => r.id);
  // `sentAt: null` again: a reminder that a worker sent meanwhile stays, as the record that it went.
  if (stale.length) await tx.calendarReminder.deleteMany({ where: { id: { in: stale }, sentAt: null } });
  if (!wanted.length) return;
  const created = await tx.calendarReminder.createManyAndReturn({
    data: wanted.map((r) => ({ ...r, firmId: event.firmId, eventId: event.id })),
    skipDuplicates: true,
  });
  for (const reminder of created) {
    await enqueueJob(tx, {
      firmId: event.firmId,
      task: SEND_CALENDAR_REMINDER,
      payload: { reminderId: reminder.id },
      jobKey: `calendar-reminder:${reminder.id}`,
      runAt: reminder.remindAt,
      maxAttempts: settings.jobs.maxAttempts,
    });
  }
}

function when(event: CalendarEvent): string {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: event.allDay ? 'UTC' : event.timeZone,
    dateStyle: 'full',
    ...(event.allDay ? {} : { timeStyle: 'short' }),
  });
  return `${format.format(event.startsAt)}${event.allDay ? '' : ` (${event.timeZone})`}`;
}

/** What became of a reminder's job. */
export type ReminderOutcome = 'sent' | 'already-sent-or-withdrawn' | 'not-deliverable';

/**
 * Sends one reminder, exactly once: claiming the row (`sentAt` from null to now) and raising the
 * in-app notification and its email (per the user's preference) commit together, so a second job
 * for the same reminder (a worker that crashed after sending, a duplicate) claims nothing, and a
 * reminder withdrawn by a move or cancellation is no longer there to claim.
 */
export async function sendCalendarReminder(
  prisma: PrismaClient,
  settings: JobSettings,
  firmId: string,
  reminderId: string,
): Promise<ReminderOutcome> {
  return prisma.$transaction(async (tx) => {
    const [claimed] = await tx.$queryRaw<{ eventId: string; userId: string }[]>`
      UPDATE "CalendarReminder" SET "sentAt" = now()
      WHERE id = ${reminderId}::uuid AND "firmId" = ${firmId}::uuid AND "sentAt" IS NULL
      RETURNING "eventId", "userId"`;
    if (!claimed) return 'already-sent-or-withdrawn';
    const event = await tx.calendarEvent.findUnique({
      where: { id: claimed.eventId },
      include: { matter: { include: { members: { select: { userId: true } } } } },
    });
    const user = await tx.user.findFirst({
      where: { id: claimed.userId, firmId, active: true },
      include: { firm: { select: { openMatterAccess: true } } },
    });
    if (event?.status !== 'SCHEDULED' || !user) return 'not-deliverable';
    const viewer = { ...user, openMatterAccess: user.firm.openMatterAccess };
    // An attendee who has since lost sight of the matter is not told about it.
    if (!canSeeMatter(viewer, event.matter, new Set(event.matter.members.map((m) => m.userId)))) return 'not-deliverable';
    await notifyUsers(tx, settings, {
      firmId,
      type: CALENDAR_REMINDER,
      userIds: [user.id],
      title: `Reminder: ${event.title}`,
      body: `${event.kind[0]}${event.kind.slice(1).toLowerCase()} on ${event.matter.number} ${event.matter.title}: ${when(event)}${event.location ? `, ${event.location}` : ''}.`,
      entityType: 'CalendarEvent',
      entityId: event.id,
    });
    return 'sent';
  });
}
