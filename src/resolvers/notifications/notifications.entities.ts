import { defineEntity } from '../../core/entities.ts';
import type { Notification, Prisma } from '../../generated/prisma/client.ts';

/** An in-app notice: only the user it is addressed to sees it. */
export const NotificationEntity = defineEntity<Notification, Prisma.NotificationWhereInput>({
  type: 'Notification',
  model: 'Notification',
  visible: (viewer) => ({ userId: viewer.id, firmId: viewer.firmId }),
});
