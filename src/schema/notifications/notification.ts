import { builder } from '../../core/graphql/builder.ts';
import { listConnection } from '../../core/graphql/lists.ts';
import { defineMutation, type PayloadFields } from '../../core/graphql/mutation.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { toGlobalId } from '../../core/ids.ts';
import type { Notification } from '../../generated/prisma/client.ts';
import { subscribeNotifications } from '../../resolvers/notifications/live-notifications.ts';
import { NotificationEntity } from '../../resolvers/notifications/notifications.entities.ts';
import {
  markAllNotificationsRead,
  markNotificationRead,
  notificationList,
  notificationPreferences,
  notificationTypes,
  setNotificationPreference,
} from '../../resolvers/notifications/notifications.ts';

export const NotificationRef = builder.prismaNode('Notification', {
  ...firmNode(NotificationEntity),
  description: 'An in-app notice to you about something you care about.',
  fields: (t) => ({
    type: t.exposeString('type', { description: `What it is about: ${notificationTypes().join(', ')}.` }),
    title: t.exposeString('title', { description: 'One line, fit for a list.' }),
    body: t.exposeString('body', { description: 'The details.' }),
    entityId: t.string({
      nullable: true,
      description: 'The global ID of the object it concerns, when there is one.',
      resolve: (n) => (n.entityType && n.entityId ? toGlobalId(n.entityType, n.entityId) : null),
    }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true, description: 'When you read it; null while unread.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

const NotificationEmailEnum = builder.enumType('NotificationEmail', {
  description: 'How a kind of notification reaches you by email.',
  values: {
    OFF: { description: 'Never by email; in the app only.' },
    IMMEDIATE: { description: 'An email for each notification (the default).' },
    DIGEST: { description: 'Collected into a digest email instead of one each.' },
  },
});

const PreferenceRef = builder.objectRef<{ type: string; email: 'OFF' | 'IMMEDIATE' | 'DIGEST' }>('NotificationPreference').implement({
  description: 'Your email setting for one kind of notification.',
  fields: (t) => ({
    type: t.exposeString('type', { description: 'The notification type.' }),
    email: t.expose('email', { type: NotificationEmailEnum, description: 'How it reaches you by email.' }),
  }),
});

builder.queryFields((t) => ({
  notifications: t.prismaConnection(
    {
      type: 'Notification',
      cursor: 'id',
      description: 'Your notifications, newest first.',
      args: { unreadOnly: t.arg.boolean({ description: 'Only those not read yet.' }) },
      ...listConnection(notificationList, (args: { unreadOnly?: boolean | null }) => args),
    },
    { name: 'NotificationConnection', description: 'A page of notifications.' },
    { name: 'NotificationEdge', description: 'A notification in a page.' },
  ),
  notificationPreferences: t.field({
    type: [PreferenceRef],
    description: 'Your email setting for every notification type.',
    resolve: (_root, _args, ctx) => notificationPreferences(ctx),
  }),
}));

const MarkReadInput = builder.inputType('MarkNotificationReadInput', {
  description: 'The notification to mark read.',
  fields: (t) => ({ id: t.globalID({ required: true, for: NotificationRef, description: 'One of your notifications.' }) }),
});

defineMutation('markNotificationRead', {
  description: 'Marks one of your notifications read. Open to every signed-in user.',
  input: MarkReadInput,
  access: 'signedIn',
  payload: { description: 'The notification after `markNotificationRead`.', field: 'notification', type: NotificationRef },
  resolve: async (input, ctx) => ({ notification: await markNotificationRead(ctx, { id: input.id.id }) }),
});

const MarkAllInput = builder.inputType('MarkAllNotificationsReadInput', {
  description: 'Which unread notifications to mark; all of yours by default.',
  fields: (t) => ({ type: t.string({ description: 'Only notifications of this type.' }) }),
});

defineMutation('markAllNotificationsRead', {
  description: 'Marks all your unread notifications read. Open to every signed-in user.',
  input: MarkAllInput,
  access: 'signedIn',
  payload: {
    description: 'The outcome of `markAllNotificationsRead`.',
    fields: (t: PayloadFields<{ count: number }>) => ({
      count: t.exposeInt('count', { description: 'How many notifications were marked read.' }),
    }),
  },
  resolve: async (input, ctx) => ({ count: await markAllNotificationsRead(ctx, input) }),
});

const SetPreferenceInput = builder.inputType('SetNotificationPreferenceInput', {
  description: 'How one kind of notification should reach you by email.',
  fields: (t) => ({
    type: t.string({ required: true, description: `The notification type: ${notificationTypes().join(', ')}.` }),
    email: t.field({ type: NotificationEmailEnum, required: true, description: 'OFF, IMMEDIATE or DIGEST.' }),
  }),
});

defineMutation('setNotificationPreference', {
  description: 'Sets how a kind of notification reaches you by email. Open to every signed-in user.',
  input: SetPreferenceInput,
  access: 'signedIn',
  payload: {
    description: 'The preference after `setNotificationPreference`.',
    field: 'preference',
    type: PreferenceRef,
    fieldDescription: 'The saved preference.',
  },
  resolve: async (input, ctx) => ({ preference: await setNotificationPreference(ctx, input) }),
});

builder.subscriptionField('notificationReceived', (t) =>
  t.field({
    type: NotificationRef,
    description: 'Your in-app notifications as the changes that cause them are committed.',
    subscribe: (_root, _args, ctx) => subscribeNotifications(ctx),
    resolve: (notification: Notification) => notification,
  }),
);
