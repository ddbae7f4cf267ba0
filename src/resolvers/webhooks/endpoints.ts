import { z } from 'zod';
import { ADMINS, NOTHING, requireRole } from '../../core/access.ts';
import { change } from '../../core/change.ts';
import type { Context } from '../../core/context.ts';
import { NotFoundError, ValidationError } from '../../core/errors.ts';
import { isUuid } from '../../core/ids.ts';
import { defineList } from '../../core/lists.ts';
import { registry } from '../../core/registry.ts';
import { keep, parseInput } from '../../core/validation.ts';
import type { Tx } from '../../db/client.ts';
import type { Prisma, WebhookDelivery, WebhookEndpoint } from '../../generated/prisma/client.ts';
import type { WebhookDeliveryStatus } from '../../generated/prisma/enums.ts';
import { enqueueJob } from '../../queue/enqueue.ts';
import { encryptSecret, generateWebhookSecret } from '../../webhooks/secrets.ts';
import { parseTargetUrl, resolveTarget, TargetRefusedError } from '../../webhooks/target.ts';
import { DELIVER_WEBHOOK, deliveryQueue } from './deliveries.ts';
import { deliveryRedelivered, endpointCreated, endpointDeleted, endpointSecretRotated, endpointUpdated } from './webhooks.actions.ts';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhooks.entities.ts';

// Every domain's event types, known once the domains are installed.
const EventTypes = z
  .array(
    z.string().refine((type) => registry().eventTypes.includes(type), {
      error: () => `Event types are ${registry().eventTypes.join(', ')}`,
    }),
  )
  .refine((types) => types.length <= registry().eventTypes.length, { error: () => `At most ${registry().eventTypes.length} event types` })
  .transform((types) => [...new Set(types)]);

const Url = z.string().trim().max(2000, 'URL must be at most 2000 characters');
const Description = z.string().trim().max(500, 'Description must be at most 500 characters').nullish();

const CreateInput = z.object({ url: Url, description: Description, eventTypes: EventTypes.nullish(), active: z.boolean().nullish() });

/** Omitted or null keeps a field, except `description`, which null clears. */
const UpdateInput = z.object({
  id: z.string(),
  url: keep(Url),
  description: Description,
  eventTypes: keep(EventTypes),
  active: keep(z.boolean()),
});

/** An endpoint with its secret in clear text: returned only by creation and rotation. */
export interface EndpointWithSecret {
  endpoint: WebhookEndpoint;
  secret: string;
}

async function checkUrl(ctx: Context, value: string): Promise<string> {
  try {
    const url = parseTargetUrl(value);
    await resolveTarget(url, ctx.jobs.webhook.allowPrivateTargets);
    return url.toString();
  } catch (error) {
    if (error instanceof TargetRefusedError) throw ValidationError.field('url', error.message);
    throw error;
  }
}

async function findEndpoint(tx: Tx, firmId: string, id: string): Promise<WebhookEndpoint> {
  const endpoint = isUuid(id) ? await tx.webhookEndpoint.findFirst({ where: { id, firmId } }) : null;
  if (!endpoint) throw new NotFoundError('Webhook endpoint');
  return endpoint;
}

/** The firm's webhook endpoints, oldest first. Admins only. */
export const endpointList = defineList<Record<string, never>, 'CREATED_AT'>({
  entity: WebhookEndpointEntity,
  roles: ADMINS,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'ASC' },
});

/**
 * Adds a webhook endpoint with a new signing secret, returned once. Event types default to all
 * (an empty list); `active` defaults to true. A URL whose host resolves to a private, loopback or
 * link-local address is refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS is set. Admins only.
 */
export async function createWebhookEndpoint(ctx: Context, input: z.input<typeof CreateInput>): Promise<EndpointWithSecret> {
  requireRole(ctx, ADMINS);
  const data = parseInput(CreateInput, input);
  const url = await checkUrl(ctx, data.url);
  const secret = generateWebhookSecret();
  const endpoint = await change(ctx, async (w) => {
    const created = await w.tx.webhookEndpoint.create({
      data: {
        firmId: w.firmId,
        url,
        description: data.description ?? null,
        eventTypes: data.eventTypes ?? [],
        active: data.active ?? true,
        secretCiphertext: encryptSecret(ctx.jobs.secretKey, secret),
      },
    });
    await w.record(endpointCreated, { after: created });
    return created;
  });
  return { endpoint, secret };
}

