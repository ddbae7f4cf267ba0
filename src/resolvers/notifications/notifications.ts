import { z } from 'zod';
import { requireViewer } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { NotFoundError } from '../../core/errors.ts';
import type { Notice } from '../../core/events.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { registry } from '../../core/registry.ts';
import { parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { Notification, NotificationPreference, Prisma } from '../../generated/prisma/client.ts';
import type { NotificationEmail } from '../../generated/prisma/enums.ts';
import type { JobSettings } from '../../queue/settings.ts';
import { chunk, queueEmails } from './mail.ts';
import { allNotificationsRead, notificationPreferenceSet, notificationRead } from './notifications.actions.ts';
import { NotificationEntity } from './notifications.entities.ts';

/** A notice addressed to users of one firm, optionally caused by a domain event. */
export interface NewNotification extends Notice {
  firmId: string;
  eventId?: string;
}

/** The kinds of notification users receive, and so the kinds their email preferences name: every domain's. */
export function notificationTypes(): readonly string[] {
  return registry().notificationTypes;
}

const NotificationType = z.string().refine((type) => notificationTypes().includes(type), {
  error: () => `Type must be one of ${notificationTypes().join(', ')}`,
});

/**
 * Creates one in-app notification per user inside `tx` and queues an email copy for each user
 * whose preference for this type is IMMEDIATE (the default when they set none). Inactive users
 * are skipped.
 */
export async function notifyUsers(tx: Tx, settings: JobSettings, notice: NewNotification): Promise<void> {
  const userIds = [...new Set(notice.userIds)];
  if (userIds.length === 0) return;
  const users = await tx.user.findMany({
    where: { id: { in: userIds }, firmId: notice.firmId, active: true },
    select: { id: true, name: true, email: true, notificationPreferences: { where: { type: notice.type }, select: { email: true } } },
  });
  if (users.length === 0) return;
  await tx.notification.createMany({
    data: users.map((u) => ({
      firmId: notice.firmId,
      userId: u.id,
      type: notice.type,
      title: notice.title,
      body: notice.body,
      entityType: notice.entityType ?? null,
      entityId: notice.entityId ?? null,
      eventId: notice.eventId ?? null,
    })),
  });
  const emailed = users.filter((u) => (u.notificationPreferences[0]?.email ?? 'IMMEDIATE') === 'IMMEDIATE');
  for (const part of chunk(emailed)) {
    await queueEmails(
      tx,
      settings,
      part.map((u) => ({
        firmId: notice.firmId,
        userId: u.id,
        to: u.email,
        template: 'notification' as const,
        vars: { name: u.name, title: notice.title, body: notice.body, link: `${settings.appUrl}/notifications` },
      })),
    );
  }
}

/** The viewer's notifications, newest first (then by id); only unread ones with `unreadOnly`. */
export const notificationList = defineList<{ unreadOnly?: boolean | null }, 'CREATED_AT'>({
  entity: NotificationEntity,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
  where: (input): Prisma.NotificationWhereInput => (input.unreadOnly ? { readAt: null } : {}),
});

const MarkReadInput = z.object({ id: z.string() });

/** Marks one of the viewer's notifications read; reading it again keeps the first read time. */
export async function markNotificationRead(ctx: Context, input: z.input<typeof MarkReadInput>): Promise<Notification> {
  const viewer = requireViewer(ctx);
  const { id } = parseInput(MarkReadInput, input);
  return change(ctx, async (w) => {
    const before = isUuid(id) ? await w.tx.notification.findFirst({ where: { id, userId: viewer.id } }) : null;
    if (!before) throw new NotFoundError('Notification');
    if (before.readAt) return before;
    const after = await w.tx.notification.update({ where: { id }, data: { readAt: new Date() } });
    await w.record(notificationRead, { before, after });
    return after;
  });
}

const MarkAllInput = z.object({ type: NotificationType.nullish() });

/** Marks every unread notification of the viewer read (only those of `type` when given); returns how many changed. */
export async function markAllNotificationsRead(ctx: Context, input: z.input<typeof MarkAllInput> = {}): Promise<number> {
  const viewer = requireViewer(ctx);
  const data = parseInput(MarkAllInput, input);
  return change(ctx, async (w) => {
    const { count } = await w.tx.notification.updateMany({
      where: { userId: viewer.id, readAt: null, ...(data.type ? { type: data.type } : {}) },
      data: { readAt: new Date() },
    });
    await w.record(allNotificationsRead, { id: viewer.id, after: { marked: count, type: data.type ?? null } });
    return count;
  });
}

/** The viewer's email preference for every notification type (IMMEDIATE where they set none). */
export async function notificationPreferences(ctx: Context): Promise<{ type: string; email: NotificationEmail }[]> {
  const viewer = requireViewer(ctx);
  const saved = await ctx.prisma.notificationPreference.findMany({ where: { userId: viewer.id } });
  const byType = new Map(saved.map((p) => [p.type, p.email]));
  return notificationTypes().map((type) => ({ type, email: byType.get(type) ?? 'IMMEDIATE' }));
}

const PreferenceInput = z.object({ type: NotificationType, email: z.enum(['OFF', 'IMMEDIATE', 'DIGEST']) });

/** Sets how the viewer hears about one notification type by email: OFF, IMMEDIATE or DIGEST. */
export async function setNotificationPreference(ctx: Context, input: z.input<typeof PreferenceInput>): Promise<NotificationPreference> {
  const viewer = requireViewer(ctx);
  const data = parseInput(PreferenceInput, input);
  return change(ctx, async (w) => {
    const before = await w.tx.notificationPreference.findUnique({ where: { userId_type: { userId: viewer.id, type: data.type } } });
    const after = await w.tx.notificationPreference.upsert({
      where: { userId_type: { userId: viewer.id, type: data.type } },
      create: { firmId: viewer.firmId, userId: viewer.id, type: data.type, email: data.email },
      update: { email: data.email },
    });
    await w.record(notificationPreferenceSet, { before, after });
    return after;
  });
}
