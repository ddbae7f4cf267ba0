import type { Context } from '../context.ts';
import type { DomainEvent, Prisma } from '../generated/prisma/client.ts';
import { publishFirmEvent } from '../realtime/publish.ts';
import { createDeliveries, notifyForEvent } from './event-fanout.ts';
import type { Change } from './transaction.ts';

/** Every event type LexGraph emits; partners subscribe to these names. */
export const DOMAIN_EVENT_TYPES = [
  'client.created',
  'client.updated',
  'matter.created',
  'matter.updated',
  'matter.closed',
  'matter.reopened',
  'matter.member_added',
  'matter.member_removed',
] as const;

export type DomainEventType = (typeof DOMAIN_EVENT_TYPES)[number];

export interface DomainEventInput {
  type: DomainEventType;
  entityType: string;
  entityId: string;
  matterId?: string | null;
  /** The changed object as it stands after the change. */
  payload: unknown;
}

/**
 * Stores a domain event in the change's transaction: it commits or rolls back with the change
 * that caused it. Feeds, webhooks, notifications and subscriptions all start from these rows: the
 * event's webhook deliveries and notifications are created here too, in the same transaction,
 * and it is published to subscribers once (and only if) the transaction commits.
 */
export async function emitEvent(change: Change, ctx: Context, firmId: string, event: DomainEventInput): Promise<DomainEvent> {
  const stored = await change.tx.domainEvent.create({
    data: {
      firmId,
      type: event.type,
      entityType: event.entityType,
      entityId: event.entityId,
      matterId: event.matterId ?? null,
      actorId: ctx.viewer?.id ?? null,
      payload: JSON.parse(JSON.stringify(event.payload)) as Prisma.InputJsonValue,
    },
  });
  await createDeliveries(change.tx, ctx.jobs, stored);
  await notifyForEvent(change.tx, ctx.jobs, stored);
  change.afterCommit(() => publishFirmEvent(ctx.realtime.pubsub, stored));
  return stored;
}
