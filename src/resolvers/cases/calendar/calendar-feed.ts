import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import { requireViewer } from '../../../core/access.ts';
import { change } from '../../../core/change.ts';
import type { Context, Viewer } from '../../../core/context.ts';
import type { PrismaClient } from '../../../db/client.ts';
import { visibleMatterWhere } from '../cases.access.ts';
import { calendarTokenRotated } from './calendar.events.ts';

/** How far back a feed reaches; later events are all in it. */
export const FEED_HISTORY_DAYS = 365;
/** The most events one feed holds (the soonest after the history cut-off). */
export const FEED_MAX_EVENTS = 5000;

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
/** 32 random bytes, base64url: what a feed URL carries. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The feed's address for a token: `<APP_URL>/calendar/<token>.ics`. */
export const feedUrl = (appUrl: string, token: string) => `${appUrl}/calendar/${token}.ics`;

/**
 * Gives the viewer a new private calendar feed URL and retires the previous one at once (it then
 * answers 404). The token is returned this once; only its SHA-256 is stored.
 */
export async function rotateCalendarToken(ctx: Context): Promise<{ token: string; url: string }> {
  const viewer = requireViewer(ctx);
  const token = randomBytes(32).toString('base64url');
  await change(ctx, async (w) => {
    const feed = await w.tx.calendarFeed.upsert({
      where: { userId: viewer.id },
      create: { firmId: viewer.firmId, userId: viewer.id, tokenHash: hashOf(token) },
      update: { tokenHash: hashOf(token) },
    });
    await w.record(calendarTokenRotated, { id: viewer.id, after: { feedId: feed.id, rotatedAt: feed.updatedAt } });
  });
  return { token, url: feedUrl(ctx.jobs.appUrl, token) };
}

const titleCase = (kind: string) => `${kind[0]}${kind.slice(1).toLowerCase()}`;

/**
 * The iCalendar (RFC 5545) feed of a token, or null for a malformed, unknown or retired token or
 * a disabled user. It holds the scheduled events the user attends on matters they may see now,
 * from {@link FEED_HISTORY_DAYS} days back: UIDs are the event ids (stable across edits, SEQUENCE
 * counts them), times are UTC, all-day events are DATE values.
 */
export async function renderCalendarFeed(prisma: PrismaClient, token: string): Promise<string | null> {
  if (!TOKEN.test(token)) return null;
  const feed = await prisma.calendarFeed.findUnique({
    where: { tokenHash: hashOf(token) },
    include: { user: { include: { firm: { select: { name: true, openMatterAccess: true } } } } },
  });
  if (!feed?.user.active) return null;
  const { user } = feed;
  const viewer: Viewer = { ...user, openMatterAccess: user.firm.openMatterAccess };
  const events = await prisma.calendarEvent.findMany({
    where: {
      firmId: user.firmId,
      status: 'SCHEDULED',
      attendees: { some: { userId: user.id } },
      matter: visibleMatterWhere(viewer),
      startsAt: { gte: new Date(Date.now() - FEED_HISTORY_DAYS * 86_400_000) },
    },
    include: { matter: { select: { number: true, title: true } } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    take: FEED_MAX_EVENTS,
  });
  const calendar = ical({
    name: `${user.firm.name}: ${user.name}`,
    prodId: { company: 'LexGraph', product: 'calendar', language: 'EN' },
    ttl: 15 * 60,
  });
  for (const event of events) {
    calendar.createEvent({
      id: `${event.id}@lexgraph`,
      sequence: event.sequence,
      start: event.startsAt,
      end: event.endsAt ?? (event.allDay ? new Date(event.startsAt.getTime() + 86_400_000) : null),
      allDay: event.allDay,
      summary: `${titleCase(event.kind)}: ${event.title} (${event.matter.number})`,
      description: [`Matter ${event.matter.number} ${event.matter.title}`, `Time zone: ${event.timeZone}`, event.description]
        .filter(Boolean)
        .join('\n\n'),
      location: event.location,
      categories: [{ name: event.kind }],
      created: event.createdAt,
      lastModified: event.updatedAt,
      stamp: event.updatedAt,
    });
  }
  return calendar.toString();
}
