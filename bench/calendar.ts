/**
 * Calendar benchmark. Builds a throwaway database with one firm, one matter and BENCH_EVENTS
 * calendar events (every one attended by one user, BENCH_FEED_EVENTS of them in the coming year),
 * and measures in-process (as an admin, and as a matter's team member where noted), each as a ratio to its baseline in the same run:
 *   1. `calendarEvents` pages: a page BENCH_DEEP rows deep and a page filtered by attendee and a
 *      one-month window, against the first page (keyset pagination: the ratio should stay near 1);
 *   2. the iCalendar feed of the attending user, against the first page;
 *   3. `computeDeadline` over 250 court days with 20 holidays, against 5 court days.
 *
 *   node --import tsx bench/calendar.ts
 *   BENCH_EVENTS=200000 BENCH_RUNS=100 node --import tsx bench/calendar.ts
 *
 * Needs PostgreSQL (TEST_DATABASE_URL or 127.0.0.1:5432). The database is dropped afterwards.
 */

import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Context } from '../src/core/context.ts';
import { listRows } from '../src/core/lists.ts';
import { createPrisma } from '../src/db/client.ts';
import { applyMigrations } from '../src/db/migrate.ts';
import { type CalendarEventListInput, calendarEventList } from '../src/resolvers/cases/calendar/calendar-events.ts';
import { renderCalendarFeed } from '../src/resolvers/cases/calendar/calendar-feed.ts';
import { computeDeadline } from '../src/resolvers/cases/calendar/deadlines.ts';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 50_000);
const FEED_EVENTS = Number(process.env.BENCH_FEED_EVENTS ?? 1_000);
const DEEP = Number(process.env.BENCH_DEEP ?? Math.round(EVENTS * 0.9));
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const DATABASE = `lexgraph_bench_calendar_${process.pid}`;
const TOKEN = 'b'.repeat(43);

const databaseUrl = (name: string) => Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function seed(url: string): Promise<{ firmId: string; userId: string; attorneyId: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const one = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0];
    const { id: firmId } = await one(
      `INSERT INTO "Firm" (id, name, "updatedAt") VALUES (gen_random_uuid(), 'Bench LLP', now()) RETURNING id`,
    );
    const { id: userId } = await one(
      `INSERT INTO "User" (id, "firmId", email, name, role, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, 'bench@calendar.test', 'Bench Admin', 'ADMIN', 'x', now()) RETURNING id`,
      [firmId],
    );
    const { id: clientId } = await one(
      `INSERT INTO "Client" (id, "firmId", kind, name, "updatedAt") VALUES (gen_random_uuid(), $1, 'ORGANIZATION', 'Acme', now()) RETURNING id`,
      [firmId],
    );
    const { id: matterId } = await one(
      `INSERT INTO "Matter" (id, "firmId", "clientId", number, title, "updatedAt") VALUES (gen_random_uuid(), $1, $2, '2026-0001', 'Acme v. Widgets', now()) RETURNING id`,
      [firmId, clientId],
    );
    const { id: attorneyId } = await one(
      `INSERT INTO "User" (id, "firmId", email, name, role, "passwordHash", "updatedAt") VALUES (gen_random_uuid(), $1, 'team@calendar.test', 'Team Attorney', 'ATTORNEY', 'x', now()) RETURNING id`,
      [firmId],
    );
    await client.query(
      `INSERT INTO "MatterMember" (id, "firmId", "matterId", "userId", role) VALUES (gen_random_uuid(), $1, $2, $3, 'ATTORNEY')`,
      [firmId, matterId, attorneyId],
    );
    // Events spread over ten years from a year ago; every EVENTS/FEED_EVENTS-th one is attended.
    await client.query(
      `INSERT INTO "CalendarEvent" (id, "firmId", "matterId", kind, title, "startsAt", "timeZone", "reminderMinutes", "updatedAt")
       SELECT gen_random_uuid(), $1, $2, (ARRAY['HEARING','DEADLINE','MEETING','DEPOSITION']::"CalendarEventKind"[])[1 + i % 4],
         'Event ' || i, now() - interval '365 days' + (i * (3650.0 / $3)) * interval '1 day', 'UTC', '{}', now()
       FROM generate_series(1, $3) AS i`,
      [firmId, matterId, EVENTS],
    );
    await client.query(
      `INSERT INTO "CalendarEventAttendee" (id, "firmId", "eventId", "userId")
       SELECT gen_random_uuid(), $1, id, $2 FROM "CalendarEvent"
       WHERE "startsAt" > now() AND "startsAt" < now() + interval '365 days' ORDER BY "startsAt" LIMIT $3`,
      [firmId, userId, FEED_EVENTS],
    );
    await client.query(
      `INSERT INTO "FirmHoliday" (id, "firmId", date, name) SELECT gen_random_uuid(), $1, current_date + i * 17, 'Holiday ' || i FROM generate_series(1, 20) AS i`,
      [firmId],
    );
    await client.query(
      `INSERT INTO "CalendarFeed" (id, "firmId", "userId", "tokenHash", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, now())`,
      [firmId, userId, createHash('sha256').update(TOKEN).digest('hex')],
    );
    await client.query('ANALYZE');
    return { firmId, userId, attorneyId };
  } finally {
    await client.end();
  }
}

