import { MATTER_EVENT_TYPES, type MatterEventItem, type MatterEventType, subscribeMatterEvents } from '../resolvers/matter-events.ts';
import { builder } from './builder.ts';
import { MatterRef } from './matter.ts';

const EVENT_NAMES = {
  'matter.created': 'CREATED',
  'matter.updated': 'UPDATED',
  'matter.closed': 'CLOSED',
  'matter.reopened': 'REOPENED',
  'matter.member_added': 'MEMBER_ADDED',
  'matter.member_removed': 'MEMBER_REMOVED',
} as const satisfies Record<MatterEventType, string>;

const fromName = Object.fromEntries(Object.entries(EVENT_NAMES).map(([type, name]) => [name, type])) as Record<
  (typeof EVENT_NAMES)[MatterEventType],
  MatterEventType
>;

const MatterEventTypeEnum = builder.enumType('MatterEventType', {
  description: 'What happened to a matter.',
  values: {
    CREATED: { description: 'The matter was opened.' },
    UPDATED: { description: 'Its fields changed.' },
    CLOSED: { description: 'It was closed.' },
    REOPENED: { description: 'It was reopened.' },
    MEMBER_ADDED: { description: 'Someone joined its team.' },
    MEMBER_REMOVED: { description: 'Someone left its team.' },
  } satisfies Record<(typeof EVENT_NAMES)[MatterEventType], { description: string }>,
});

const MatterEventRef = builder.objectRef<MatterEventItem>('MatterEvent').implement({
  description: 'A change to a matter you may see, delivered live.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The domain event id (the same as in the event feed and webhooks).' }),
    type: t.field({ type: MatterEventTypeEnum, description: 'What happened.', resolve: (e) => EVENT_NAMES[e.type] }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the change was committed.' }),
    matter: t.field({ type: MatterRef, description: 'The matter as it is now.', resolve: (e) => e.matter }),
  }),
});

const MatterEventFilter = builder.inputType('MatterEventFilter', {
  description: 'Which matter events to receive; all of them by default.',
  fields: (t) => ({
    types: t.field({ type: [MatterEventTypeEnum], description: 'Only these kinds of change.' }),
    matterId: t.globalID({ for: MatterRef, description: 'Only this matter ("not found" when you may not see it).' }),
  }),
});

builder.subscriptionField('matterEvents', (t) =>
  t.field({
    type: MatterEventRef,
    description: `Matters of your firm being created, changed, closed, reopened or re-staffed (${MATTER_EVENT_TYPES.length} kinds), limited to matters you may see at the time of each event.`,
    args: { filter: t.arg({ type: MatterEventFilter, description: 'Narrows the events.' }) },
    subscribe: (_root, args, ctx) =>
      subscribeMatterEvents(ctx, {
        types: args.filter?.types?.map((name) => fromName[name]),
        matterId: args.filter?.matterId?.id,
      }),
    resolve: (event: MatterEventItem) => event,
  }),
);
