import '../../schema/notifications/index.ts';
import { declareDomain } from '../../core/domain.ts';
import { notification_digest } from '../../jobs/notifications/notification_digest.ts';
import { send_email } from '../../jobs/notifications/send_email.ts';
import { NotificationEntity } from '../../resolvers/notifications/notifications.entities.ts';
import { notifyOnEvent } from '../../resolvers/notifications/notify-on-event.ts';
import { emailRetention } from '../../resolvers/notifications/retention.ts';

/** In-app notifications, email preferences, digests and the sending of every email. */
declareDomain({
  name: 'notifications',
  entities: [NotificationEntity],
  eventHandlers: [notifyOnEvent],
  retention: [emailRetention],
  tasks: { send_email, notification_digest },
  crontab: (settings) => [`${settings.cron.digest} notification_digest`],
});
