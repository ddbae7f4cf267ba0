import type { RetentionRule } from '../../core/domain.ts';

/** Domain events (and, by cascade, their webhook deliveries) older than EVENT_RETENTION_DAYS. */
export const eventRetention: RetentionRule = {
  name: 'events',
  run: async (prisma, retention) =>
    (await prisma.domainEvent.deleteMany({ where: { occurredAt: { lt: new Date(Date.now() - retention.eventDays * 86_400_000) } } })).count,
};
