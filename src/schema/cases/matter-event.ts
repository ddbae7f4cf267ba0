import { builder } from '../../core/graphql/builder.ts';
import { MATTER_EVENTS } from '../../resolvers/cases/cases.events.ts';
import { type MatterEventItem, subscribeMatterEvents } from '../../resolvers/cases/matter-subscriptions.ts';
import { MatterRef } from './matter.ts';

// Derived from the cases domain's event declarations: an event with a `live` name is a value here.
const enumValueOf = new Map(MATTER_EVENTS.map((e) => [e.name, e.live?.value as string]));
const eventTypeOf = new Map(MATTER_EVENTS.map((e) => [e.live?.value as string, e.name]));

const MatterEventTypeEnum = builder.enumType('MatterEventType', {
  description: 'What happened to a matter.',
  values: Object.fromEntries(MATTER_EVENTS.map((e) => [e.live?.value as string, { description: e.live?.description }])),
});

const MatterEventRef = builder.objectRef<MatterEventItem>('MatterEvent').implement({
  description: 'A change to a matter you may see, delivered live.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The domain event id (the same as in the event feed and webhooks).' }),
    type: t.field({
      type: MatterEventTypeEnum,
      description: 'What happened.',
      resolve: (e) => enumValueOf.get(e.type) as never,
    }),
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
    description: `Matters of your firm being created, changed, closed, reopened or re-staffed (${MATTER_EVENTS.length} kinds), limited to matters you may see at the time of each event.`,
    args: { filter: t.arg({ type: MatterEventFilter, description: 'Narrows the events.' }) },
    subscribe: (_root, args, ctx) =>
      subscribeMatterEvents(ctx, {
        types: args.filter?.types?.map((value) => eventTypeOf.get(value as string) as string),
        matterId: args.filter?.matterId?.id,
      }),
    resolve: (event: MatterEventItem) => event,
  }),
);
