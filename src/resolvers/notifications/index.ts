/** The notifications domain's public face for other domains: in-app notices and email. */
export { chunk, MAX_RECIPIENTS_PER_CALL, type QueuedEmail, queueEmails, SEND_EMAIL } from './mail.ts';
export { NotificationEntity } from './notifications.entities.ts';
export { type NewNotification, notifyUsers } from './notifications.ts';
