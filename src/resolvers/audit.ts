import type { Context } from '../context.ts';
import type { Tx } from '../db/client.ts';
import type { Prisma } from '../generated/prisma/client.ts';

export interface AuditEntry {
  action: string;
  entityType:
    | 'Firm'
    | 'User'
    | 'Client'
    | 'Matter'
    | 'MatterMember'
    | 'Notification'
    | 'NotificationPreference'
    | 'WebhookEndpoint'
    | 'WebhookDelivery'
    | 'BackgroundJob'
    | 'StoredFile';
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Who acted, when it is not the viewer (registration acts for the admin it creates). */
  actorId?: string;
}

const snapshot = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value, redact)) as Prisma.InputJsonValue);

function redact(key: string, value: unknown): unknown {
  if (key === 'passwordHash' || key === 'secretCiphertext') return undefined;
  return typeof value === 'bigint' ? value.toString() : value;
}

/**
 * Writes the audit event of a change inside the change's own transaction, so the two commit or
 * roll back together. Password hashes never reach the audit trail.
 */
export async function recordAudit(tx: Tx, ctx: Context, firmId: string, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      firmId,
      actorId: entry.actorId ?? ctx.viewer?.id ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
      requestId: ctx.requestId,
    },
  });
}
