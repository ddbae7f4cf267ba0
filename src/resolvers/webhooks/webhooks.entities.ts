import { firmWide, ofFirmForAdmins } from '../../core/access.ts';
import { defineEntity } from '../../core/entities.ts';
import type { Prisma, WebhookDelivery, WebhookEndpoint } from '../../generated/prisma/client.ts';

/** A partner URL receiving the firm's events; admins only. */
export const WebhookEndpointEntity = defineEntity<WebhookEndpoint, Prisma.WebhookEndpointWhereInput>({
  type: 'WebhookEndpoint',
  model: 'WebhookEndpoint',
  visible: ofFirmForAdmins,
  audience: firmWide,
});

/** One event on its way to one endpoint; admins only. */
export const WebhookDeliveryEntity = defineEntity<WebhookDelivery, Prisma.WebhookDeliveryWhereInput>({
  type: 'WebhookDelivery',
  model: 'WebhookDelivery',
  visible: ofFirmForAdmins,
  audience: firmWide,
});
