import { z } from 'zod';
import type { Context } from '../context.ts';
import type { Tx } from '../db/client.ts';
import type { Prisma, WebhookDelivery, WebhookEndpoint } from '../generated/prisma/client.ts';
import type { WebhookDeliveryStatus } from '../generated/prisma/enums.ts';
import { enqueueJob } from '../queue/enqueue.ts';
import { encryptSecret, generateWebhookSecret } from '../webhooks/secrets.ts';
import { parseTargetUrl, resolveTarget, TargetRefusedError } from '../webhooks/target.ts';
import { requireRole } from './access.ts';
import { recordAudit } from './audit.ts';
import { DOMAIN_EVENT_TYPES } from './domain-events.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { transaction } from './transaction.ts';
import { isUuid, parseInput } from './validation.ts';

const EventTypes = z
  .array(z.enum(DOMAIN_EVENT_TYPES, { message: `Event types are ${DOMAIN_EVENT_TYPES.join(', ')}` }))
  .max(DOMAIN_EVENT_TYPES.length)
  .transform((types) => [...new Set(types)]);

const CreateInput = z.object({
  url: z.string().trim().max(2000, 'URL must be at most 2000 characters'),
  description: z.string().trim().max(500, 'Description must be at most 500 characters').nullish(),
  eventTypes: EventTypes.nullish(),
  active: z.boolean().nullish(),
});

