import { ADMINS, requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import { ValidationError } from '../../core/errors.ts';
import { registry } from '../../core/registry.ts';
import { type DomainEvent, Prisma } from '../../generated/prisma/client.ts';

/** A position in the feed: the writing transaction's id, then the event's position within it. */
export interface FeedCursor {
  txid: bigint;
  position: bigint;
}

const MAX_BIGINT = 2n ** 63n - 1n;

export function encodeFeedCursor(event: Pick<DomainEvent, 'txid' | 'position'>): string {
  return Buffer.from(`feed:${event.txid}:${event.position}`).toString('base64url');
}

export function decodeFeedCursor(cursor: string): FeedCursor {
  const match = /^feed:(\d{1,20}):(\d{1,20})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw ValidationError.field('after', 'Not a cursor of the event feed');
  const decoded = { txid: BigInt(match[1]), position: BigInt(match[2]) };
  // Both are PostgreSQL bigints: a larger number cannot be a position in the feed.
  if (decoded.txid > MAX_BIGINT || decoded.position > MAX_BIGINT) throw ValidationError.field('after', 'Not a cursor of the event feed');
  return decoded;
}

export interface FeedInput {
  after?: string | null;
  types?: string[] | null;
  /** Page size, 1–100; default 50. */
  first?: number | null;
}

export interface FeedPage {
  events: DomainEvent[];
  hasNextPage: boolean;
}

/**
 * The snapshot's xmin, except that transactions of other databases on the same server are passed
 * over: they cannot write this database's events, and a long one elsewhere would hold the feed
 * back. A transaction counts as foreign only while pg_stat_activity shows it in another database
 * (matched on the low 32 bits, the width of backend_xid); one that ends meanwhile, or that the role
 * may not see, stays in, which only holds the feed back, never skips an event.
 */
const FEED_HORIZON = Prisma.sql`
  SELECT COALESCE(
    (SELECT min(x::text::bigint) FROM pg_snapshot_xip(pg_current_snapshot()) AS x
     WHERE x::text::bigint % 4294967296 NOT IN (
       SELECT backend_xid::text::bigint FROM pg_stat_activity
       WHERE backend_xid IS NOT NULL AND datname IS DISTINCT FROM current_database())),
    pg_snapshot_xmax(pg_current_snapshot())::text::bigint)`;

/**
 * The firm's domain events after a cursor, in commit order. Events are ordered by (txid,
 * position), and only events of transactions below the feed's horizon are returned: every
 * transaction that could still commit has a txid at or above it, so nothing can later appear
 * before an event already handed out. A reader who pages on with the last cursor thus sees each
 * event exactly once, even while events are being written. Admins only.
 */
export async function readEventFeed(ctx: Context, input: FeedInput): Promise<FeedPage> {
  const admin = requireRole(ctx, ADMINS);
  const first = input.first ?? 50;
  const after = input.after ? decodeFeedCursor(input.after) : { txid: -1n, position: -1n };
  const unknown = (input.types ?? []).filter((t) => !registry().eventTypes.includes(t));
  if (unknown.length > 0) throw ValidationError.field('types', `Unknown event types: ${unknown.join(', ')}`);
  const types = input.types?.length ? input.types : null;
  const rows = await ctx.prisma.$queryRaw<DomainEvent[]>`
    SELECT * FROM "DomainEvent"
    WHERE "firmId" = ${admin.firmId}::uuid
      AND ("txid", "position") > (${after.txid}::bigint, ${after.position}::bigint)
      AND "txid" < (${FEED_HORIZON})
      AND (${types}::text[] IS NULL OR "type" = ANY(${types}::text[]))
    ORDER BY "txid", "position"
    LIMIT ${first + 1}`;
  return { events: rows.slice(0, first), hasNextPage: rows.length > first };
}
