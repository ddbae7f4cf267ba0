import { requireViewer } from '../../core/access.ts';
import type { Context, Viewer } from '../../core/context.ts';
import { NotFoundError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import type { Matter } from '../../generated/prisma/client.ts';
import { type EventStream, filterMap } from '../../realtime/event-stream.ts';
import { firmEventStream } from '../../realtime/firm-events.ts';
import type { FirmEventMessage } from '../../realtime/topics.ts';
import { canSeeMatter, visibleMatterWhere } from './cases.access.ts';
import { MATTER_EVENTS, matterCreated } from './cases.events.ts';

const MATTER_EVENT_TYPES: ReadonlySet<string> = new Set(MATTER_EVENTS.map((e) => e.name));

/** The events after which `matterUpdated` sends the matter again (its fields or its team changed). */
const UPDATE_TYPES: ReadonlySet<string> = new Set(MATTER_EVENTS.filter((e) => e !== matterCreated).map((e) => e.name));

/** A change to a matter, with the matter as it is when the event is delivered. */
export interface MatterEventItem {
  id: string;
  /** The domain event type, e.g. "matter.closed". */
  type: string;
  occurredAt: Date;
  matter: Matter;
}

interface MatterSnapshot {
  /** The event as every subscriber who may see it receives it: one object, so its execution can be shared. */
  item: MatterEventItem;
  matter: Matter;
  memberIds: ReadonlySet<string>;
}

// One read per event and instance, shared by every subscriber it is delivered to (pub/sub hands
// all of them the same message object); visibility is then checked in memory for each.
const snapshots = new WeakMap<FirmEventMessage, Promise<MatterSnapshot | null>>();

function snapshotOf(ctx: Context, event: FirmEventMessage): Promise<MatterSnapshot | null> {
  let snapshot = snapshots.get(event);
  if (!snapshot) {
    snapshot = event.matterId
      ? ctx.prisma.matter
          .findFirst({ where: { id: event.matterId, firmId: event.firmId }, include: { members: { select: { userId: true } } } })
          .then((row) => {
            if (!row) return null;
            const { members, ...matter } = row;
            const item = { id: event.id, type: event.type, occurredAt: new Date(event.occurredAt), matter };
            return { matter, item, memberIds: new Set(members.map((m) => m.userId)) };
          })
      : Promise.resolve(null);
    snapshots.set(event, snapshot);
  }
  return snapshot;
}

async function visibleSnapshotOf(ctx: Context, viewer: Viewer, event: FirmEventMessage): Promise<MatterSnapshot | undefined> {
  const snapshot = await snapshotOf(ctx, event);
  return snapshot && canSeeMatter(viewer, snapshot.matter, snapshot.memberIds) ? snapshot : undefined;
}

async function requireVisibleMatter(ctx: Context, viewer: Viewer, id: string): Promise<Matter> {
  const matter = isUuid(id) ? await ctx.prisma.matter.findFirst({ where: { AND: [{ id }, visibleMatterWhere(viewer)] } }) : null;
  if (!matter) throw new NotFoundError('Matter');
  return matter;
}

/**
 * The matter each time it or its team changes. Visibility is checked now (a hidden matter is
 * "not found") and again for every event, since the viewer may lose access while subscribed.
 */
export async function subscribeMatterUpdates(ctx: Context, matterId: string): Promise<EventStream<Matter>> {
  const viewer = requireViewer(ctx);
  await requireVisibleMatter(ctx, viewer, matterId);
  return filterMap(firmEventStream(ctx.pubsub, viewer.firmId), async (event) =>
    event.matterId === matterId && UPDATE_TYPES.has(event.type) ? (await visibleSnapshotOf(ctx, viewer, event))?.matter : undefined,
  );
}

/**
 * Matter events of the viewer's firm that the viewer may see, optionally only some `types` or one
 * matter; each event is checked against the viewer's access when it arrives.
 */
export async function subscribeMatterEvents(
  ctx: Context,
  filter: { types?: readonly string[] | null; matterId?: string | null },
): Promise<EventStream<MatterEventItem>> {
  const viewer = requireViewer(ctx);
  if (filter.matterId) await requireVisibleMatter(ctx, viewer, filter.matterId);
  const types = filter.types?.length ? new Set<string>(filter.types) : MATTER_EVENT_TYPES;
  return filterMap(firmEventStream(ctx.pubsub, viewer.firmId), async (event) => {
    if (!types.has(event.type) || (filter.matterId && event.matterId !== filter.matterId)) return undefined;
    return (await visibleSnapshotOf(ctx, viewer, event))?.item;
  });
}
