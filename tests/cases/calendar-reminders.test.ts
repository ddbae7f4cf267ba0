import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Context } from '../../src/core/context.ts';
import { createPrisma, type PrismaClient } from '../../src/db/client.ts';
import { domainRegistry } from '../../src/domains/index.ts';
import { createLogger } from '../../src/logger.ts';
import { enqueueJob } from '../../src/queue/enqueue.ts';
import { startWorker, type WorkerRuntime } from '../../src/queue/runtime.ts';
import { createCalendarEvent, updateCalendarEvent } from '../../src/resolvers/cases/calendar/calendar-events.ts';
import { SEND_CALENDAR_REMINDER } from '../../src/resolvers/cases/calendar/reminders.ts';
import { createClient } from '../../src/resolvers/cases/clients.ts';
import { createMatter } from '../../src/resolvers/cases/matters.ts';
import { registerFirm } from '../../src/resolvers/identity/session.ts';
import { createUser } from '../../src/resolvers/identity/users.ts';
import { type ServiceHarness, serviceHarness, viewerOf } from '../support/context.ts';
import { resetDatabase, workerDatabaseUrl } from '../support/database.ts';
import { eventually, type SmtpSink, startSmtpSink } from '../support/receivers.ts';
import { testJobSettings } from '../support/server.ts';

const PASSWORD = 'reminder test password';

let prisma: PrismaClient;
let harness: ServiceHarness;
let smtp: SmtpSink;
let workers: WorkerRuntime[] = [];
let admin: Context;
let attorney: Context;
let matterId: string;

/** Two real Graphile Worker runners on the same database, as two worker processes would be. */
async function startTwoWorkers(): Promise<void> {
  const settings = testJobSettings({ SMTP_URL: smtp.url });
  const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  for (let i = 0; i < 2; i += 1) {
    workers.push(
      await startWorker({
        databaseUrl: workerDatabaseUrl(),
        prisma,
        settings,
        log,
        tasks: domainRegistry.taskList,
        crontab: '',
        pollIntervalMs: 50,
        concurrency: 4,
      }),
    );
  }
}

/** The reminder jobs once every one has finished, with what each did. */
async function finishedReminderJobs(count: number): Promise<string[]> {
  const jobs = await eventually(
    async () => {
      const rows = await prisma.backgroundJob.findMany({ where: { task: SEND_CALENDAR_REMINDER } });
      return rows.length === count && rows.every((j) => j.status === 'SUCCEEDED') ? rows : null;
    },
    30_000,
    `${count} finished reminder jobs`,
  );
  return jobs.map((j) => (j.result as { outcome: string }).outcome).sort();
}

/** The emails the reminders queued, once all of them have been handed to SMTP. */
async function sentEmails(count: number): Promise<void> {
  await eventually(
    async () => (await prisma.backgroundJob.count({ where: { task: 'send_email', status: 'SUCCEEDED' } })) === count,
    30_000,
    `${count} sent emails`,
  );
}

const inSeconds = (s: number) => new Date(Date.now() + s * 1000);

beforeAll(async () => {
  prisma = createPrisma(workerDatabaseUrl());
  harness = await serviceHarness(prisma);
  smtp = await startSmtpSink();
});
afterAll(async () => {
  await smtp.close();
  await harness.close();
  await prisma.$disconnect();
});
beforeEach(async () => {
  await resetDatabase();
  smtp.messages.length = 0;
  const session = await registerFirm(harness.context(null), {
    firmName: 'Reminder LLP',
    adminName: 'Rhea Admin',
    adminEmail: 'admin@reminder.test',
    password: PASSWORD,
  });
  admin = harness.context(session.viewer);
  await createUser(admin, { name: 'Abe Attorney', email: 'abe@reminder.test', role: 'ATTORNEY', password: PASSWORD });
  attorney = harness.context(await viewerOf(prisma, 'abe@reminder.test'));
  const client = await createClient(attorney, { name: 'Acme Corp.', kind: 'ORGANIZATION' });
  matterId = (await createMatter(attorney, { clientId: client.id, title: 'Acme v. Widgets' })).id;
  // Mail queued by setting up the firm is not what these tests count.
  await prisma.backgroundJob.deleteMany();
  await prisma.$executeRawUnsafe('DELETE FROM graphile_worker._private_jobs');
});
afterEach(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  workers = [];
});

describe('calendar reminders', () => {
  it('reach each attendee once, in-app and by email, with two workers running and every job run twice', async () => {
    const event = await createCalendarEvent(attorney, {
      matterId,
      kind: 'HEARING',
      title: 'Motion hearing',
      // Reminded one minute before: a few seconds from now (time enough to write it on a loaded machine).
      startsAt: inSeconds(66),
      reminderMinutes: [1],
      attendeeIds: [attorney.viewer?.id ?? '', admin.viewer?.id ?? ''],
    });
    const reminders = await prisma.calendarReminder.findMany({ where: { eventId: event.id } });
    expect(reminders).toHaveLength(2);
    // A second job for each reminder, as when a worker dies after sending and its job is run again.
    for (const reminder of reminders) {
      await enqueueJob(prisma, {
        firmId: reminder.firmId,
        task: SEND_CALENDAR_REMINDER,
        payload: { reminderId: reminder.id },
        jobKey: `again:${reminder.id}`,
        runAt: reminder.remindAt,
        maxAttempts: 3,
      });
    }
    await startTwoWorkers();
    expect(await finishedReminderJobs(4)).toEqual(['already-sent-or-withdrawn', 'already-sent-or-withdrawn', 'sent', 'sent']);
    await sentEmails(2);
    const notifications = await prisma.notification.findMany({ where: { type: 'calendar.reminder' } });
    expect(notifications.map((n) => n.userId).sort()).toEqual([admin.viewer?.id, attorney.viewer?.id].sort());
    expect(notifications[0]).toMatchObject({ title: 'Reminder: Motion hearing', entityType: 'CalendarEvent', entityId: event.id });
    expect(smtp.messages.map((m) => m.subject)).toEqual(expect.arrayContaining([expect.stringContaining('Motion hearing')]));
    expect(smtp.messages).toHaveLength(2);
  }, 60_000);

  it('are not sent for the old time of an event that moved, only for the new one', async () => {
    const event = await createCalendarEvent(attorney, {
      matterId,
      kind: 'DEPOSITION',
      title: 'Deposition of CFO',
      startsAt: inSeconds(66),
      reminderMinutes: [1],
    });
    const [stale] = await prisma.calendarReminder.findMany({ where: { eventId: event.id } });
    const moved = await updateCalendarEvent(attorney, { id: event.id, startsAt: inSeconds(69) });
    await startTwoWorkers();
    expect(await finishedReminderJobs(2)).toEqual(['already-sent-or-withdrawn', 'sent']);
    await sentEmails(1);
    const reminders = await prisma.calendarReminder.findMany({ where: { eventId: event.id } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0].id).not.toBe(stale.id);
    expect(reminders[0]).toMatchObject({ remindAt: new Date(moved.startsAt.getTime() - 60_000), sentAt: expect.any(Date) });
    expect(await prisma.notification.count({ where: { type: 'calendar.reminder' } })).toBe(1);
    expect(smtp.messages).toHaveLength(1);
  }, 60_000);
});
