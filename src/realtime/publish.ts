import type { DomainEvent } from '../generated/prisma/client.ts';
import type { PubSub } from './pubsub.ts';
import type { FirmEventMessage } from './topics.ts';

/** The pub/sub message of a stored domain event. */
export function firmEventMessage(event: DomainEvent): FirmEventMessage {
  return {
    id: event.id,
    position: event.position.toString(),
    type: event.type,
    firmId: event.firmId,
    entityType: event.entityType,
    entityId: event.entityId,
    matterId: event.matterId,
    actorId: event.actorId,
    occurredAt: event.occurredAt.toISOString(),
  };
}

/** Publishes a committed domain event to its firm's subscribers on every instance. */
export function publishFirmEvent(pubsub: PubSub, event: DomainEvent): Promise<void> {
  return pubsub.publish('firmEvents', event.firmId, firmEventMessage(event));
}