async function measure(run: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i += 1) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(RUNS * 0.5)], p95: times[Math.floor(RUNS * 0.95)] };
}

await admin(`CREATE DATABASE ${DATABASE}`);
const url = databaseUrl(DATABASE);
const prisma = createPrisma(url);
try {
  await applyMigrations(url);
  const { firmId, userId, attorneyId } = await seed(url);
  const viewer = { id: userId, firmId, role: 'ADMIN' as const, name: 'Bench Admin', email: 'bench@calendar.test', openMatterAccess: false };
  const ctx = { prisma, viewer } as unknown as Context;
  const teamCtx = { prisma, viewer: { ...viewer, id: attorneyId, role: 'ATTORNEY' as const } } as unknown as Context;
  const page = (input: CalendarEventListInput, cursor?: string) =>
    listRows(ctx, calendarEventList, input, cursor ? { take: 50, skip: 1, cursor: { id: cursor } } : { take: 50 });
  const [deep] = await prisma.calendarEvent.findMany({
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    skip: DEEP,
    take: 1,
    select: { id: true },
  });
  const month = { from: new Date(Date.now() + 30 * 86_400_000), to: new Date(Date.now() + 60 * 86_400_000) };

  const first = await measure(() => page({}));
  const rows: [string, { p50: number; p95: number }][] = [
    ['first page of calendarEvents (baseline)', first],
    [`page ${DEEP.toLocaleString()} rows deep`, await measure(() => page({}, deep.id))],
    ['first page for a team member (not admin)', await measure(() => listRows(teamCtx, calendarEventList, {}, { take: 50 }))],
    ['attendee + one-month window', await measure(() => page({ attendeeId: userId, ...month }))],
    [`iCalendar feed of ${FEED_EVENTS.toLocaleString()} events`, await measure(() => renderCalendarFeed(prisma, TOKEN))],
  ];
  const few = await measure(() =>
    computeDeadline(ctx, { triggerDate: new Date().toISOString().slice(0, 10), days: 5, rule: 'COURT_DAYS' }),
  );
  const many = await measure(() =>
    computeDeadline(ctx, { triggerDate: new Date().toISOString().slice(0, 10), days: 250, rule: 'COURT_DAYS' }),
  );

  console.log(`calendar benchmark: ${EVENTS.toLocaleString()} events, ${RUNS} runs each (p50 / p95 ms, ratio of p50 to baseline)`);
  for (const [name, { p50, p95 }] of rows)
    console.log(`  ${name.padEnd(42)} ${p50.toFixed(2).padStart(8)} / ${p95.toFixed(2).padStart(8)}   x${(p50 / first.p50).toFixed(2)}`);
  console.log(
    `  ${'computeDeadline 5 court days (baseline)'.padEnd(42)} ${few.p50.toFixed(2).padStart(8)} / ${few.p95.toFixed(2).padStart(8)}   x1.00`,
  );
  console.log(
    `  ${'computeDeadline 250 court days'.padEnd(42)} ${many.p50.toFixed(2).padStart(8)} / ${many.p95.toFixed(2).padStart(8)}   x${(many.p50 / few.p50).toFixed(2)}`,
  );
} finally {
  await prisma.$disconnect();
  await admin(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
}
