import type { EventHandler } from '../../core/events.ts';
import { notifyUsers } from './notifications.ts';

/**
 * Raises the notifications an event's declaration asks for (its `notify` rule), in the event's
 * transaction; whoever made the change is not told about it.
 */
export const notifyOnEvent: EventHandler = async (tx, event, definition, change, settings) => {
  const notice = await definition.notify?.({ ...change, event }, tx);
  if (!notice) return;
  await notifyUsers(tx, settings, {
    ...notice,
    firmId: event.firmId,
    eventId: event.id,
    userIds: notice.userIds.filter((id) => id !== event.actorId),
  });
};
