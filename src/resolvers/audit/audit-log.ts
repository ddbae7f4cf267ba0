import { ADMINS } from '../../core/access.ts';
import { defineList } from '../../core/lists.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { AuditEventEntity } from './audit.entities.ts';

export interface AuditLogInput {
  entityId?: string | null;
  action?: string | null;
}

/** The firm's audit trail for admins, newest first (then by id, so the order is stable). */
export const auditList = defineList<AuditLogInput, 'OCCURRED_AT'>({
  entity: AuditEventEntity,
  roles: ADMINS,
  orders: { OCCURRED_AT: 'createdAt' },
  defaultOrder: { field: 'OCCURRED_AT', direction: 'DESC' },
  where: (input): Prisma.AuditEventWhereInput => ({
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...(input.action ? { action: input.action } : {}),
  }),
});
