import type { Context } from '../context.ts';
import type { AuditEvent, Prisma } from '../generated/prisma/client.ts';
import { requireRole } from './access.ts';

export interface AuditLogInput {
  entityId?: string | null;
  action?: string | null;
}

function auditWhere(ctx: Context, input: AuditLogInput): Prisma.AuditEventWhereInput {
  const admin = requireRole(ctx, ['ADMIN']);
  return {
    firmId: admin.firmId,
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(input.action ? { action: input.action } : {}),
  };
}

/** The firm's audit trail for admins, newest first (then by id, so the order is stable). */
export function listAuditEvents(ctx: Context, input: AuditLogInput, page: Prisma.AuditEventFindManyArgs): Promise<AuditEvent[]> {
  return ctx.prisma.auditEvent.findMany({ ...page, where: auditWhere(ctx, input), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

export function countAuditEvents(ctx: Context, input: AuditLogInput): Promise<number> {
  return ctx.prisma.auditEvent.count({ where: auditWhere(ctx, input) });
}
