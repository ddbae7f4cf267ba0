import { firmWide, ofFirmForAdmins } from '../../core/access.ts';
import { defineEntity } from '../../core/entities.ts';
import type { DomainEvent, Prisma } from '../../generated/prisma/client.ts';

/** A stored domain event, as partners read it in the feed; admins only. */
export const DomainEventEntity = defineEntity<DomainEvent, Prisma.DomainEventWhereInput>({
  type: 'DomainEvent',
  model: 'DomainEvent',
  visible: ofFirmForAdmins,
  audience: firmWide,
});
