/** The webhooks domain's public face for other domains. */
export { WebhookDeliveryEntity, WebhookEndpointEntity } from './webhooks.entities.ts';
