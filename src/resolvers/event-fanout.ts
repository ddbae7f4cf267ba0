import type { Tx } from '../db/client.ts';
import type { DomainEvent } from '../generated/prisma/client.ts';
import { enqueueJob } from '../queue/enqueue.ts';
import type { JobSettings } from '../queue/settings.ts';
import { type NewNotification, notifyUsers } from './notifications.ts';

/**
 * Creates a webhook delivery for each active endpoint of the firm subscribed to the event's type
 * (an endpoint with no types takes them all), each with its `deliver_webhook` job keyed by the
 * delivery id, all in the event's transaction.
 */
export async function createDeliveries(tx: Tx, settings: JobSettings, event: DomainEvent): Promise<void> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { firmId: event.firmId, active: true, OR: [{ eventTypes: { isEmpty: true } }, { eventTypes: { has: event.type } }] },
    select: { id: true },
  });
  for (const endpoint of endpoints) {
    const delivery = await tx.webhookDelivery.create({
      data: { firmId: event.firmId, endpointId: endpoint.id, eventId: event.id, eventType: event.type },
      select: { id: true },
    });
    await enqueueJob(tx, {
      firmId: event.firmId,
      task: 'deliver_webhook',
      payload: { deliveryId: delivery.id },
      jobKey: delivery.id,
      maxAttempts: settings.webhook.maxAttempts,
    });
  }
}

async function matterTitle(tx: Tx, matterId: string | null): Promise<string> {
  if (!matterId) return 'a matter';
  const matter = await tx.matter.findUnique({ where: { id: matterId }, select: { number: true, title: true } });
  return matter ? `${matter.number} ${matter.title}` : 'a matter';
}

async function teamOf(tx: Tx, matterId: string): Promise<string[]> {
  const matter = await tx.matter.findUnique({
    where: { id: matterId },
    select: { responsibleAttorneyId: true, members: { select: { userId: true } } },
  });
  if (!matter) return [];
  return [...matter.members.map((m) => m.userId), ...(matter.responsibleAttorneyId ? [matter.responsibleAttorneyId] : [])];
}

/**
 * The notifications an event causes: the user added to a matter, the attorney made responsible
 * for one, and a matter's team when it closes or reopens. Whoever acted is not told about it.
 */
export async function notifyForEvent(tx: Tx, settings: JobSettings, event: DomainEvent): Promise<void> {
  const payload = event.payload as Record<string, unknown>;
  const base = { firmId: event.firmId, entityType: 'Matter', entityId: event.matterId ?? undefined, eventId: event.id };
  let notice: NewNotification | null = null;
  if (event.type === 'matter.member_added' && typeof payload.userId === 'string') {
    const title = await matterTitle(tx, event.matterId);
    notice = {
      ...base,
      type: 'matter.member_added',
      userIds: [payload.userId],
      title: `You were added to ${title}`,
      body: `You are now on the team of ${title}.`,
    };
  } else if ((event.type === 'matter.created' || event.type === 'matter.updated') && typeof payload.responsibleAttorneyId === 'string') {
    if (event.type === 'matter.updated') {
      const earlier = await tx.auditEvent.findFirst({
        where: { firmId: event.firmId, entityId: event.entityId, action: 'matter.updated' },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { before: true },
      });
      if ((earlier?.before as Record<string, unknown> | null)?.responsibleAttorneyId === payload.responsibleAttorneyId) return;
    }
    const title = await matterTitle(tx, event.matterId);
    notice = {
      ...base,
      type: 'matter.assigned',
      userIds: [payload.responsibleAttorneyId],
      title: `You are responsible for ${title}`,
      body: `You were made the responsible attorney of ${title}.`,
    };
  } else if ((event.type === 'matter.closed' || event.type === 'matter.reopened') && event.matterId) {
    const title = await matterTitle(tx, event.matterId);
    const verb = event.type === 'matter.closed' ? 'closed' : 'reopened';
    notice = {
      ...base,
      type: event.type,
      userIds: await teamOf(tx, event.matterId),
      title: `${title} was ${verb}`,
      body: `The matter ${title} was ${verb}.`,
    };
  }
  if (!notice) return;
  await notifyUsers(tx, settings, { ...notice, userIds: notice.userIds.filter((id) => id !== event.actorId) });
}
