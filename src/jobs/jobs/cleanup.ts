import { z } from 'zod';
import { registry } from '../../core/registry.ts';
import type { PrismaClient } from '../../db/client.ts';
import type { JobSettings } from '../../queue/settings.ts';
import type { TaskDeps } from '../../queue/task.ts';

/**
 * Nightly retention (Graphile Worker crontab): runs every domain's retention rule (webhook
 * attempts, sent emails and finished job records older than RECORD_RETENTION_DAYS, domain events
 * older than EVENT_RETENTION_DAYS…). Returns how many rows each rule deleted, by its name.
 */
export async function runCleanup(prisma: PrismaClient, retention: JobSettings['retention']): Promise<Record<string, number>> {
  const removed: Record<string, number> = {};
  for (const rule of registry().retention) removed[rule.name] = await rule.run(prisma, retention);
  return removed;
}

/** The cron task: one run covers every firm, so unlike firm jobs it keeps no job record. */
export const cleanup = (deps: TaskDeps) => async (raw: unknown) => {
  const payload = z.object({ _cron: z.object({ ts: z.string() }).optional() }).safeParse(raw ?? {});
  if (!payload.success) throw new Error(`Malformed cleanup payload: ${payload.error.message}`);
  const removed = await runCleanup(deps.prisma, deps.settings.retention);
  deps.log.info({ removed }, 'retention cleanup done');
};
