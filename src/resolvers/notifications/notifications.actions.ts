import { defineAction } from '../../core/events.ts';

export const notificationRead = defineAction('notification.read', 'Notification');
export const allNotificationsRead = defineAction('notification.all_read', 'User');
export const notificationPreferenceSet = defineAction('notification.preference_set', 'NotificationPreference');
