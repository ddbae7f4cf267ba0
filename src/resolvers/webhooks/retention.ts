import type { RetentionRule } from '../../core/domain.ts';

/** Webhook attempts older than RECORD_RETENTION_DAYS. */
export const attemptRetention: RetentionRule = {
  name: 'attempts',
  run: async (prisma, retention) =>
    (await prisma.webhookAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - retention.recordDays * 86_400_000) } } }))
      .count,
};
