import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../../src/core/context.ts';
import { listRows } from '../../src/core/lists.ts';
import { createPrisma, type PrismaClient } from '../../src/db/client.ts';
import type { CalendarEvent } from '../../src/generated/prisma/client.ts';
import { upcomingDeadlines } from '../../src/resolvers/cases/calendar/calendar.figures.ts';
import {
  type CalendarEventListInput,
  calendarEventList,
  cancelCalendarEvent,
  createCalendarEvent,
  updateCalendarEvent,
} from '../../src/resolvers/cases/calendar/calendar-events.ts';
import { subscribeCalendarEventChanges } from '../../src/resolvers/cases/calendar/calendar-subscriptions.ts';
import { createClient } from '../../src/resolvers/cases/clients.ts';
import { addMatterMember } from '../../src/resolvers/cases/matter-members.ts';
import { createMatter } from '../../src/resolvers/cases/matters.ts';
import { registerFirm } from '../../src/resolvers/identity/session.ts';
import { createUser } from '../../src/resolvers/identity/users.ts';
import { type ServiceHarness, serviceHarness, viewerOf } from '../support/context.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';

const PASSWORD = 'calendar test password';
const HOUR = 3_600_000;

let prisma: PrismaClient;
let harness: ServiceHarness;
let admin: Context;
let attorney: Context;
let paralegal: Context;
let readOnly: Context;
let outsider: Context;
let matterId: string;

async function staff(ctx: Context, name: string, role: 'ATTORNEY' | 'PARALEGAL' | 'READ_ONLY'): Promise<Context> {
  const email = `${name.toLowerCase()}@calendar.test`;
  await createUser(ctx, { name, email, role, password: PASSWORD });
  return harness.context(await viewerOf(prisma, email));
}

const list = (ctx: Context, input: CalendarEventListInput = {}) =>
  listRows<CalendarEventListInput, CalendarEvent>(ctx, calendarEventList, input, { take: 50 });
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR);

beforeAll(async () => {
  prisma = createPrisma(workerDatabaseUrl());
  harness = await serviceHarness(prisma);
});
afterAll(async () => {
  await harness.close();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await resetDatabase();
  const session = await registerFirm(harness.context(null), {
    firmName: 'Calendar LLP',
    adminName: 'Cal Admin',
    adminEmail: 'admin@calendar.test',
    password: PASSWORD,
  });
  admin = harness.context(session.viewer);
  attorney = await staff(admin, 'Alma', 'ATTORNEY');
  paralegal = await staff(admin, 'Pete', 'PARALEGAL');
  readOnly = await staff(admin, 'Rita', 'READ_ONLY');
  const other = await registerFirm(harness.context(null), {
    firmName: 'Other LLP',
    adminName: 'Otto Admin',
    adminEmail: 'admin@other.test',
    password: PASSWORD,
  });
  outsider = harness.context(other.viewer);
  const client = await createClient(attorney, { name: 'Acme Corp.', kind: 'ORGANIZATION' });
  matterId = (await createMatter(attorney, { clientId: client.id, title: 'Acme v. Widgets' })).id;
});

