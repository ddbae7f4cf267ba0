import type { Tx } from '../db/client.ts';
import type { DomainEvent, Prisma } from '../generated/prisma/client.ts';
import { publishFirmEvent } from '../realtime/publish.ts';
import type { PubSub } from '../realtime/pubsub.ts';
import type { Context } from './context.ts';
import type { AuditAction, EventDefinition, RecordedChange } from './events.ts';
import { registry } from './registry.ts';

/** What a change needs: a request's context, or a background job's equivalent (no viewer, no pub/sub). */
export type ChangeDeps = Pick<Context, 'prisma' | 'log' | 'jobs' | 'requestId' | 'viewer'> & { pubsub?: PubSub };

/** Who a change is recorded for: the firm it belongs to and who made it (null: the system). */
export interface Actor {
  firmId: string;
  actorId: string | null;
}

/** The one way to write: a transaction in progress that records what it does. */
export interface Write {
  readonly tx: Tx;
  /** The firm the change belongs to: the viewer's, unless {@link Write.actAs} said otherwise. */
  readonly firmId: string;
  /**
   * Records the change for another actor than the viewer: registration acts for the admin it
   * creates, a password reset for its user, a background job for nobody (null).
   */
  actAs(actor: Actor): void;
  /**
   * Records a domain event: its audit row, the stored event with the entity's public payload, and,
   * in this transaction, what every domain reacts with (webhook deliveries, notifications); the
   * event is published to subscribers once the transaction commits.
   */
  record<R extends { id: string }>(event: EventDefinition<R>, change: { before?: R | null; after?: R | null }): Promise<DomainEvent>;
  /** Records an audit-only action on the entity with `id` (default: the id of `after`, else of `before`). */
  record(action: AuditAction, change: { id?: string; before?: object | null; after?: object | null }): Promise<void>;
  /** Runs `effect` once the transaction has committed; never when it rolls back. */
  afterCommit(effect: () => unknown): void;
}

function redact(key: string, value: unknown): unknown {
  if (key === 'passwordHash' || key === 'secretCiphertext' || key === 'tokenHash' || key === 'keyHash') return undefined;
  return typeof value === 'bigint' ? value.toString() : value;
}

// Audit snapshots are internal (admins only) and keep every column but secrets.
const snapshot = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value, redact)) as Prisma.InputJsonValue);

/**
 * Runs `work` in one database transaction through the write path: the audit trail and domain
 * events it records commit or roll back with the change, jobs enqueued inside commit with it, and
 * effects registered with `afterCommit` (pub/sub publishing) run once it has committed, in order;
 * a failing effect is logged, never thrown, since the change itself has happened.
 */
export async function change<T>(deps: ChangeDeps, work: (write: Write) => Promise<T>): Promise<T> {
  const effects: (() => unknown)[] = [];
  const result = await deps.prisma.$transaction((tx) => {
    // An API key is no user: its changes are audited as the key, with no actor.
    const apiKeyId = deps.viewer?.apiKey?.id ?? null;
    let actor: Actor | null = deps.viewer ? { firmId: deps.viewer.firmId, actorId: apiKeyId ? null : deps.viewer.id } : null;
    const current = (): Actor => {
      if (!actor) throw new Error('A change without a viewer must name its actor (actAs) before it records anything');
      return actor;
    };
    const audit = (action: string, entityType: string, entityId: string, before: unknown, after: unknown) =>
      tx.auditEvent.create({
        data: {
          firmId: current().firmId,
          actorId: current().actorId,
          action,
          entityType,
          entityId,
          before: snapshot(before),
          after: snapshot(after),
          requestId: deps.requestId,
          apiKeyId,
        },
      });
    const recordEvent = async (definition: EventDefinition, before: { id: string } | null, after: { id: string } | null) => {
      const row = after ?? before;
      if (!row) throw new Error(`Event ${definition.name} records neither a before nor an after`);
      const { firmId, actorId } = current();
      await audit(definition.name, definition.entity.type, row.id, before, after);
      const stored = await tx.domainEvent.create({
        data: {
          firmId,
          type: definition.name,
          entityType: definition.entity.type,
          entityId: row.id,
          matterId: definition.entity.matterOf?.(row) ?? null,
          actorId,
          payload: definition.entity.payload?.serialize(row) as Prisma.InputJsonValue,
        },
      });
      const recorded: RecordedChange<{ id: string }> = { before, after, actorId };
      for (const handler of registry().eventHandlers) await handler(tx, stored, definition, recorded, deps.jobs);
      const { pubsub } = deps;
      if (pubsub) effects.push(() => publishFirmEvent(pubsub, stored));
      return stored;
    };
    const write: Write = {
      tx,
      get firmId() {
        return current().firmId;
      },
      actAs(next) {
        actor = next;
      },
      record: (async (
        definition: EventDefinition | AuditAction,
        change: { id?: string; before?: { id?: string } | null; after?: { id?: string } | null },
      ) => {
        if (definition.kind === 'event')
          return recordEvent(definition, (change.before ?? null) as { id: string } | null, (change.after ?? null) as { id: string } | null);
        const id = change.id ?? change.after?.id ?? change.before?.id;
        if (!id) throw new Error(`Action ${definition.name} names no entity`);
        await audit(definition.name, definition.entityType, id, change.before, change.after);
      }) as Write['record'],
      afterCommit: (effect) => effects.push(effect),
    };
    return work(write);
  });
  for (const effect of effects) {
    try {
      await effect();
    } catch (error) {
      deps.log.error({ err: error }, 'after-commit effect failed');
    }
  }
  return result;
}
