import { describe, expect, it } from 'vitest';
import '../../src/domains/index.ts';
import { registry } from '../../src/core/registry.ts';
import { schema } from '../../src/schema/schema.ts';

// Root fields that are a person's own (their session, password, notifications, timer) or that manage
// people and keys: closed to every API key on purpose. Anything else a domain adds must be in a scope.
const PERSON_ONLY = [
  'Mutation.changePassword',
  'Mutation.changeUserRole',
  'Mutation.createApiKey',
  'Mutation.createUser',
  'Mutation.disableUser',
  'Mutation.enableUser',
  'Mutation.inviteUser',
  'Mutation.login',
  'Mutation.logout',
  'Mutation.markAllNotificationsRead',
  'Mutation.markNotificationRead',
  'Mutation.registerFirm',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Mutation.revokeApiKey',
  'Mutation.rotateCalendarToken',
  'Mutation.setNotificationPreference',
  'Mutation.signOutEverywhere',
  'Mutation.startTimer',
  'Mutation.stopTimer',
  'Mutation.updateFirm',
  'Query.apiKeyScopes',
  'Query.apiKeys',
  'Query.me',
  'Query.notificationPreferences',
  'Query.notifications',
  'Query.runningTimer',
  'Subscription.notificationReceived',
];
// Fields of the API itself, open to every key (they read nothing a scope does not guard).
const CORE = ['Query.node', 'Query.nodes', 'Query.rateLimit'];

describe('API-key scopes', () => {
  it('cover every root field of every domain except the person-only ones', () => {
    const unscoped = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {})
        .filter((field) => !registry().scopeOf(field))
        .map((field) => `${type?.name}.${field}`),
    );
    expect(unscoped.sort()).toEqual([...PERSON_ONLY, ...CORE].sort());
  });
});
