import { defineAction } from '../../core/events.ts';

export const endpointCreated = defineAction('webhook.created', 'WebhookEndpoint');
export const endpointUpdated = defineAction('webhook.updated', 'WebhookEndpoint');
export const endpointDeleted = defineAction('webhook.deleted', 'WebhookEndpoint');
export const endpointSecretRotated = defineAction('webhook.secret_rotated', 'WebhookEndpoint');
export const endpointDisabled = defineAction('webhook.disabled', 'WebhookEndpoint');
export const deliveryRedelivered = defineAction('webhook.redelivered', 'WebhookDelivery');

/** The notification admins get when LexGraph disables an endpoint that keeps failing. */
export const ENDPOINT_DISABLED_NOTICE = 'webhook.endpoint_disabled';
