import type { RetentionRule } from '../../core/domain.ts';

/** Succeeded and failed job records that finished more than RECORD_RETENTION_DAYS ago. */
export const jobRetention: RetentionRule = {
  name: 'jobs',
  run: async (prisma, retention) =>
    (
      await prisma.backgroundJob.deleteMany({
        where: { finishedAt: { lt: new Date(Date.now() - retention.recordDays * 86_400_000) }, status: { in: ['SUCCEEDED', 'FAILED'] } },
      })
    ).count,
};
