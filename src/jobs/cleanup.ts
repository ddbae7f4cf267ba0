import { z } from 'zod';
import type { PrismaClient } from '../db/client.ts';
import type { JobSettings } from '../queue/settings.ts';
import type { TaskDeps } from '../queue/task.ts';

/**
 * Nightly retention (Graphile Worker crontab): deletes webhook attempts, sent or failed emails and
 * finished job records older than RECORD_RETENTION_DAYS, and domain events (with their deliveries)
 * older than EVENT_RETENTION_DAYS. Returns how many rows of each went.
 */
export async function runCleanup(prisma: PrismaClient, retention: JobSettings['retention']) {
  const records = new Date(Date.now() - retention.recordDays * 86_400_000);
  const events = new Date(Date.now() - retention.eventDays * 86_400_000);
  const attempts = await prisma.webhookAttempt.deleteMany({ where: { createdAt: { lt: records } } });
  const emails = await prisma.emailMessage.deleteMany({ where: { createdAt: { lt: records }, status: { in: ['SENT', 'FAILED'] } } });
  const jobs = await prisma.backgroundJob.deleteMany({ where: { finishedAt: { lt: records }, status: { in: ['SUCCEEDED', 'FAILED'] } } });
  const domainEvents = await prisma.domainEvent.deleteMany({ where: { occurredAt: { lt: events } } });
  return { attempts: attempts.count, emails: emails.count, jobs: jobs.count, events: domainEvents.count };
}

/** The cron task: one run covers every firm, so unlike firm jobs it keeps no job record. */
export const cleanup = (deps: TaskDeps) => async (raw: unknown) => {
  const payload = z.object({ _cron: z.object({ ts: z.string() }).optional() }).safeParse(raw ?? {});
  if (!payload.success) throw new Error(`Malformed cleanup payload: ${payload.error.message}`);
  const removed = await runCleanup(deps.prisma, deps.settings.retention);
  deps.log.info({ removed }, 'retention cleanup done');
};
