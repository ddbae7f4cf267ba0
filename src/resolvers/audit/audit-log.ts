import { ADMINS, requireRole } from '../../core/access.ts';
import type { Context } from '../../core/context.ts';
import { keysetStart } from '../../core/keyset.ts';
import type { AuditEvent, Prisma } from '../../generated/prisma/client.ts';

export interface AuditLogInput {
  entityId?: string | null;
  action?: string | null;
}

function auditWhere(ctx: Context, input: AuditLogInput): Prisma.AuditEventWhereInput {
  const admin = requireRole(ctx, ADMINS);
  return {
    firmId: admin.firmId,
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(input.action ? { action: input.action } : {}),
  };
}

/** The firm's audit trail for admins, newest first (then by id, so the order is stable). */
export async function listAuditEvents(ctx: Context, input: AuditLogInput, page: Prisma.AuditEventFindManyArgs): Promise<AuditEvent[]> {
  const where = auditWhere(ctx, input);
  const start = await keysetStart(page, 'createdAt', 'desc', async (id) => {
    const cursor = await ctx.prisma.auditEvent.findFirst({ where: { id, firmId: where.firmId }, select: { createdAt: true } });
    return cursor?.createdAt;
  });
  if (!start) return [];
  return ctx.prisma.auditEvent.findMany({ ...page, where: { AND: [where, start] }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] });
}

export function countAuditEvents(ctx: Context, input: AuditLogInput): Promise<number> {
  return ctx.prisma.auditEvent.count({ where: auditWhere(ctx, input) });
}
