import { firmWide, ofFirmForAdmins } from '../../core/access.ts';
import { defineEntity } from '../../core/entities.ts';
import type { AuditEvent, Prisma } from '../../generated/prisma/client.ts';

/** One recorded change; the audit trail is for admins only. */
export const AuditEventEntity = defineEntity<AuditEvent, Prisma.AuditEventWhereInput>({
  type: 'AuditEvent',
  model: 'AuditEvent',
  visible: ofFirmForAdmins,
  audience: firmWide,
});
