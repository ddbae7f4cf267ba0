import type { RetentionRule } from '../../core/domain.ts';

/** Sent and failed emails older than RECORD_RETENTION_DAYS; queued ones wait to be sent. */
export const emailRetention: RetentionRule = {
  name: 'emails',
  run: async (prisma, retention) =>
    (
      await prisma.emailMessage.deleteMany({
        where: { createdAt: { lt: new Date(Date.now() - retention.recordDays * 86_400_000) }, status: { in: ['SENT', 'FAILED'] } },
      })
    ).count,
};
