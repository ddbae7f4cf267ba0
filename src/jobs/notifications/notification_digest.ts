import { z } from 'zod';
import type { PrismaClient } from '../../db/client.ts';
import type { JobSettings } from '../../queue/settings.ts';
import type { TaskDeps } from '../../queue/task.ts';
import { chunk, queueEmails } from '../../resolvers/notifications/index.ts';

/** Notifications gathered into one run's digests, at most; the rest wait for the next run. */
const BATCH = 50_000;

/**
 * Emails each user one digest of their unread notifications of the types they set to DIGEST that
 * no digest has carried yet, and marks those notifications digested in the same transaction as
 * the queued emails (at most 1,000 a transaction). Returns how many digests were queued.
 */
export async function sendDigests(prisma: PrismaClient, settings: JobSettings): Promise<number> {
  const pending = await prisma.$queryRaw<{ id: string; userId: string; title: string; body: string }[]>`
    SELECT n.id, n."userId", n.title, n.body FROM "Notification" n
    JOIN "NotificationPreference" p ON p."userId" = n."userId" AND p.type = n.type AND p.email = 'DIGEST'
    WHERE n."digestedAt" IS NULL AND n."readAt" IS NULL
    ORDER BY n."userId", n."createdAt", n.id
    LIMIT ${BATCH}`;
  const byUser = new Map<string, typeof pending>();
  for (const row of pending) byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row]);
  const users = await prisma.user.findMany({
    where: { id: { in: [...byUser.keys()] }, active: true },
    select: { id: true, firmId: true, name: true, email: true },
  });
  for (const part of chunk(users)) {
    await prisma.$transaction(async (tx) => {
      await queueEmails(
        tx,
        settings,
        part.map((u) => ({
          firmId: u.firmId,
          userId: u.id,
          to: u.email,
          template: 'notification_digest' as const,
          vars: {
            name: u.name,
            items: (byUser.get(u.id) ?? []).map((n) => ({ title: n.title, body: n.body })),
            link: `${settings.appUrl}/notifications`,
          },
        })),
      );
      const ids = part.flatMap((u) => (byUser.get(u.id) ?? []).map((n) => n.id));
      await tx.notification.updateMany({ where: { id: { in: ids } }, data: { digestedAt: new Date() } });
    });
  }
  return users.length;
}

/** The cron task: one run covers every firm, so like `cleanup` it keeps no job record of its own. */
export const notification_digest = (deps: TaskDeps) => async (raw: unknown) => {
  const payload = z.object({ _cron: z.object({ ts: z.string() }).optional() }).safeParse(raw ?? {});
  if (!payload.success) throw new Error(`Malformed notification_digest payload: ${payload.error.message}`);
  const digests = await sendDigests(deps.prisma, deps.settings);
  deps.log.info({ digests }, 'notification digests queued');
};