describe('calendar events', () => {
  it('are created on a visible matter with the creator attending by default, recorded as calendar_event.created', async () => {
    const event = await createCalendarEvent(attorney, {
      matterId,
      kind: 'HEARING',
      title: 'Motion hearing',
      startsAt: inHours(48),
      endsAt: inHours(49),
      timeZone: 'America/New_York',
      location: 'Courtroom 4B',
      reminderMinutes: [60, 1440],
    });
    expect(event).toMatchObject({ status: 'SCHEDULED', allDay: false, timeZone: 'America/New_York', sequence: 0 });
    const attendees = await prisma.calendarEventAttendee.findMany({ where: { eventId: event.id } });
    expect(attendees.map((a) => a.userId)).toEqual([attorney.viewer?.id]);
    expect(await prisma.calendarReminder.count({ where: { eventId: event.id } })).toBe(2);
    const stored = await prisma.domainEvent.findFirstOrThrow({ where: { type: 'calendar_event.created', entityId: event.id } });
    expect(stored).toMatchObject({ matterId, entityType: 'CalendarEvent' });
    expect(stored.payload).toMatchObject({ id: event.id, kind: 'HEARING', timeZone: 'America/New_York', reminderMinutes: [60, 1440] });
  });

  it('refuse invalid input with the field at fault and write nothing', async () => {
    const base = { matterId, kind: 'MEETING' as const, title: 'Kick-off' };
    const cases: [object, string[]][] = [
      [{ startsAt: inHours(5), endsAt: inHours(4) }, ['endsAt']],
      [{ startsAt: inHours(5), timeZone: 'Mars/Olympus_Mons' }, ['timeZone']],
      [{ startsAt: new Date('2027-03-02T10:00:00Z'), allDay: true }, ['startsAt']],
      [{ dueDate: '2027-02-29' }, ['dueDate']],
      [{ dueDate: '2027-03-01', startsAt: inHours(5) }, ['dueDate']],
      [{}, ['startsAt']],
      [{ startsAt: inHours(5), reminderMinutes: [-5] }, ['reminderMinutes', '0']],
      [{ startsAt: inHours(5), reminderMinutes: [10, 10] }, ['reminderMinutes']],
      [{ startsAt: inHours(5), title: ' ' }, ['title']],
      [{ startsAt: inHours(5), attendeeIds: [paralegal.viewer?.id] }, ['attendeeIds', '0']],
      [{ startsAt: inHours(5), attendeeIds: [outsider.viewer?.id] }, ['attendeeIds', '0']],
    ];
    for (const [input, path] of cases) {
      await expect(createCalendarEvent(attorney, { ...base, ...input }), JSON.stringify(input)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [expect.objectContaining({ path })],
      });
    }
    expect(await prisma.calendarEvent.count()).toBe(0);
    expect(await prisma.auditEvent.count({ where: { action: { startsWith: 'calendar_event.' } } })).toBe(0);
  });

  it('follow matter access: hidden from staff off the team, from read-only writers and from other firms', async () => {
    const event = await createCalendarEvent(attorney, { matterId, kind: 'DEPOSITION', title: 'Deposition of CFO', startsAt: inHours(24) });
    expect((await list(attorney)).map((e) => e.id)).toEqual([event.id]);
    expect(await list(paralegal)).toEqual([]);
    expect(await list(outsider)).toEqual([]);
    await expect(createCalendarEvent(paralegal, { matterId, kind: 'OTHER', title: 'x', startsAt: inHours(3) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(updateCalendarEvent(outsider, { id: event.id, title: 'Hijacked' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(cancelCalendarEvent(outsider, { id: event.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(createCalendarEvent(readOnly, { matterId, kind: 'OTHER', title: 'x', startsAt: inHours(3) })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await addMatterMember(attorney, { matterId, userId: paralegal.viewer?.id ?? '' });
    expect((await list(paralegal)).map((e) => e.id)).toEqual([event.id]);
  });

  it('are listed soonest first within [from, to), by matter and attendee, without cancelled ones unless asked', async () => {
    const later = await createCalendarEvent(attorney, { matterId, kind: 'HEARING', title: 'Trial', startsAt: inHours(72) });
    const soon = await createCalendarEvent(admin, { matterId, kind: 'MEETING', title: 'Prep', startsAt: inHours(2) });
    const gone = await createCalendarEvent(attorney, { matterId, kind: 'MEETING', title: 'Cancelled call', startsAt: inHours(10) });
    await cancelCalendarEvent(attorney, { id: gone.id });
    const ids = (rows: CalendarEvent[]) => rows.map((e) => e.id);
    expect(ids(await list(admin))).toEqual([soon.id, later.id]);
    expect(ids(await list(admin, { includeCancelled: true }))).toEqual([soon.id, gone.id, later.id]);
    expect(ids(await list(admin, { from: inHours(1), to: inHours(48) }))).toEqual([soon.id]);
    expect(ids(await list(admin, { attendeeId: attorney.viewer?.id }))).toEqual([later.id]);
    expect(ids(await list(admin, { matterId: 'not-a-uuid' }))).toEqual([]);
    expect(ids(await list(admin, { orderBy: { field: 'STARTS_AT', direction: 'DESC' } }))).toEqual([later.id, soon.id]);
  });

  it('move their unsent reminders when the time changes, and bump the iCalendar sequence', async () => {
    const event = await createCalendarEvent(attorney, {
      matterId,
      kind: 'HEARING',
      title: 'Status conference',
      startsAt: inHours(24),
      reminderMinutes: [60],
    });
    const moved = await updateCalendarEvent(attorney, { id: event.id, startsAt: inHours(30) });
    expect(moved.sequence).toBe(1);
    const reminders = await prisma.calendarReminder.findMany({ where: { eventId: event.id } });
    expect(reminders.map((r) => r.remindAt)).toEqual([new Date(moved.startsAt.getTime() - HOUR)]);
    await cancelCalendarEvent(attorney, { id: event.id });
    expect(await prisma.calendarReminder.count({ where: { eventId: event.id } })).toBe(0);
    await expect(updateCalendarEvent(attorney, { id: event.id, title: 'Back on' })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('remind attendees of an all-day event counting back from midnight in its time zone, daylight saving included', async () => {
    const summer = await createCalendarEvent(attorney, {
      matterId,
      kind: 'DEADLINE',
      title: 'Reply brief',
      dueDate: '2027-07-06',
      timeZone: 'America/New_York',
      reminderMinutes: [0, 1440],
    });
    const winter = await createCalendarEvent(attorney, {
      matterId,
      kind: 'DEADLINE',
      title: 'Sur-reply',
      dueDate: '2027-01-12',
      timeZone: 'America/New_York',
      reminderMinutes: [0],
    });
    const times = async (eventId: string) =>
      (await prisma.calendarReminder.findMany({ where: { eventId }, orderBy: { remindAt: 'asc' } })).map((r) => r.remindAt.toISOString());
    expect(await times(summer.id)).toEqual(['2027-07-05T04:00:00.000Z', '2027-07-06T04:00:00.000Z']);
    expect(await times(winter.id)).toEqual(['2027-01-12T05:00:00.000Z']);
    await updateCalendarEvent(attorney, { id: winter.id, timeZone: 'Europe/Berlin' });
    expect(await times(winter.id)).toEqual(['2027-01-11T23:00:00.000Z']);
  });

  it('count toward the dashboard when they are deadlines due in the next 14 days', async () => {
    const day = (n: number) => new Date(Date.now() + n * 24 * HOUR).toISOString().slice(0, 10);
    await createCalendarEvent(attorney, { matterId, kind: 'DEADLINE', title: 'Reply brief', dueDate: day(3) });
    await createCalendarEvent(attorney, { matterId, kind: 'DEADLINE', title: 'Expert reports', dueDate: day(20) });
    await createCalendarEvent(attorney, { matterId, kind: 'HEARING', title: 'Hearing', startsAt: inHours(24) });
    const cancelled = await createCalendarEvent(attorney, { matterId, kind: 'DEADLINE', title: 'Moot', dueDate: day(5) });
    await cancelCalendarEvent(attorney, { id: cancelled.id });
    expect(await upcomingDeadlines(prisma, attorney.viewer?.firmId ?? '', new Date())).toBe(1);
  });

  it("are pushed to a matter's calendarEventChanged subscribers as they change", async () => {
    const stream = await subscribeCalendarEventChanges(attorney, matterId);
    try {
      const event = await createCalendarEvent(attorney, { matterId, kind: 'MEETING', title: 'Strategy', startsAt: inHours(6) });
      await updateCalendarEvent(attorney, { id: event.id, title: 'Strategy session' });
      const first = await stream.next();
      const second = await stream.next();
      expect(first.value).toMatchObject({ type: 'calendar_event.created', event: { id: event.id } });
      expect(second.value).toMatchObject({ type: 'calendar_event.updated', event: { id: event.id } });
    } finally {
      await stream.return();
    }
    await expect(subscribeCalendarEventChanges(paralegal, matterId)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
