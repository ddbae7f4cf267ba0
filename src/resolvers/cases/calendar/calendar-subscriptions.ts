import { requireViewer } from '../../../core/access.ts';
import type { Context } from '../../../core/context.ts';
import { NotFoundError } from '../../../core/errors.ts';
import { isUuid } from '../../../core/ids.ts';
import type { CalendarEvent, Matter } from '../../../generated/prisma/client.ts';
import { type EventStream, filterMap } from '../../../realtime/event-stream.ts';
import { firmEventStream } from '../../../realtime/firm-events.ts';
import type { FirmEventMessage } from '../../../realtime/topics.ts';
import { canSeeMatter, visibleMatterWhere } from '../cases.access.ts';
import { CALENDAR_EVENTS } from './calendar.events.ts';

const CALENDAR_EVENT_TYPES: ReadonlySet<string> = new Set(CALENDAR_EVENTS.map((e) => e.name));

/** A change to a calendar event, with the event as it is when the change is delivered. */
export interface CalendarEventChange {
  id: string;
  /** The domain event type, e.g. "calendar_event.cancelled". */
  type: string;
  occurredAt: Date;
  event: CalendarEvent;
}

interface Snapshot {
  change: CalendarEventChange;
  matter: Matter;
  memberIds: ReadonlySet<string>;
}

// One read per event and instance, shared by every subscriber it reaches, so that everyone who may
// see it gets the same object (and subscribers of one audience share one execution).
const snapshots = new WeakMap<FirmEventMessage, Promise<Snapshot | null>>();

function snapshotOf(ctx: Context, message: FirmEventMessage): Promise<Snapshot | null> {
  let snapshot = snapshots.get(message);
  if (!snapshot) {
    snapshot = ctx.prisma.calendarEvent
      .findFirst({
        where: { id: message.entityId, firmId: message.firmId },
        include: { matter: { include: { members: { select: { userId: true } } } } },
      })
      .then((row) => {
        if (!row) return null;
        const { matter: withMembers, ...event } = row;
        const { members, ...matter } = withMembers;
        const change = { id: message.id, type: message.type, occurredAt: new Date(message.occurredAt), event };
        return { change, matter, memberIds: new Set(members.map((m) => m.userId)) };
      });
    snapshots.set(message, snapshot);
  }
  return snapshot;
}

/**
 * Calendar events of one matter being created, changed or cancelled. The matter must be visible
 * now ("not found" otherwise) and is checked again for every change, since access can end while
 * subscribed.
 */
export async function subscribeCalendarEventChanges(ctx: Context, matterId: string): Promise<EventStream<CalendarEventChange>> {
  const viewer = requireViewer(ctx);
  const visible =
    isUuid(matterId) && (await ctx.prisma.matter.count({ where: { AND: [{ id: matterId }, visibleMatterWhere(viewer)] } })) > 0;
  if (!visible) throw new NotFoundError('Matter');
  return filterMap(firmEventStream(ctx.pubsub, viewer.firmId), async (message) => {
    if (message.matterId !== matterId || !CALENDAR_EVENT_TYPES.has(message.type)) return undefined;
    const snapshot = await snapshotOf(ctx, message);
    return snapshot && canSeeMatter(viewer, snapshot.matter, snapshot.memberIds) ? snapshot.change : undefined;
  });
}
