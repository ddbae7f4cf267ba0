import type { EventHandler } from '../../core/events.ts';
import { enqueueJob } from '../../queue/enqueue.ts';

/** The task that delivers one webhook; its file is `src/jobs/webhooks/deliver_webhook.ts`. */
export const DELIVER_WEBHOOK = 'deliver_webhook';

/** The queue of an endpoint's deliveries: one in flight at a time, in order. */
export const deliveryQueue = (endpointId: string) => `webhook:${endpointId}`;

/**
 * Creates a webhook delivery for each active endpoint of the firm subscribed to the event's type
 * (an endpoint with no types takes them all), each with its `deliver_webhook` job keyed by the
 * delivery id in the endpoint's queue, all in the event's transaction.
 */
export const createDeliveries: EventHandler = async (tx, event, _definition, _change, settings) => {
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
      task: DELIVER_WEBHOOK,
      payload: { deliveryId: delivery.id, endpointId: endpoint.id },
      jobKey: delivery.id,
      queueName: deliveryQueue(endpoint.id),
      maxAttempts: settings.webhook.maxAttempts,
    });
  }
};
