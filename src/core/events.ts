import type { Tx } from '../db/client.ts';
import type { DomainEvent } from '../generated/prisma/client.ts';
import type { JobSettings } from '../queue/settings.ts';
import type { EntityDefinition } from './entities.ts';

/** What changed, as the write path saw it: the entity before and after (null for a creation or removal). */
export interface RecordedChange<R = unknown> {
  before: R | null;
  after: R | null;
  /** Who made the change; null for the system (a background job). */
  actorId: string | null;
}

/** An in-app notice an event causes, before it is addressed to its firm and event. */
export interface Notice {
  /** One of the notification types a domain declares (users set email preferences per type). */
  type: string;
  userIds: string[];
  title: string;
  body: string;
  entityType?: string;
  entityId?: string;
}

/**
 * Who should hear about an event: read from the change (its `before` tells what an update
 * changed), in the event's transaction. The actor is never told about their own change.
 */
export type NotificationRule<R> = (change: RecordedChange<R> & { event: DomainEvent }, tx: Tx) => Promise<Notice | null>;

/** An audited action that partners do not see (sign-ins, settings, reads): one audit row, no domain event. */
export interface AuditAction {
  readonly kind: 'audit';
  /** The audit trail's `action`, e.g. "user.created". */
  readonly name: string;
  /** The audit trail's `entityType`, e.g. "User". */
  readonly entityType: string;
}

/**
 * A domain event: an audit row plus a stored event that feeds the event feed, webhooks,
 * notifications and subscriptions. Declared once in `<domain>.events.ts`; every list of event
 * types (webhook filters, the feed, subscription enums, the dashboard's triggers) derives from these.
 */
export interface EventDefinition<R extends { id: string } = { id: string }> {
  readonly kind: 'event';
  /** The event type partners subscribe to, also the audit action, e.g. "matter.created". */
  readonly name: string;
  readonly entity: EntityDefinition<R>;
  /** What happened, for the README's event list and schema descriptions. */
  readonly description: string;
  readonly notify?: NotificationRule<R>;
  /** The event may change the live dashboard's figures. */
  readonly dashboard?: boolean;
  /** The value naming this event in its domain's subscription enum (e.g. CREATED in MatterEventType). */
  readonly live?: { value: string; description: string };
}

/** Declares an audit-only action. */
export function defineAction(name: string, entityType: string): AuditAction {
  return { kind: 'audit', name, entityType };
}

/** Declares a domain event about `entity` (which must have a public payload). */
export function defineEvent<R extends { id: string }>(
  name: string,
  entity: EntityDefinition<R>,
  options: Omit<EventDefinition<R>, 'kind' | 'name' | 'entity'>,
): EventDefinition<R> {
  if (!entity.payload) throw new Error(`Event ${name}: entity ${entity.type} has no public payload`);
  return { kind: 'event', name, entity, ...options };
}

/**
 * A reaction to every domain event, run in the event's transaction (webhook deliveries,
 * notifications): what it writes commits or rolls back with the change.
 */
export type EventHandler = (
  tx: Tx,
  event: DomainEvent,
  definition: EventDefinition,
  change: RecordedChange<{ id: string }>,
  settings: JobSettings,
) => Promise<void>;
