import { brandWithType } from '@pothos/core';
import type { Context } from '../../core/context.ts';
import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { toGlobalId } from '../../core/ids.ts';
import { entityLoader, loader } from '../../core/loaders.ts';
import { registry } from '../../core/registry.ts';
import { AuditEventEntity } from '../../resolvers/audit/audit.entities.ts';
import { type AuditLogInput, auditList } from '../../resolvers/audit/audit-log.ts';

// Audit trails list many entities of a few kinds: the request's loaders batch them into one query
// per kind, each through the entity's own visibility.
async function loadEntity(ctx: Context, entityType: string, id: string): Promise<object | null> {
  const entity = registry().entity(entityType);
  const row = entity ? await loader(ctx, entityLoader(entity)).load(id) : null;
  // The Node interface resolves prisma objects by their brand, as Pothos' own node lookups do.
  if (row && entity) brandWithType(row, entity.type as never);
  return row;
}

builder.prismaNode('AuditEvent', {
  ...firmNode(AuditEventEntity),
  description: 'One recorded change: who did what to which object, with its state before and after.',
  fields: (t) => ({
    action: t.exposeString('action', { description: 'What happened, e.g. "matter.closed".' }),
    entityType: t.exposeString('entityType', { description: 'The kind of object changed, e.g. "Matter".' }),
    entityId: t.string({
      description: 'The global ID of the object changed (usable with `node`).',
      resolve: (e) => toGlobalId(e.entityType, e.entityId),
    }),
    entity: t.field({
      type: builder.nodeInterfaceRef(),
      nullable: true,
      description: 'The object changed, as it is now; null once deleted, or when it is not visible to you.',
      resolve: (e, _args, ctx) => loadEntity(ctx, e.entityType, e.entityId),
    }),
    actor: t.relation('actor', { nullable: true, description: 'Who made the change; null for a user since removed.' }),
    before: t.expose('before', { type: 'JSON', nullable: true, description: 'The object before the change; null for a creation.' }),
    after: t.expose('after', { type: 'JSON', nullable: true, description: 'The object after the change; null for a removal.' }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description: 'The request that made the change (matches the x-request-id header and logs).',
    }),
    occurredAt: t.expose('createdAt', { type: 'DateTime', description: 'When the change committed.' }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: 'Narrows the audit trail.',
  fields: (t) => ({
    entityId: t.globalID({ description: 'Only changes to this object.' }),
    action: t.string({ description: 'Only this action, e.g. "matter.closed".' }),
  }),
});

builder.queryField('auditEvents', (t) =>
  t.prismaConnection(
    {
      type: 'AuditEvent',
      cursor: 'id',
      description: "The firm's audit trail, newest first. Admins only.",
      authScopes: { admin: true },
      args: { filter: t.arg({ type: AuditEventFilter, description: 'Only the events that match every condition given.' }) },
      ...listConnection(
        auditList,
        ({ filter }: { filter?: { entityId?: { id: string } | null; action?: string | null } | null }): AuditLogInput => ({
          entityId: filter?.entityId?.id,
          action: filter?.action,
        }),
      ),
    },
    { name: 'AuditEventConnection', description: 'A page of audit events.' },
    { name: 'AuditEventEdge', description: 'An audit event in a page.' },
  ),
);