/** Changes an endpoint; turning a disabled one back on clears its failure count. Admins only. */
export async function updateWebhookEndpoint(ctx: Context, input: z.input<typeof UpdateInput>): Promise<WebhookEndpoint> {
  requireRole(ctx, ADMINS);
  const { id, ...changes } = parseInput(UpdateInput, input);
  const url = changes.url === undefined ? undefined : await checkUrl(ctx, changes.url);
  return change(ctx, async (w) => {
    const before = await findEndpoint(w.tx, w.firmId, id);
    const reactivated = changes.active === true && !before.active;
    const after = await w.tx.webhookEndpoint.update({
      where: { id: before.id },
      data: {
        // A changed URL or a re-enabled endpoint is tried at once rather than after the circuit's cooldown.
        ...(url !== undefined || reactivated ? { consecutiveTimeouts: 0, circuitOpenUntil: null } : {}),
        url,
        description: changes.description,
        eventTypes: changes.eventTypes,
        active: changes.active,
        ...(reactivated ? { consecutiveFailures: 0, disabledAt: null, disabledReason: null } : {}),
      },
    });
    await w.record(endpointUpdated, { before, after });
    return after;
  });
}

/** Deletes an endpoint with its deliveries and attempts. Admins only. */
export async function deleteWebhookEndpoint(ctx: Context, input: { id: string }): Promise<WebhookEndpoint> {
  requireRole(ctx, ADMINS);
  return change(ctx, async (w) => {
    const before = await findEndpoint(w.tx, w.firmId, input.id);
    await w.tx.webhookEndpoint.delete({ where: { id: before.id } });
    await w.record(endpointDeleted, { before });
    return before;
  });
}

/** Replaces an endpoint's signing secret; the new one is returned once and used from the next attempt on. Admins only. */
export async function rotateWebhookSecret(ctx: Context, input: { id: string }): Promise<EndpointWithSecret> {
  requireRole(ctx, ADMINS);
  const secret = generateWebhookSecret();
  const endpoint = await change(ctx, async (w) => {
    const before = await findEndpoint(w.tx, w.firmId, input.id);
    const after = await w.tx.webhookEndpoint.update({
      where: { id: before.id },
      data: { secretCiphertext: encryptSecret(ctx.jobs.secretKey, secret) },
    });
    await w.record(endpointSecretRotated, { id: before.id });
    return after;
  });
  return { endpoint, secret };
}

export interface DeliveryListInput {
  endpointId?: string | null;
  status?: WebhookDeliveryStatus | null;
}

/** The firm's webhook deliveries, newest first, optionally for one endpoint or status. Admins only. */
export const deliveryList = defineList<DeliveryListInput, 'CREATED_AT'>({
  entity: WebhookDeliveryEntity,
  roles: ADMINS,
  orders: { CREATED_AT: 'createdAt' },
  defaultOrder: { field: 'CREATED_AT', direction: 'DESC' },
  where: (input): Prisma.WebhookDeliveryWhereInput => ({
    ...(input.endpointId ? (isUuid(input.endpointId) ? { endpointId: input.endpointId } : NOTHING) : {}),
    ...(input.status ? { status: input.status } : {}),
  }),
});

/**
 * Sends a delivery again with the same delivery id (the receiver's idempotency key), with a fresh
 * set of attempts. The endpoint must be active. Admins only.
 */
export async function redeliverWebhook(ctx: Context, input: { deliveryId: string }): Promise<WebhookDelivery> {
  requireRole(ctx, ADMINS);
  return change(ctx, async (w) => {
    const { tx } = w;
    const before = isUuid(input.deliveryId)
      ? await tx.webhookDelivery.findFirst({ where: { id: input.deliveryId, firmId: w.firmId }, include: { endpoint: true } })
      : null;
    if (!before) throw new NotFoundError('Webhook delivery');
    if (!before.endpoint.active) throw ValidationError.field('deliveryId', 'The endpoint is disabled; enable it first');
    const { endpoint: _endpoint, ...snapshot } = before;
    const after = await tx.webhookDelivery.update({ where: { id: before.id }, data: { status: 'PENDING', lastError: null } });
    await enqueueJob(tx, {
      firmId: w.firmId,
      task: DELIVER_WEBHOOK,
      payload: { deliveryId: before.id, endpointId: before.endpointId },
      jobKey: before.id,
      queueName: deliveryQueue(before.endpointId),
      maxAttempts: ctx.jobs.webhook.maxAttempts,
    });
    await w.record(deliveryRedelivered, { before: snapshot, after });
    return after;
  });
}
