import { GraphQLError } from 'graphql';
import { builder } from '../../core/graphql/builder.ts';
import { firmNode } from '../../core/graphql/node.ts';
import { toGlobalId } from '../../core/ids.ts';
import { registry } from '../../core/registry.ts';
import { encodeFeedCursor, readEventFeed } from '../../resolvers/events/event-feed.ts';
import { DomainEventEntity } from '../../resolvers/events/events.entities.ts';

export const DomainEventRef = builder.prismaNode('DomainEvent', {
  ...firmNode(DomainEventEntity),
  description: 'Something that happened in the firm, as partners receive it in the event feed and in webhooks.',
  fields: (t) => ({
    type: t.exposeString('type', { description: `The event type: ${registry().eventTypes.join(', ')}.` }),
    entityType: t.exposeString('entityType', { description: 'The kind of object concerned, e.g. "Matter".' }),
    entityId: t.string({
      description: 'The global ID of the object concerned (usable with `node`).',
      resolve: (e) => toGlobalId(e.entityType, e.entityId),
    }),
    payload: t.expose('payload', { type: 'JSON', description: 'The object as it stood right after the change.' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the change was made.' }),
  }),
});

builder.queryField('events', (t) =>
  t.connection(
    {
      type: DomainEventRef,
      description:
        "The firm's domain events in commit order, for partners to catch up: page on with `after` = the last `endCursor` and every event arrives exactly once, also while new ones are being written. Events are kept for EVENT_RETENTION_DAYS (default 30). Forward only (`first`/`after`; default 50, at most 100). Admins only.",
      authScopes: { admin: true },
      args: { types: t.arg.stringList({ description: 'Only events of these types, e.g. ["matter.created"].' }) },
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before != null) {
          throw new GraphQLError('The event feed reads forward only: use `first` and `after`', { extensions: { code: 'BAD_USER_INPUT' } });
        }
        const page = await readEventFeed(ctx, { after: args.after, types: args.types, first: args.first });
        const edges = page.events.map((event) => ({ cursor: encodeFeedCursor(event), node: event }));
        return {
          edges,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: args.after != null,
            startCursor: edges[0]?.cursor ?? null,
            // An empty page keeps the reader's place, so polling with endCursor never rewinds.
            endCursor: edges.at(-1)?.cursor ?? args.after ?? null,
          },
        };
      },
    },
    { name: 'DomainEventConnection', description: 'A page of the event feed.' },
    { name: 'DomainEventEdge', description: 'An event in the feed.' },
  ),
);
