import { builder } from '../../core/graphql/builder.ts';
import { listConnection, listPages } from '../../core/graphql/lists.ts';
import { type CustomPayload, defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { toGlobalId } from '../../core/ids.ts';
import { registry } from '../../core/registry.ts';
import { WebhookDeliveryStatus } from '../../generated/prisma/enums.ts';
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  deliveryList,
  type EndpointWithSecret,
  endpointList,
  redeliverWebhook,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from '../../resolvers/webhooks/endpoints.ts';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from '../../resolvers/webhooks/webhooks.entities.ts';

export const WebhookEndpointRef = builder.prismaNode('WebhookEndpoint', {
  ...firmNode(WebhookEndpointEntity),
  description: "A partner URL that receives the firm's domain events as signed JSON POSTs. Admins only.",
  fields: (t) => ({
    url: t.exposeString('url', { description: 'Where deliveries are POSTed.' }),
    description: t.exposeString('description', { nullable: true, description: 'What the endpoint is for.' }),
    eventTypes: t.exposeStringList('eventTypes', { description: 'The event types delivered; empty means all.' }),
    active: t.exposeBoolean('active', { description: 'Inactive endpoints receive nothing.' }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { description: 'Deliveries failed in a row since the last success.' }),
    disabledAt: t.expose('disabledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When LexGraph disabled it after repeated failures.',
    }),
    disabledReason: t.exposeString('disabledReason', { nullable: true, description: 'Why LexGraph disabled it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

const DeliveryStatusEnum = builder.enumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a webhook delivery stands.',
  values: {
    PENDING: { description: 'Not delivered yet; attempts continue.' },
    DELIVERED: { description: 'The receiver answered 2xx.' },
    FAILED: { description: 'Every attempt failed, the target was refused or the endpoint was disabled.' },
  },
});

builder.prismaObject('WebhookAttempt', {
  description: 'One HTTP attempt of a webhook delivery.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The attempt number, from 1.' }),
    succeeded: t.exposeBoolean('succeeded', { description: 'Whether the receiver answered 2xx.' }),
    responseStatus: t.exposeInt('responseStatus', { nullable: true, description: 'The HTTP status; null when no response came.' }),
    durationMs: t.exposeInt('durationMs', { description: 'How long the attempt took.' }),
    responseExcerpt: t.exposeString('responseExcerpt', { nullable: true, description: 'The first 1,000 characters of the response body.' }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed (timeout, connection refused, HTTP status).' }),
    attemptedAt: t.expose('createdAt', { type: 'DateTime', description: 'When the attempt finished.' }),
  }),
});

export const WebhookDeliveryRef = builder.prismaNode('WebhookDelivery', {
  ...firmNode(WebhookDeliveryEntity),
  description: "One event on its way to one endpoint. Its id is sent as `LexGraph-Delivery`, the receiver's idempotency key.",
  fields: (t) => ({
    deliveryId: t.exposeString('id', { description: 'The raw id sent in the `LexGraph-Delivery` header.' }),
    eventType: t.exposeString('eventType', { description: 'The event type.' }),
    status: t.expose('status', { type: DeliveryStatusEnum, description: 'Where the delivery stands.' }),
    attemptCount: t.exposeInt('attemptCount', { description: 'Attempts made so far.' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed.' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true, description: 'When the receiver accepted it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the event was committed.' }),
    endpoint: t.relation('endpoint', { description: 'The endpoint it goes to.' }),
    event: t.relation('event', { description: 'The event it carries.' }),
    attempts: t.relatedConnection(
      'attempts',
      {
        cursor: 'id',
        description: 'Every attempt, first first.',
        query: () => ({ orderBy: [{ number: 'asc' }, { id: 'asc' }] }),
      },
      { description: "A page of a delivery's attempts." },
      { description: 'An attempt in the page.' },
    ),
  }),
});

builder.queryFields((t) => ({
  webhookEndpoints: t.prismaConnection(
    {
      type: 'WebhookEndpoint',
      cursor: 'id',
      description: "The firm's webhook endpoints, oldest first. Admins only.",
      authScopes: { admin: true },
      ...listPages(endpointList, (_args: object) => ({})),
    },
    { name: 'WebhookEndpointConnection', description: 'A page of webhook endpoints.' },
    { name: 'WebhookEndpointEdge', description: 'A webhook endpoint in a page.' },
  ),
  webhookDeliveries: t.prismaConnection(
    {
      type: 'WebhookDelivery',
      cursor: 'id',
      description: "The firm's webhook deliveries, newest first. Admins only.",
      authScopes: { admin: true },
      args: {
        endpointId: t.arg.globalID({ for: WebhookEndpointRef, description: 'Only deliveries to this endpoint.' }),
        status: t.arg({ type: DeliveryStatusEnum, description: 'Only deliveries with this status.' }),
      },
      ...listConnection(deliveryList, (args: { endpointId?: { id: string } | null; status?: WebhookDeliveryStatus | null }) => ({
        endpointId: args.endpointId?.id,
        status: args.status,
      })),
    },
    { name: 'WebhookDeliveryConnection', description: 'A page of webhook deliveries.' },
    { name: 'WebhookDeliveryEdge', description: 'A webhook delivery in a page.' },
  ),
}));

const secretFields: CustomPayload<EndpointWithSecret>['fields'] = (t) => ({
  endpoint: t.field({ type: WebhookEndpointRef, description: 'The endpoint.', resolve: (p) => p.endpoint }),
  secret: t.exposeString('secret', {
    description: 'The signing secret. Shown only now: store it to verify `LexGraph-Signature` (see verifyWebhookSignature).',
  }),
});

const eventTypesHelp = () => `Event types to deliver (${registry().eventTypes.join(', ')}); empty or omitted means all.`;

defineMutation('createWebhookEndpoint', {
  description: 'Adds a webhook endpoint and returns its signing secret once. Private and loopback targets are refused. Admins only.',
  input: builder.inputType('CreateWebhookEndpointInput', {
    description: 'A new webhook endpoint.',
    fields: (t) => ({
      url: t.string({ required: true, description: 'An http(s) URL on the public internet.' }),
      description: t.string({ description: 'What the endpoint is for.' }),
      eventTypes: t.stringList({ description: eventTypesHelp() }),
      active: t.boolean({ description: 'Whether it receives events; default true.' }),
    }),
  }),
  payload: { description: 'The new endpoint and its secret.', fields: secretFields },
  resolve: (input, ctx) => createWebhookEndpoint(ctx, input),
});

defineMutation('updateWebhookEndpoint', {
  description: 'Changes a webhook endpoint; setting `active` on a disabled one re-enables it. Admins only.',
  input: builder.inputType('UpdateWebhookEndpointInput', {
    description: 'Endpoint fields to change; omitted fields keep their values.',
    fields: (t) => ({
      id: t.globalID({ required: true, for: WebhookEndpointRef, description: 'The endpoint.' }),
      url: t.string({ description: 'An http(s) URL on the public internet.' }),
      description: t.string({ description: 'What the endpoint is for; null clears it.' }),
      eventTypes: t.stringList({ description: eventTypesHelp() }),
      active: t.boolean({ description: 'Whether it receives events.' }),
    }),
  }),
  payload: { description: 'The endpoint after `updateWebhookEndpoint`.', field: 'endpoint', type: WebhookEndpointRef },
  resolve: async ({ id, ...changes }, ctx) => ({ endpoint: await updateWebhookEndpoint(ctx, { ...changes, id: id.id }) }),
});

defineMutation('deleteWebhookEndpoint', {
  description: 'Deletes a webhook endpoint with its deliveries. Admins only.',
  input: builder.inputType('DeleteWebhookEndpointInput', {
    description: 'The endpoint to delete.',
    fields: (t) => ({ id: t.globalID({ required: true, for: WebhookEndpointRef, description: 'The endpoint.' }) }),
  }),
  payload: {
    description: 'The outcome of `deleteWebhookEndpoint`.',
    fields: (t: PayloadFields<{ id: string }>) => ({
      deletedId: t.exposeID('id', { description: 'The global ID of the deleted endpoint.' }),
    }),
  },
  resolve: async (input, ctx) => {
    const endpoint = await deleteWebhookEndpoint(ctx, { id: input.id.id });
    return { id: toGlobalId(WebhookEndpointEntity.type, endpoint.id) };
  },
});

defineMutation('rotateWebhookSecret', {
  description: "Replaces an endpoint's signing secret and returns the new one once. Admins only.",
  input: builder.inputType('RotateWebhookSecretInput', {
    description: 'The endpoint whose secret to replace.',
    fields: (t) => ({ id: t.globalID({ required: true, for: WebhookEndpointRef, description: 'The endpoint.' }) }),
  }),
  payload: { description: 'The endpoint and its new secret.', fields: secretFields },
  resolve: (input, ctx) => rotateWebhookSecret(ctx, { id: input.id.id }),
});

defineMutation('redeliverWebhook', {
  description: 'Sends a delivery again, with the same delivery id and a fresh set of attempts. Admins only.',
  input: builder.inputType('RedeliverWebhookInput', {
    description: 'The delivery to send again.',
    fields: (t) => ({ deliveryId: t.globalID({ required: true, for: WebhookDeliveryRef, description: 'The delivery.' }) }),
  }),
  payload: { description: 'The delivery after `redeliverWebhook`.', field: 'delivery', type: WebhookDeliveryRef },
  resolve: async (input, ctx) => ({ delivery: await redeliverWebhook(ctx, { deliveryId: input.deliveryId.id }) }),
});
