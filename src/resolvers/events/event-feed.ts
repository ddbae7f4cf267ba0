import { ADMINS, requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import { ValidationError } from '../../core/errors.ts';
import { registry } from '../../core/registry.ts';
import type { DomainEvent } from '../../generated/prisma/client.ts';

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
 * The firm's domain events after a cursor, in commit order. Events are ordered by (txid,
 * position), and only events of transactions below the current snapshot's xmin are returned:
 * every transaction that could still commit has a txid at or above xmin, so nothing can later
 * appear before an event already handed out. A reader who pages on with the last cursor thus
 * sees each event exactly once, even while events are being written. Admins only.
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
      AND "txid" < pg_snapshot_xmin(pg_current_snapshot())::text::bigint
      AND (${types}::text[] IS NULL OR "type" = ANY(${types}::text[]))
    ORDER BY "txid", "position"
    LIMIT ${first + 1}`;
  return { events: rows.slice(0, first), hasNextPage: rows.length > first };
}
