import '../../schema/webhooks/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { deliver_webhook } from '../../jobs/webhooks/deliver_webhook.ts';
import { createDeliveries } from '../../resolvers/webhooks/deliveries.ts';
import { attemptRetention } from '../../resolvers/webhooks/retention.ts';
import { ENDPOINT_DISABLED_NOTICE } from '../../resolvers/webhooks/webhooks.actions.ts';
import { WebhookDeliveryEntity, WebhookEndpointEntity } from '../../resolvers/webhooks/webhooks.entities.ts';

/** Partner webhook endpoints and the delivery of every domain event to them. */
declareDomain({
  name: 'webhooks',
  entities: [WebhookEndpointEntity, WebhookDeliveryEntity],
  notificationTypes: [ENDPOINT_DISABLED_NOTICE],
  eventHandlers: [createDeliveries],
  retention: [attemptRetention],
  tasks: { deliver_webhook },
  // Deliveries wait on partners' receivers: they get WEBHOOK_CONCURRENCY slots of their own.
  taskPools: (settings) => ({ deliver_webhook: settings.webhook.concurrency }),
  scopes: [
    {
      name: 'webhooks:manage',
      description: 'Read, add, change and delete webhook endpoints, rotate their secrets, and read and redeliver deliveries.',
      types: ['WebhookEndpoint', 'WebhookDelivery', 'WebhookAttempt'],
      fields: [
        'webhookEndpoints',
        'webhookDeliveries',
        'createWebhookEndpoint',
        'updateWebhookEndpoint',
        'deleteWebhookEndpoint',
        'rotateWebhookSecret',
        'redeliverWebhook',
      ],
    },
  ],
});
