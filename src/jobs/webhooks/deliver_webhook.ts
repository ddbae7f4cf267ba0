import { z } from 'zod';
import { change } from '../../core/change.ts';
import type { DomainEvent, WebhookEndpoint } from '../../generated/prisma/client.ts';
import { defineTask, JobDeferral, PermanentJobError, type TaskContext } from '../../queue/task.ts';
import { notifyUsers } from '../../resolvers/notifications/index.ts';
import { DELIVER_WEBHOOK, deliveryQueue } from '../../resolvers/webhooks/deliveries.ts';
import { ENDPOINT_DISABLED_NOTICE, endpointDisabled } from '../../resolvers/webhooks/webhooks.actions.ts';
import { decryptSecret } from '../../webhooks/secrets.ts';
import { DeliveryTimeoutError, postJson } from '../../webhooks/send.ts';
import { TargetRefusedError } from '../../webhooks/target.ts';
import { signWebhook } from '../../webhooks/verify.ts';

/**
 * The JSON body of a delivery: the whole event, so the receiver needs no second call. `data` is
 * the entity's public payload (see the README's payload tables), never the raw row.
 */
export function webhookBody(event: DomainEvent): string {
  return JSON.stringify({
    id: event.id,
    type: event.type,
    occurredAt: event.occurredAt.toISOString(),
    firmId: event.firmId,
    entityType: event.entityType,
    entityId: event.entityId,
    matterId: event.matterId,
    actorId: event.actorId,
    data: event.payload,
  });
}

async function countFailure(ctx: TaskContext, endpoint: WebhookEndpoint): Promise<void> {
  await change({ ...ctx, viewer: null, requestId: `job:${ctx.jobId}`, jobs: ctx.settings }, async (w) => {
    const { tx } = w;
    w.actAs({ firmId: endpoint.firmId, actorId: null });
    const [updated] = await tx.$queryRaw<{ consecutiveFailures: number; active: boolean }[]>`
      UPDATE "WebhookEndpoint" SET "consecutiveFailures" = "consecutiveFailures" + 1, "updatedAt" = now()
      WHERE id = ${endpoint.id}::uuid RETURNING "consecutiveFailures", active`;
    if (!updated?.active || updated.consecutiveFailures < ctx.settings.webhook.disableAfter) return;
    const reason = `Disabled after ${updated.consecutiveFailures} consecutive failed deliveries`;
    await tx.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { active: false, disabledAt: new Date(), disabledReason: reason },
    });
    await w.record(endpointDisabled, { id: endpoint.id, after: { reason } });
    const admins = await tx.user.findMany({ where: { firmId: endpoint.firmId, role: 'ADMIN', active: true }, select: { id: true } });
    await notifyUsers(tx, ctx.settings, {
      firmId: endpoint.firmId,
      userIds: admins.map((a) => a.id),
      type: ENDPOINT_DISABLED_NOTICE,
      title: `Webhook endpoint disabled: ${endpoint.url}`,
      body: `${reason}. Fix the receiver, then set the endpoint active again.`,
      entityType: 'WebhookEndpoint',
      entityId: endpoint.id,
    });
    ctx.log.warn({ endpointId: endpoint.id, failures: updated.consecutiveFailures }, 'webhook endpoint disabled');
  });
}

// The endpoint's circuit: WEBHOOK_CIRCUIT_THRESHOLD timeouts in a row open it for
// WEBHOOK_CIRCUIT_COOLDOWN_MS; the first delivery after that probes it, and any answer closes it.
async function recordTimeout(ctx: TaskContext, endpoint: WebhookEndpoint, timedOut: boolean): Promise<void> {
  if (!timedOut) {
    if (endpoint.consecutiveTimeouts > 0 || endpoint.circuitOpenUntil) {
      await ctx.prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveTimeouts: 0, circuitOpenUntil: null } });
    }
    return;
  }
  const { circuitThreshold: threshold, circuitCooldownMs: cooldownMs } = ctx.settings.webhook;
  await ctx.prisma.$executeRaw`
    UPDATE "WebhookEndpoint" SET "consecutiveTimeouts" = "consecutiveTimeouts" + 1,
      "circuitOpenUntil" = CASE WHEN "consecutiveTimeouts" + 1 >= ${threshold}
        THEN now() + make_interval(secs => ${cooldownMs / 1000}::float8) ELSE "circuitOpenUntil" END
    WHERE id = ${endpoint.id}::uuid`;
}