const UpdateInput = z.object({
  id: z.string(),
  url: z.string().trim().max(2000, 'URL must be at most 2000 characters').optional(),
  description: z.string().trim().max(500, 'Description must be at most 500 characters').nullish(),
  eventTypes: EventTypes.optional(),
  active: z.boolean().optional(),
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
export function listWebhookEndpoints(ctx: Context, page: Prisma.WebhookEndpointFindManyArgs): Promise<WebhookEndpoint[]> {
  const admin = requireRole(ctx, ['ADMIN']);
  return ctx.prisma.webhookEndpoint.findMany({ ...page, where: { firmId: admin.firmId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
}

/**
 * Adds a webhook endpoint with a new signing secret, returned once. Event types default to all
 * (an empty list); `active` defaults to true. A URL whose host resolves to a private, loopback or
 * link-local address is refused unless WEBHOOK_ALLOW_PRIVATE_TARGETS is set. Admins only.
 */
export async function createWebhookEndpoint(ctx: Context, input: z.input<typeof CreateInput>): Promise<EndpointWithSecret> {
  const admin = requireRole(ctx, ['ADMIN']);
  const data = parseInput(CreateInput, input);
  const url = await checkUrl(ctx, data.url);
  const secret = generateWebhookSecret();
  const endpoint = await transaction(ctx, async (tx) => {
    const created = await tx.webhookEndpoint.create({
      data: {
        firmId: admin.firmId,
        url,
        description: data.description ?? null,
        eventTypes: data.eventTypes ?? [],
        active: data.active ?? true,
        secretCiphertext: encryptSecret(ctx.jobs.secretKey, secret),
      },
    });
    await recordAudit(tx, ctx, admin.firmId, {
      action: 'webhook.created',
      entityType: 'WebhookEndpoint',
      entityId: created.id,
      after: created,
    });
    return created;
  });
  return { endpoint, secret };
}

/** Changes an endpoint; turning a disabled one back on clears its failure count. Admins only. */
export async function updateWebhookEndpoint(ctx: Context, input: z.input<typeof UpdateInput>): Promise<WebhookEndpoint> {
  const admin = requireRole(ctx, ['ADMIN']);
  const { id, ...changes } = parseInput(UpdateInput, input);
  const url = changes.url === undefined ? undefined : await checkUrl(ctx, changes.url);
  return transaction(ctx, async (tx) => {
    const before = await findEndpoint(tx, admin.firmId, id);
    const reactivated = changes.active === true && !before.active;
    const after = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: {
        url,
        description: changes.description,
        eventTypes: changes.eventTypes,
        active: changes.active,
        ...(reactivated ? { consecutiveFailures: 0, disabledAt: null, disabledReason: null } : {}),
      },
    });
    await recordAudit(tx, ctx, admin.firmId, { action: 'webhook.updated', entityType: 'WebhookEndpoint', entityId: id, before, after });
    return after;
  });
}

/** Deletes an endpoint with its deliveries and attempts. Admins only. */
export async function deleteWebhookEndpoint(ctx: Context, input: { id: string }): Promise<WebhookEndpoint> {
  const admin = requireRole(ctx, ['ADMIN']);
  return transaction(ctx, async (tx) => {
    const before = await findEndpoint(tx, admin.firmId, input.id);
    await tx.webhookEndpoint.delete({ where: { id: before.id } });
    await recordAudit(tx, ctx, admin.firmId, { action: 'webhook.deleted', entityType: 'WebhookEndpoint', entityId: before.id, before });
    return before;
  });
}

/** Replaces an endpoint's signing secret; the new one is returned once and used from the next attempt on. Admins only. */
export async function rotateWebhookSecret(ctx: Context, input: { id: string }): Promise<EndpointWithSecret> {
  const admin = requireRole(ctx, ['ADMIN']);
  const secret = generateWebhookSecret();
  const endpoint = await transaction(ctx, async (tx) => {
    const before = await findEndpoint(tx, admin.firmId, input.id);
    const after = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: { secretCiphertext: encryptSecret(ctx.jobs.secretKey, secret) },
    });
    await recordAudit(tx, ctx, admin.firmId, { action: 'webhook.secret_rotated', entityType: 'WebhookEndpoint', entityId: before.id });
    return after;
  });
  return { endpoint, secret };
}

export interface DeliveryListInput {
  endpointId?: string | null;
  status?: WebhookDeliveryStatus | null;
}

function deliveryWhere(firmId: string, input: DeliveryListInput): Prisma.WebhookDeliveryWhereInput {
  return {
    firmId,
    ...(input.endpointId ? { endpointId: isUuid(input.endpointId) ? input.endpointId : '00000000-0000-0000-0000-000000000000' } : {}),
    ...(input.status ? { status: input.status } : {}),
  };
}

/** The firm's webhook deliveries, newest first, optionally for one endpoint or status. Admins only. */
export function listWebhookDeliveries(
  ctx: Context,
  input: DeliveryListInput,
  page: Prisma.WebhookDeliveryFindManyArgs,
): Promise<WebhookDelivery[]> {
  const admin = requireRole(ctx, ['ADMIN']);
  return ctx.prisma.webhookDelivery.findMany({
    ...page,
    where: deliveryWhere(admin.firmId, input),
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
}

export function countWebhookDeliveries(ctx: Context, input: DeliveryListInput): Promise<number> {
  const admin = requireRole(ctx, ['ADMIN']);
  return ctx.prisma.webhookDelivery.count({ where: deliveryWhere(admin.firmId, input) });
}

/**
 * Sends a delivery again with the same delivery id (the receiver's idempotency key), with a fresh
 * set of attempts. The endpoint must be active. Admins only.
 */
export async function redeliverWebhook(ctx: Context, input: { deliveryId: string }): Promise<WebhookDelivery> {
  const admin = requireRole(ctx, ['ADMIN']);
  return transaction(ctx, async (tx) => {
    const before = isUuid(input.deliveryId)
      ? await tx.webhookDelivery.findFirst({ where: { id: input.deliveryId, firmId: admin.firmId }, include: { endpoint: true } })
      : null;
    if (!before) throw new NotFoundError('Webhook delivery');
    if (!before.endpoint.active) throw ValidationError.field('deliveryId', 'The endpoint is disabled; enable it first');
    const { endpoint: _endpoint, ...snapshot } = before;
    const after = await tx.webhookDelivery.update({ where: { id: before.id }, data: { status: 'PENDING', lastError: null } });
    await enqueueJob(tx, {
      firmId: admin.firmId,
      task: 'deliver_webhook',
      payload: { deliveryId: before.id },
      jobKey: before.id,
      maxAttempts: ctx.jobs.webhook.maxAttempts,
    });
    await recordAudit(tx, ctx, admin.firmId, {
      action: 'webhook.redelivered',
      entityType: 'WebhookDelivery',
      entityId: before.id,
      before: snapshot,
      after,
    });
    return after;
  });
}
