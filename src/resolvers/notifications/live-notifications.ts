import { requireViewer } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import type { Notification } from '../../generated/prisma/client.ts';
import { type EventStream, filterMap } from '../../realtime/event-stream.ts';
import { firmEventStream } from '../../realtime/firm-events.ts';
import type { FirmEventMessage } from '../../realtime/topics.ts';

// Notifications are written in their domain event's transaction, so once the event is published
// they are committed: one read per event and instance serves every subscriber it reaches.
const byEvent = new WeakMap<FirmEventMessage, Promise<Notification[]>>();

function notificationsOf(ctx: Context, event: FirmEventMessage): Promise<Notification[]> {
  let found = byEvent.get(event);
  if (!found) {
    found = ctx.prisma.notification.findMany({ where: { eventId: event.id, firmId: event.firmId } });
    byEvent.set(event, found);
  }
  return found;
}

/**
 * The viewer's in-app notifications as the changes that cause them commit. Notifications not
 * caused by a domain event (raised by background jobs) appear in the `notifications` query only.
 */
export function subscribeNotifications(ctx: Context): EventStream<Notification> {
  const viewer = requireViewer(ctx);
  return filterMap(firmEventStream(ctx.pubsub, viewer.firmId), async (event) =>
    (await notificationsOf(ctx, event)).find((n) => n.userId === viewer.id),
  );
}