/**
 * POSTs one delivery to its endpoint, signed, and records the attempt. A 2xx marks it DELIVERED;
 * anything else is retried with backoff until WEBHOOK_MAX_ATTEMPTS, then FAILED, which counts
 * towards disabling the endpoint. A refused (private) target fails at once. Deliveries of one
 * endpoint run one at a time, in order (the endpoint's queue), in a worker pool of their own
 * (WEBHOOK_CONCURRENCY); while the endpoint's circuit is open they wait for its next probe without
 * an attempt.
 */
export const deliver_webhook = defineTask({
  name: DELIVER_WEBHOOK,
  payload: z.object({ firmId: z.uuid(), deliveryId: z.uuid(), endpointId: z.uuid().optional() }),
  queueOf: ({ endpointId }) => (endpointId ? deliveryQueue(endpointId) : undefined),
  async run({ firmId, deliveryId }, ctx) {
    const delivery = await ctx.prisma.webhookDelivery.findFirst({
      where: { id: deliveryId, firmId },
      include: { endpoint: true, event: true },
    });
    if (!delivery) throw new PermanentJobError(`Webhook delivery ${deliveryId} not found`);
    if (delivery.status === 'DELIVERED') return { status: 'already delivered' };
    const { endpoint, event } = delivery;
    if (!endpoint.active) {
      await ctx.prisma.webhookDelivery.update({ where: { id: deliveryId }, data: { status: 'FAILED', lastError: 'Endpoint is disabled' } });
      throw new PermanentJobError('Endpoint is disabled');
    }
    if (endpoint.circuitOpenUntil && endpoint.circuitOpenUntil > new Date()) {
      throw new JobDeferral(endpoint.circuitOpenUntil, 'the endpoint timed out repeatedly; waiting for its next probe');
    }
    const body = webhookBody(event);
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    let status: number | null = null;
    let excerpt: string | null = null;
    let error: string | null = null;
    let refused = false;
    let timedOut = false;
    try {
      const response = await postJson(
        endpoint.url,
        body,
        {
          'LexGraph-Event': event.type,
          'LexGraph-Delivery': delivery.id,
          'LexGraph-Timestamp': String(timestamp),
          'LexGraph-Signature': signWebhook(decryptSecret(ctx.settings.secretKey, endpoint.secretCiphertext), timestamp, body),
        },
        { timeoutMs: ctx.settings.webhook.timeoutMs, allowPrivate: ctx.settings.webhook.allowPrivateTargets },
      );
      status = response.status;
      excerpt = response.excerpt;
      if (status < 200 || status >= 300) error = `Receiver answered HTTP ${status}`;
    } catch (failure) {
      refused = failure instanceof TargetRefusedError;
      timedOut = failure instanceof DeliveryTimeoutError;
      error = (failure as Error).message;
    }
    if (!refused) await recordTimeout(ctx, endpoint, timedOut);
    const succeeded = error === null;
    const final = succeeded || refused || ctx.attempt >= ctx.maxAttempts;
    await ctx.prisma.$transaction(async (tx) => {
      const updated = await tx.webhookDelivery.update({
        where: { id: deliveryId },
        data: {
          attemptCount: { increment: 1 },
          status: succeeded ? 'DELIVERED' : final ? 'FAILED' : 'PENDING',
          lastError: error,
          deliveredAt: succeeded ? new Date() : null,
        },
      });
      await tx.webhookAttempt.create({
        data: {
          firmId,
          deliveryId,
          number: updated.attemptCount,
          succeeded,
          responseStatus: status,
          durationMs: Math.round(performance.now() - started),
          responseExcerpt: excerpt,
          error,
        },
      });
      if (succeeded && endpoint.consecutiveFailures > 0) {
        await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { consecutiveFailures: 0 } });
      }
    });
    if (succeeded) return { status };
    if (final) await countFailure(ctx, endpoint);
    throw refused ? new PermanentJobError(error ?? 'Target refused') : new Error(error ?? 'Delivery failed');
  },
});
