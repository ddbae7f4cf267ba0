import '../../schema/events/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { DomainEventEntity } from '../../resolvers/events/events.entities.ts';
import { eventRetention } from '../../resolvers/events/retention.ts';

/** The partner event feed over every domain's stored events. */
declareDomain({
  name: 'events',
  entities: [DomainEventEntity],
  retention: [eventRetention],
  scopes: [{ name: 'events:read', description: "Read the firm's event feed.", types: ['DomainEvent'], fields: ['events'] }],
});
